package io.frontdesk;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.syntax.elements.GivenClassesConjunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The core knows nothing of HTTP, JSON, JDBC or the vendor dialects, so the three dialects and both databases stay
 * adapters around one model. Only the `jdbc` sub-packages may touch the database.
 */
class ArchitectureTest {

    private static final String[] CORE = {
            "io.frontdesk.account..", "io.frontdesk.customer..", "io.frontdesk.mailbox..",
            "io.frontdesk.conversation..", "io.frontdesk.tag..", "io.frontdesk.search..", "io.frontdesk.core..",
            "io.frontdesk.error..", "io.frontdesk.setup..", "io.frontdesk.jobs..", "io.frontdesk.queue..",
            "io.frontdesk.eventlog..", "io.frontdesk.webhook..", "io.frontdesk.event..",
            "io.frontdesk.ratelimit..", "io.frontdesk.organization..", "io.frontdesk.team..",
            "io.frontdesk.savedreply..", "io.frontdesk.channel..", "io.frontdesk.chat..", "io.frontdesk.rating.."};
    private static final String[] LIBRARIES = {
            "io.javalin..", "com.fasterxml.jackson..", "java.sql..", "javax.sql..", "org.jdbi..", "com.zaxxer..",
            "org.flywaydb.."};
    private static final String[] ADAPTERS = {
            "io.frontdesk.web..", "io.frontdesk.helpscout..", "io.frontdesk.helpcrunch..", "io.frontdesk.db.."};
    private static final String V1 = "io.frontdesk.helpscout.v1..";
    private static final String V2 = "io.frontdesk.helpscout.v2..";
    private static final String HELPCRUNCH = "io.frontdesk.helpcrunch..";

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.frontdesk");
    }

    @Test
    void core_does_not_depend_on_http_json_or_database_libraries() {
        noClasses().that().resideInAnyPackage(CORE).and().resideOutsideOfPackage("..jdbc..")
                .should().dependOnClassesThat().resideInAnyPackage(LIBRARIES)
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void core_does_not_depend_on_web_dialects_or_db() {
        noClasses().that().resideInAnyPackage(CORE).and().resideOutsideOfPackage("..jdbc..")
                .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS)
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void dialects_do_not_depend_on_each_other() {
        CompositeArchRule.of(dialect(V1).should().dependOnClassesThat().resideInAnyPackage(V2, HELPCRUNCH))
                .and(dialect(V2).should().dependOnClassesThat().resideInAnyPackage(V1, HELPCRUNCH))
                .and(dialect(HELPCRUNCH).should().dependOnClassesThat().resideInAnyPackage(V1, V2))
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void dialects_do_not_touch_jdbc_packages_or_jdbi() {
        noClasses().that().resideInAnyPackage(V1, V2, HELPCRUNCH)
                .should().dependOnClassesThat().resideInAnyPackage("..jdbc..", "org.jdbi..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void rules_see_the_real_packages_so_they_cannot_pass_vacuously() {
        assertThat(classes.containPackage("io.frontdesk.account")).isTrue();
        assertThat(classes.containPackage("io.frontdesk.helpscout.v1")).isTrue();
        assertThat(classes.containPackage("io.frontdesk.helpscout.v2")).isTrue();
        assertThat(classes.containPackage("io.frontdesk.helpcrunch")).isTrue();
        assertThat(classes.stream().noneMatch(c -> c.getSimpleName().endsWith("Test"))).isTrue();
        ArchRule withoutJdbcExclusion = noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage(LIBRARIES);

        assertThatThrownBy(() -> withoutJdbcExclusion.check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("io.frontdesk.account.jdbc.JdbcAccountStore");
    }

    private static GivenClassesConjunction dialect(String pkg) {
        return noClasses().that().resideInAPackage(pkg);
    }
}
