package io.frontdesk.mailbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.Main;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import io.frontdesk.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `frontdesk mailboxes fields create|list` against the database of a private running server, then what 2.0 and 1.0
 * clients see of the result.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class MailboxFieldsCliTest {

    @Parameter
    Backend backend;

    private TestServer server;
    private Tenant tenant;

    @BeforeEach
    void start() {
        server = TestServer.start(backend, Map.of(), routes -> { });
        tenant = server.newTenant();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_dropdown_created_on_the_command_line_is_listed_there_and_served_over_http() {
        Run created = ok("mailboxes", "fields", "create", "--account", account(), "--mailbox", mailbox(),
                "--name", "Plan", "--type", "dropdown", "--required", "--order", "1", "--option", "Trial",
                "--option", "Paid");
        String fieldId = created.value("field_id");
        String[] optionIds = created.value("option_ids").split(",");

        assertThat(ok("mailboxes", "fields", "list", "--account", account(), "--mailbox", mailbox()).out())
                .isEqualTo(fieldId + "\tPlan\tdropdown\trequired=true\torder=1\toptions=" + optionIds[0] + ":Trial|"
                        + optionIds[1] + ":Paid" + System.lineSeparator());
        Response v2 = tenant.v2().get("/v2/mailboxes/" + mailbox() + "/fields");
        JsonNode field = v2.json().at("/_embedded/fields/0");
        assertThat(field.get("id").asText()).isEqualTo(fieldId);
        assertThat(field.get("required").asBoolean()).isTrue();
        assertThat(field.at("/options/1/label").asText()).isEqualTo("Paid");
        Response v1 = tenant.v1().get("/v1/mailboxes/" + mailbox() + ".json");
        assertThat(v1.json().at("/item/customFields/0/fieldType").asText()).isEqualTo("DROPDOWN");
    }

    @Test
    void without_order_a_field_goes_after_the_others_and_is_not_required() {
        ok("mailboxes", "fields", "create", "--account", account(), "--mailbox", mailbox(), "--name", "Seats",
                "--type", "number");
        ok("mailboxes", "fields", "create", "--account", account(), "--mailbox", mailbox(), "--name", "Notes",
                "--type", "MULTI_LINE");

        String listed = ok("mailboxes", "fields", "list", "--account", account(), "--mailbox", mailbox()).out();
        assertThat(listed).containsPattern("(?m)^\\d+\tSeats\tnumber\trequired=false\torder=1\toptions=$")
                .containsPattern("(?m)^\\d+\tNotes\tmultiline\trequired=false\torder=2\toptions=$");
    }

    @Test
    void an_unknown_type_is_a_usage_error_naming_the_choices() {
        Run run = run("mailboxes", "fields", "create", "--account", account(), "--mailbox", mailbox(),
                "--name", "Plan", "--type", "checkbox");

        assertThat(run.exitCode()).as("%s", run).isEqualTo(2);
        assertThat(run.err()).contains("--type").contains("dropdown, singleline, multiline, number or date");
    }

    @Test
    void another_accounts_mailbox_or_a_bad_definition_exits_1_naming_the_problem() {
        Tenant other = server.newTenant();

        Run foreign = run("mailboxes", "fields", "create", "--account", account(), "--mailbox",
                Long.toString(other.mailbox().id()), "--name", "Plan", "--type", "date");
        Run noOptions = run("mailboxes", "fields", "create", "--account", account(), "--mailbox", mailbox(),
                "--name", "Plan", "--type", "dropdown");
        Run listForeign = run("mailboxes", "fields", "list", "--account", account(), "--mailbox",
                Long.toString(other.mailbox().id()));

        assertThat(foreign.exitCode()).as("%s", foreign).isEqualTo(1);
        assertThat(foreign.err()).contains("Mailbox not found");
        assertThat(noOptions.exitCode()).as("%s", noOptions).isEqualTo(1);
        assertThat(noOptions.err()).contains("options: a dropdown needs at least one option");
        assertThat(listForeign.exitCode()).as("%s", listForeign).isEqualTo(1);
        assertThat(server.app().mailboxFields().list(other.accountId(), other.mailbox().id())).isEmpty();
    }

    private String account() {
        return Long.toString(tenant.accountId());
    }

    private String mailbox() {
        return Long.toString(tenant.mailbox().id());
    }

    private Run ok(String... args) {
        Run run = run(args);
        assertThat(run.exitCode()).as("%s", run).isZero();
        return run;
    }

    /** Runs the command line in-process on the server's database, capturing what it prints. */
    private Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", server.dataDir().toString()));
        server.app().config().databaseUrl().ifPresent(url -> all.addAll(List.of("--database-url", url)));
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.run(all.toArray(String[]::new));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** One command's exit code and output. */
    private record Run(int exitCode, String out, String err) {

        /** The value of a `name=value` line on standard output. */
        String value(String name) {
            Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(name) + "=(.+)$").matcher(out);
            if (!matcher.find()) {
                throw new AssertionError("no " + name + "= line in:\n" + this);
            }
            return matcher.group(1).trim();
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\nstdout:\n" + out + "\nstderr:\n" + err;
        }
    }
}
