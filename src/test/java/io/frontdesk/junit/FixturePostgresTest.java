package io.frontdesk.junit;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link FixtureContract} on PostgreSQL. */
class FixturePostgresTest extends FixtureContract {

    @RegisterExtension
    @Order(1)
    static final PostgresDatabase DATABASE = new PostgresDatabase();

    @RegisterExtension
    @Order(2)
    static final FrontdeskExtension FRONTDESK = FrontdeskExtension.builder()
            .setting("database-url", DATABASE.url())
            .build();
}
