package io.frontdesk.helpscout.v1;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.conversation.ConversationStatus;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Golden;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import io.frontdesk.workflow.NewWorkflow;
import io.frontdesk.workflow.Workflow;
import io.frontdesk.workflow.WorkflowAction;
import io.frontdesk.workflow.WorkflowCondition;
import io.frontdesk.workflow.WorkflowDefinition;
import io.frontdesk.workflow.WorkflowService;
import io.frontdesk.workflow.WorkflowStatus;
import io.frontdesk.workflow.WorkflowTrigger;
import io.frontdesk.workflow.WorkflowType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `GET /v1/mailboxes/{id}/workflows.json`, `POST /v1/workflows/{id}/conversations/{cid}.json` and
 * `POST /v1/workflows/{id}/conversations.json` (reference §7.3), over the same service as 2.0.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class V1WorkflowsTest {

    @Parameter
    Backend backend;

    Tenant tenant;
    Client client;
    WorkflowService workflows;

    @BeforeEach
    void setUp() {
        tenant = backend.tenant();
        client = tenant.v1();
        workflows = tenant.server().app().workflows();
    }

    @Test
    void the_list_holds_the_mailboxs_manual_workflows_by_order_in_the_1_0_envelope() {
        manual("Assign to Spam", WorkflowStatus.ACTIVE, new WorkflowAction.SetStatus(ConversationStatus.SPAM));
        automatic();
        manual("Close quietly", WorkflowStatus.INACTIVE, new WorkflowAction.SetStatus(ConversationStatus.CLOSED));

        Response list = client.get("/v1/mailboxes/" + tenant.mailbox().id() + "/workflows.json");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.header("Content-Type")).startsWith("application/json");
        Golden.assertMatches(list, "helpscout-v1/workflows/list.json", "");
        assertThat(list.json().at("/items/0/mailboxId").asLong()).isEqualTo(tenant.mailbox().id());

        JsonNode past = ok(client.get("/v1/mailboxes/" + tenant.mailbox().id() + "/workflows.json?page=2"));
        assertThat(past.get("items")).isEmpty();
        assertThat(past.get("count").asInt()).isEqualTo(2);
        assertThat(client.get("/v1/mailboxes/" + tenant.mailbox().id() + "/workflows.json?page=0").status())
                .isEqualTo(400);
    }

    @Test
    void running_on_one_conversation_answers_200_with_no_body_and_applies_the_actions() {
        Workflow spam = manual("Assign to Spam", WorkflowStatus.ACTIVE,
                new WorkflowAction.SetStatus(ConversationStatus.SPAM), new WorkflowAction.AddTags(List.of("junk")));
        long id = conversation();

        Response run = client.post("/v1/workflows/" + spam.id() + "/conversations/" + id + ".json", null);
        assertThat(run.status()).as(run.toString()).isEqualTo(200);
        assertThat(run.body()).isEmpty();
        JsonNode conversation = ok(client.get("/v1/conversations/" + id + ".json")).get("item");
        assertThat(conversation.get("status").asText()).isEqualTo("spam");
        assertThat(conversation.get("tags").toString()).isEqualTo("[\"junk\"]");
        assertThat(workflows.runs(tenant.accountId(), id)).singleElement()
                .satisfies(r -> assertThat(r.actorUserId()).isEqualTo(tenant.owner().id()));
    }

    @Test
    void running_on_several_conversations_takes_both_spellings_of_the_field() {
        Workflow close = manual("Close", WorkflowStatus.ACTIVE,
                new WorkflowAction.SetStatus(ConversationStatus.CLOSED));
        long first = conversation();
        long second = conversation();
        long third = conversation();

        Response run = client.post("/v1/workflows/" + close.id() + "/conversations.json",
                "{\"conversationIds\":[" + first + "," + second + "]}");
        assertThat(run.status()).as(run.toString()).isEqualTo(200);
        Response misspelled = client.post("/v1/workflows/" + close.id() + "/conversations.json",
                "{\"converationIds\":[" + third + "]}");
        assertThat(misspelled.status()).as(misspelled.toString()).isEqualTo(200);
        for (long id : List.of(first, second, third)) {
            assertThat(ok(client.get("/v1/conversations/" + id + ".json")).at("/item/status").asText())
                    .isEqualTo("closed");
        }
    }

    @Test
    void bad_bodies_are_1_0_validation_errors_that_run_nothing() {
        Workflow close = manual("Close", WorkflowStatus.ACTIVE,
                new WorkflowAction.SetStatus(ConversationStatus.CLOSED));
        long id = conversation();
        String path = "/v1/workflows/" + close.id() + "/conversations.json";

        validation(client.post(path, "{}"), "conversationIds");
        validation(client.post(path, "{\"conversationIds\":[]}"), "conversationIds");
        validation(client.post(path, "{\"conversationIds\":[\"x\"]}"), "conversationIds[0]");
        List<Long> many = new ArrayList<>();
        for (long i = 1; i <= 51; i++) {
            many.add(i);
        }
        validation(client.post(path, "{\"conversationIds\":" + many + "}"), "conversationIds");
        validation(client.post(path, "{\"conversationIds\":[" + id + ",999999999]}"), "conversationIds[1]");
        status(client.post(path, "[1]"), 400);
        assertThat(ok(client.get("/v1/conversations/" + id + ".json")).at("/item/status").asText())
                .isEqualTo("active");
        assertThat(workflows.runs(tenant.accountId(), id)).isEmpty();
    }

    @Test
    void unknown_automatic_and_inactive_workflows_are_refused_in_1_0_bodies() {
        long id = conversation();
        Workflow auto = automatic();
        Workflow off = manual("Off", WorkflowStatus.INACTIVE, new WorkflowAction.SetStatus(ConversationStatus.CLOSED));

        status(client.post("/v1/workflows/999999999/conversations/" + id + ".json", null), 404);
        status(client.post("/v1/workflows/" + auto.id() + "/conversations/999999999.json", null), 404);
        status(client.post("/v1/workflows/" + auto.id() + "/conversations/" + id + ".json", null), 400);
        status(client.post("/v1/workflows/" + auto.id() + "/conversations.json", "{\"conversationIds\":[" + id
                + "]}"), 400);
        status(client.post("/v1/workflows/" + off.id() + "/conversations/" + id + ".json", null), 400);
        status(client.get("/v1/mailboxes/999999999/workflows.json"), 404);
        assertThat(workflows.runs(tenant.accountId(), id)).isEmpty();
    }

    @Test
    void another_accounts_workflows_conversations_and_mailboxes_are_not_reachable() {
        Workflow close = manual("Close", WorkflowStatus.ACTIVE,
                new WorkflowAction.SetStatus(ConversationStatus.CLOSED));
        long id = conversation();
        Tenant other = backend.tenant();
        Client stranger = other.v1();

        status(stranger.get("/v1/mailboxes/" + tenant.mailbox().id() + "/workflows.json"), 404);
        status(stranger.post("/v1/workflows/" + close.id() + "/conversations/" + id + ".json", null), 404);
        status(stranger.post("/v1/workflows/" + close.id() + "/conversations.json",
                "{\"conversationIds\":[" + id + "]}"), 404);
        // the other account's own workflow, run on this account's conversation: no such conversation there (a path
        // id: 404; a body id: 400 naming it, as any id that is not a conversation of the workflow's mailbox)
        Workflow theirs = other.server().app().workflows().create(other.accountId(), new NewWorkflow(
                other.mailbox().id(), "Theirs", WorkflowType.MANUAL, WorkflowStatus.ACTIVE, new WorkflowDefinition(
                Set.of(), true, List.of(), List.of(new WorkflowAction.SetStatus(ConversationStatus.CLOSED)))));
        status(stranger.post("/v1/workflows/" + theirs.id() + "/conversations/" + id + ".json", null), 404);
        validation(stranger.post("/v1/workflows/" + theirs.id() + "/conversations.json", "{\"conversationIds\":["
                + id + "]}"), "conversationIds[0]");
        assertThat(ok(client.get("/v1/conversations/" + id + ".json")).at("/item/status").asText())
                .isEqualTo("active");
    }

    private Workflow manual(String name, WorkflowStatus status, WorkflowAction... actions) {
        return workflows.create(tenant.accountId(), new NewWorkflow(tenant.mailbox().id(), name, WorkflowType.MANUAL,
                status, new WorkflowDefinition(Set.of(), true, List.of(), List.of(actions))));
    }

    private Workflow automatic() {
        return workflows.create(tenant.accountId(), new NewWorkflow(tenant.mailbox().id(), "Tag refunds",
                WorkflowType.AUTOMATIC, WorkflowStatus.ACTIVE, new WorkflowDefinition(
                Set.of(WorkflowTrigger.CONVERSATION_CREATED), true,
                List.of(new WorkflowCondition.SubjectContains("refund")),
                List.of(new WorkflowAction.AddTags(List.of("refund"))))));
    }

    private long conversation() {
        Response created = tenant.v2().post("/v2/conversations", "{\"subject\":\"Help\",\"type\":\"email\","
                + "\"mailboxId\":" + tenant.mailbox().id() + ",\"status\":\"active\","
                + "\"customer\":{\"email\":\"wf@example.com\"},\"threads\":[{\"type\":\"customer\",\"text\":\"Hi\"}]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return Long.parseLong(created.header("Resource-ID"));
    }

    private static JsonNode ok(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    /** A 1.0 `{"status":…,"message":…}` error. */
    private static void status(Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("message").asText()).isNotBlank();
    }

    /** 1.0's captured validation body, naming {@code property}. */
    private static void validation(Response response, String property) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).isEqualTo("Input could not be validated");
        assertThat(response.json().get("validationErrors").findValuesAsText("property")).contains(property);
    }
}
