package io.frontdesk.junit;

/** {@link ThrowawayAccountContract} on the sandbox's own store, SQLite in a temporary directory. */
@Frontdesk
class ThrowawayAccountSqliteTest extends ThrowawayAccountContract {
}
