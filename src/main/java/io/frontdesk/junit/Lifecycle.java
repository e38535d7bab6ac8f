package io.frontdesk.junit;

/** How long one in-process Frontdesk lives, and so which tests share it. */
public enum Lifecycle {
    /** One server per test class (and its {@code @Nested} classes), stopped after the class. */
    PER_CLASS,
    /**
     * One server for the whole test run, shared by every class that asks for it with the same settings, stopped when
     * the run ends. Start-up is paid once; isolation between tests then matters more.
     */
    PER_RUN
}
