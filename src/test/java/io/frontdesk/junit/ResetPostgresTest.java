package io.frontdesk.junit;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link ResetContract} on PostgreSQL. */
class ResetPostgresTest extends ResetContract {

    @RegisterExtension
    @Order(1)
    static final PostgresDatabase DATABASE = new PostgresDatabase();

    @RegisterExtension
    @Order(2)
    static final FrontdeskExtension FRONTDESK = FrontdeskExtension.builder()
            .isolation(Isolation.RESET)
            .setting("database-url", DATABASE.url())
            .build();
}
