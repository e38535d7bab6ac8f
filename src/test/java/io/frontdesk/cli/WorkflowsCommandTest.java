package io.frontdesk.cli;

import io.frontdesk.config.ConfigKey;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.TestServer;
import io.frontdesk.workflow.Workflow;
import io.frontdesk.workflow.WorkflowAction;
import io.frontdesk.workflow.WorkflowCondition;
import io.frontdesk.workflow.WorkflowFilter;
import io.frontdesk.workflow.WorkflowTrigger;
import io.frontdesk.core.PageRequest;
import io.frontdesk.conversation.ConversationStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `workflows create` reads a JSON definition into a workflow the server then lists and runs; `list`, `activate`,
 * `deactivate` and `delete`; a definition with mistakes names each and creates nothing.
 */
class WorkflowsCommandTest {

    static final String AUTOMATIC = """
            {"name": "Refunds to billing", "type": "automatic",
             "on": ["conversation.created", "customer.replied"], "match": "any",
             "conditions": [{"subjectContains": "refund"}, {"hasTag": "billing"}, {"status": ["active", "pending"]},
                            {"lacksTag": "done"}, {"assignedTo": null}, {"type": "email"}],
             "actions": [{"addTags": ["refund"]}, {"removeTags": ["new"]}, {"status": "pending"}, {"assign": null},
                         {"note": "Sent to billing"}]}
            """;

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
        mailboxId = ok("mailboxes", "create", "--account", accountId, "--name", "Support", "--email",
                "support@acme.test").value("mailbox_id");
    }

    @Test
    void a_definition_file_becomes_a_workflow_the_server_lists_and_runs() throws IOException {
        String automatic = ok("workflows", "create", "--account", accountId, "--mailbox", mailboxId, "--file",
                file("auto.json", AUTOMATIC)).value("workflow_id");
        String manual = ok("workflows", "create", "--account", accountId, "--mailbox", mailboxId, "--file",
                file("manual.json", """
                        {"name": "Close as spam", "type": "manual", "status": "inactive",
                         "actions": [{"status": "spam"}, {"assign": %s}, {"addTags": ["spam"]}]}
                        """.formatted(ownerId))).value("workflow_id");
        assertThat(ok("workflows", "list", "--account", accountId).out()).contains(
                automatic + "\t" + mailboxId + "\t1\tautomatic\tactive\tRefunds to billing",
                manual + "\t" + mailboxId + "\t2\tmanual\tinactive\tClose as spam");
        assertThat(ok("workflows", "activate", "--account", accountId, "--workflow", manual).out())
                .contains("active");
        // off while the server runs, so only the manual run changes the conversation below
        assertThat(ok("workflows", "deactivate", "--account", accountId, "--workflow", automatic).out())
                .contains("inactive");
        Cli.Run credentials = ok("credentials", "create", "--account", accountId, "--user", ownerId, "--kind",
                "helpscout_oauth");

        try (TestServer server = TestServer.start(Backend.SQLITE, Map.of(ConfigKey.DATA_DIR, dataDir.toString()),
                routes -> { })) {
            Workflow read = server.app().workflows().get(Long.parseLong(accountId), Long.parseLong(automatic));
            assertThat(read.definition().triggers()).containsExactlyInAnyOrder(WorkflowTrigger.CONVERSATION_CREATED,
                    WorkflowTrigger.CUSTOMER_REPLIED);
            assertThat(read.definition().matchAll()).isFalse();
            assertThat(read.definition().conditions()).containsExactly(
                    new WorkflowCondition.SubjectContains("refund"), new WorkflowCondition.HasTag("billing"),
                    new WorkflowCondition.StatusIn(Set.of(ConversationStatus.ACTIVE, ConversationStatus.PENDING)),
                    new WorkflowCondition.LacksTag("done"), new WorkflowCondition.AssignedTo(null),
                    new WorkflowCondition.TypeIs(io.frontdesk.conversation.ConversationType.EMAIL));
            assertThat(read.definition().actions()).containsExactly(new WorkflowAction.AddTags(List.of("refund")),
                    new WorkflowAction.RemoveTags(List.of("new")),
                    new WorkflowAction.SetStatus(ConversationStatus.PENDING), new WorkflowAction.Assign(null),
                    new WorkflowAction.AddNote("Sent to billing"));

            Client anonymous = new Client(server.baseUrl(), Map.of());
            Response token = anonymous.send("POST", "/v2/oauth2/token", "grant_type=client_credentials&client_id="
                    + credentials.value("client_id") + "&client_secret=" + credentials.value("client_secret"),
                    "application/x-www-form-urlencoded");
            assertThat(token.status()).as("%s", token).isEqualTo(200);
            Client v2 = new Client(server.baseUrl(), Map.of("Authorization", "Bearer "
                    + token.json().get("access_token").asText()));
            Response list = v2.get("/v2/workflows?type=manual");
            assertThat(list.json().at("/_embedded/workflows/0/name").asText()).isEqualTo("Close as spam");
            assertThat(list.json().at("/_embedded/workflows/0/status").asText()).isEqualTo("active");

            Response created = v2.post("/v2/conversations", "{\"subject\":\"Junk\",\"type\":\"email\",\"mailboxId\":"
                    + mailboxId + ",\"status\":\"active\",\"customer\":{\"email\":\"x@example.com\"},"
                    + "\"threads\":[{\"type\":\"customer\",\"text\":\"Buy now\"}]}");
            String conversation = created.header("Resource-ID");
            assertThat(v2.post("/v2/workflows/" + manual + "/run", "{\"conversationIds\":[" + conversation + "]}")
                    .status()).isEqualTo(204);
            Response after = v2.get("/v2/conversations/" + conversation);
            assertThat(after.json().get("status").asText()).isEqualTo("spam");
            assertThat(after.json().at("/assignee/id").asText()).isEqualTo(ownerId);
            assertThat(after.json().at("/tags/0/tag").asText()).isEqualTo("spam");
        }

        assertThat(ok("workflows", "delete", "--account", accountId, "--workflow", automatic).out())
                .contains("deleted");
        assertThat(ok("workflows", "list", "--account", accountId).out().strip())
                .isEqualTo(manual + "\t" + mailboxId + "\t1\tmanual\tactive\tClose as spam");
    }

    @Test
    void a_definition_with_mistakes_names_each_and_creates_nothing() throws IOException {
        Cli.Run bad = run("workflows", "create", "--account", accountId, "--mailbox", mailboxId, "--file",
                file("bad.json", """
                        {"name": "", "type": "sometimes", "on": ["moon.rise"], "match": "most",
                         "conditions": [{"colour": "red"}, {"status": "asleep"}, {"a": 1, "b": 2}],
                         "actions": [{"assign": "someone"}, {"addTags": []}, {"explode": true}, {"move": -1}]}
                        """));
        assertThat(bad.exitCode()).as("%s", bad).isEqualTo(1);
        assertThat(bad.err()).contains("name:", "type:", "on:", "match:", "conditions[0].colour:",
                "conditions[1].status:", "conditions[2]:", "actions[0].assign:", "actions[1].addTags:",
                "actions[2].explode:", "actions[3].move:");

        Cli.Run targets = run("workflows", "create", "--account", accountId, "--mailbox", mailboxId, "--file",
                file("targets.json", """
                        {"name": "Gone", "type": "manual", "conditions": [{"hasTag": "x"}],
                         "actions": [{"assign": 999}, {"move": 999}, {"customField": {"id": 999, "value": "x"}},
                                     {"savedReply": 999}]}
                        """));
        assertThat(targets.exitCode()).as("%s", targets).isEqualTo(1);
        assertThat(targets.err()).contains("conditions:", "actions[0].userId:", "actions[1].mailboxId:",
                "actions[2].fieldId:", "actions[3].savedReplyId:");

        Cli.Run noTrigger = run("workflows", "create", "--account", accountId, "--mailbox", mailboxId, "--file",
                file("none.json", "{\"name\":\"X\",\"type\":\"automatic\",\"actions\":[{\"status\":\"closed\"}]}"));
        assertThat(noTrigger.err()).contains("on:");
        assertThat(run("workflows", "create", "--account", accountId, "--mailbox", mailboxId, "--file",
                file("broken.json", "{\"name\":")).err()).contains("not JSON");
        assertThat(run("workflows", "create", "--account", accountId, "--mailbox", "999", "--file",
                file("ok.json", AUTOMATIC)).err()).contains("Mailbox not found");
        assertThat(run("workflows", "activate", "--account", accountId, "--workflow", "999").err())
                .contains("Workflow not found");
        try (TestServer server = TestServer.start(Backend.SQLITE, Map.of(ConfigKey.DATA_DIR, dataDir.toString()),
                routes -> { })) {
            assertThat(server.app().workflows().list(Long.parseLong(accountId), WorkflowFilter.ALL,
                    new PageRequest(1, 10)).items()).isEmpty();
        }
    }

    private String file(String name, String json) throws IOException {
        Path path = dataDir.resolve(name);
        Files.writeString(path, json);
        return path.toString();
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
