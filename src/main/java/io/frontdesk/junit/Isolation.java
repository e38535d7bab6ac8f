package io.frontdesk.junit;

/** What keeps one test's data from the next one's. */
public enum Isolation {
    /**
     * Each test gets an account of its own ({@code POST /_frontdesk/accounts}), deleted after it; the clock is put
     * back and fault rules are removed after each test. Tests never see each other's data, even side by side on a
     * shared server, since every vendor API is isolated by account.
     */
    THROWAWAY_ACCOUNT,
    /**
     * Before each test the whole store is emptied and first start runs again ({@code POST /_frontdesk/reset}), and the
     * clock is put back: ids start at 1 in every test, and every test gets first start's account. Not for tests that
     * run in parallel on one server.
     */
    RESET,
    /** Nothing between tests: they share first start's account and whatever the earlier ones left. */
    NONE
}
