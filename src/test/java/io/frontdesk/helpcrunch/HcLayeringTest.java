package io.frontdesk.helpcrunch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The events feature added for `POST /events` keeps the core's rule: no HTTP, JSON or database library outside its
 * `jdbc` sub-package, no dialect at all. The event data is JSON text the HelpCrunch adapter writes.
 */
class HcLayeringTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.frontdesk.event");

    @Test
    void the_event_core_imports_no_http_json_or_database_library() {
        noClasses().that().resideInAPackage("io.frontdesk.event..").and().resideOutsideOfPackage("..jdbc..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "com.fasterxml.jackson..",
                        "java.sql..", "javax.sql..", "org.jdbi..", "io.frontdesk.web..", "io.frontdesk.db..",
                        "io.frontdesk.helpcrunch..", "io.frontdesk.helpscout..")
                .check(classes);
    }

    @Test
    void no_event_class_knows_a_dialect() {
        noClasses().that().resideInAPackage("io.frontdesk.event..")
                .should().dependOnClassesThat().resideInAnyPackage("io.frontdesk.helpcrunch..",
                        "io.frontdesk.helpscout..", "io.frontdesk.web..")
                .check(classes);
    }
}
