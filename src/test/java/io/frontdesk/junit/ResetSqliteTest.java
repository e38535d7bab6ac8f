package io.frontdesk.junit;

/** {@link ResetContract} on the sandbox's own store, SQLite in a temporary directory. */
@Frontdesk(isolation = Isolation.RESET)
class ResetSqliteTest extends ResetContract {
}
