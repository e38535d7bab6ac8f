package io.frontdesk.junit;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the test class against an in-process Frontdesk sandbox on a random loopback port (docs/sandbox.md, "JUnit 5
 * extension"). Test and lifecycle methods may take a {@link FrontdeskSandbox}, a {@link SandboxAccount} (this test's
 * account) or an {@link AdminClient} as parameters.
 *
 * <pre>{@code
 * @Frontdesk(lifecycle = Lifecycle.PER_RUN, isolation = Isolation.RESET)
 * class MyClientTest {
 *     @Test
 *     void lists_mailboxes(FrontdeskSandbox sandbox, SandboxAccount account) { ... }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(FrontdeskExtension.class)
public @interface Frontdesk {

    Lifecycle lifecycle() default Lifecycle.PER_CLASS;

    Isolation isolation() default Isolation.THROWAWAY_ACCOUNT;

    /**
     * Server settings as {@code key=value}, with the keys of a config file ({@code "database-url=jdbc:postgresql://…"},
     * {@code "rate-limit-default-mode=enforce"}), over the sandbox's own defaults.
     */
    String[] settings() default {};
}
