package io.frontdesk.junit;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link ThrowawayAccountContract} on PostgreSQL, the extension registered in a field to take the URL. */
class ThrowawayAccountPostgresTest extends ThrowawayAccountContract {

    @RegisterExtension
    @Order(1)
    static final PostgresDatabase DATABASE = new PostgresDatabase();

    @RegisterExtension
    @Order(2)
    static final FrontdeskExtension FRONTDESK = FrontdeskExtension.builder()
            .setting("database-url", DATABASE.url())
            .build();
}
