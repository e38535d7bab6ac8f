package io.frontdesk.testing;

/**
 * The databases every contract suite runs on. Use with {@code @ParameterizedClass @EnumSource(Backend.class)} and
 * take the shared server from {@link #server()}.
 */
public enum Backend {
    SQLITE, POSTGRESQL;

    /** The server for this backend, started once per test run and shared; tests isolate by creating a tenant. */
    public TestServer server() {
        return TestServer.shared(this);
    }

    /** A fresh tenant on the shared server: its own account, owner, mailbox and one credential of each kind. */
    public Tenant tenant() {
        return server().newTenant();
    }
}
