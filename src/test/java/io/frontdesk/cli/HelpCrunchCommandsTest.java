package io.frontdesk.cli;

import io.frontdesk.config.ConfigKey;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** `applications create|list` and `departments create|add-agent|list`, read back through HelpCrunch's API. */
class HelpCrunchCommandsTest {

    @TempDir
    Path dataDir;

    private String accountId;
    private String ownerId;
    private String mailboxId;

    @BeforeEach
    void account() {
        Cli.Run run = ok("accounts", "create", "--name", "Acme", "--owner-email", "a@b.c");
        accountId = run.value("account_id");
        ownerId = run.value("owner_user_id");
        mailboxId = ok("mailboxes", "create", "--account", accountId, "--name", "Chat", "--email", "chat@acme.test")
                .value("mailbox_id");
    }

    @Test
    void applications_and_departments_made_here_are_served_by_helpcrunch() {
        String application = ok("applications", "create", "--account", accountId, "--mailbox", mailboxId,
                "--name", "Website", "--display-name", "Chat with Acme").value("application_id");
        String department = ok("departments", "create", "--account", accountId, "--name", "Support")
                .value("department_id");
        assertThat(ok("departments", "add-agent", "--account", accountId, "--department", department,
                "--agent", ownerId).out()).contains("added");
        assertThat(ok("departments", "add-agent", "--account", accountId, "--department", department,
                "--agent", ownerId).out()).contains("already a member");
        assertThat(ok("applications", "list", "--account", accountId).out())
                .contains(application + "\tWebsite\twidget\tmailbox=" + mailboxId);
        assertThat(ok("departments", "list", "--account", accountId).out()).contains(department + "\tSupport");
        String key = ok("credentials", "create", "--account", accountId, "--user", ownerId,
                "--kind", "helpcrunch_key").value("key");

        try (TestServer server = TestServer.start(Backend.SQLITE, Map.of(ConfigKey.DATA_DIR, dataDir.toString()),
                routes -> { })) {
            Client hc = new Client(server.baseUrl(), Map.of("Authorization", "Bearer " + key));
            Response applications = hc.get("/helpcrunch/v1/applications");
            assertThat(applications.json().at("/data/0/id").asText()).isEqualTo(application);
            assertThat(applications.json().at("/data/0/displayName").asText()).isEqualTo("Chat with Acme");
            Response departments = hc.get("/helpcrunch/v1/departments");
            assertThat(departments.json().at("/data/0/name").asText()).isEqualTo("Support");
            assertThat(departments.json().at("/data/0/agents/0/email").asText()).isEqualTo("a@b.c");
            assertThat(hc.get("/helpcrunch/v1/organization").json().at("/data/domain").asText()).isEqualTo("acme");
        }
    }

    @Test
    void a_mailbox_of_another_account_an_unknown_agent_or_a_bad_type_is_refused() {
        String other = ok("accounts", "create", "--name", "Other", "--owner-email", "o@b.c").value("account_id");
        String department = ok("departments", "create", "--account", accountId, "--name", "Support")
                .value("department_id");

        Cli.Run foreignMailbox = run("applications", "create", "--account", other, "--mailbox", mailboxId,
                "--name", "X");
        Cli.Run unknownAgent = run("departments", "add-agent", "--account", accountId, "--department", department,
                "--agent", "999999");
        Cli.Run badType = run("applications", "create", "--account", accountId, "--mailbox", mailboxId,
                "--name", "X", "--type", "fax");
        Cli.Run blankName = run("departments", "create", "--account", accountId, "--name", " ");

        assertThat(foreignMailbox.exitCode()).as("%s", foreignMailbox).isEqualTo(1);
        assertThat(unknownAgent.exitCode()).as("%s", unknownAgent).isEqualTo(1);
        assertThat(badType.exitCode()).as("%s", badType).isEqualTo(2);
        assertThat(badType.err()).contains("widget, ios or android");
        assertThat(blankName.exitCode()).as("%s", blankName).isEqualTo(1);
        assertThat(blankName.err()).contains("name");
        assertThat(ok("applications", "list", "--account", other).out()).isEmpty();
    }

    private Cli.Run run(String... args) {
        String[] withDataDir = new String[args.length + 2];
        System.arraycopy(args, 0, withDataDir, 0, args.length);
        withDataDir[args.length] = "--data-dir";
        withDataDir[args.length + 1] = dataDir.toString();
        return Cli.run(withDataDir);
    }

    private Cli.Run ok(String... args) {
        Cli.Run run = run(args);
        assertThat(run.exitCode()).as("%s", run).isZero();
        return run;
    }
}
