package io.frontdesk.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Fixture packs (JSON, or YAML when the name ends in {@code .yaml} or {@code .yml}) loaded from the class path through
 * {@code POST /_frontdesk/fixtures} before each test, after the isolation step: those on the class first, then those
 * on the method. The test's {@link SandboxAccount} is then the first account of the first pack; a
 * {@code List<SandboxAccount>} parameter gets all of them. With {@link Isolation#THROWAWAY_ACCOUNT} the packs'
 * accounts are deleted after the test, so a pack with explicit ids can be loaded by every test of a class in turn.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface FrontdeskFixture {

    /** Class-path resources, such as {@code "fixtures/acme.json"}. */
    String[] value();
}
