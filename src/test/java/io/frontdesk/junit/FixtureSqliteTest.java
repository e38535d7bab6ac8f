package io.frontdesk.junit;

/** {@link FixtureContract} on the sandbox's own store, SQLite in a temporary directory. */
@Frontdesk
class FixtureSqliteTest extends FixtureContract {
}
