package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.conversation.ConversationStatus;
import io.frontdesk.eventlog.Event;
import io.frontdesk.eventlog.EventType;
import io.frontdesk.mailbox.Mailbox;
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
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.frontdesk.helpscout.v2.V2Support.assertError;
import static io.frontdesk.helpscout.v2.V2Support.assertNotFound;
import static io.frontdesk.helpscout.v2.V2Support.relative;
import static org.assertj.core.api.Assertions.assertThat;

/** `GET /v2/workflows`, `PATCH /v2/workflows/{id}` and `POST /v2/workflows/{id}/run` (reference §7.1). */
@ParameterizedClass
@EnumSource(Backend.class)
class V2WorkflowsTest {

    @Parameter
    Backend backend;

    Tenant tenant;
    Client client;
    WorkflowService workflows;

    @BeforeEach
    void setUp() {
        tenant = backend.tenant();
        client = tenant.v2();
        workflows = tenant.server().app().workflows();
    }

    private Workflow manual(long mailboxId, String name, WorkflowAction... actions) {
        return workflows.create(tenant.accountId(), new NewWorkflow(mailboxId, name, WorkflowType.MANUAL,
                WorkflowStatus.ACTIVE, new WorkflowDefinition(Set.of(), true, List.of(), List.of(actions))));
    }

    private Workflow automatic(String name, WorkflowStatus status) {
        return workflows.create(tenant.accountId(), new NewWorkflow(tenant.mailbox().id(), name,
                WorkflowType.AUTOMATIC, status, new WorkflowDefinition(Set.of(WorkflowTrigger.CONVERSATION_CREATED),
                true, List.of(new WorkflowCondition.SubjectContains("refund")),
                List.of(new WorkflowAction.AddTags(List.of("refund"))))));
    }

    private long conversation(long mailboxId) {
        Response created = client.post("/v2/conversations", "{\"subject\":\"Help\",\"type\":\"email\",\"mailboxId\":"
                + mailboxId + ",\"status\":\"active\",\"customer\":{\"email\":\"wf@example.com\"},"
                + "\"threads\":[{\"type\":\"customer\",\"text\":\"Hello\"}]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return Long.parseLong(created.header("Resource-ID"));
    }

    private static String normalized(Response response) {
        return response.body().replaceAll("/v2/workflows/\\d+", "/v2/workflows/<id>")
                .replace("{?page}", "<?page>").replace("{&page}", "<&page>");
    }

    private static String patch(String value) {
        return "{\"op\":\"replace\",\"path\":\"/status\",\"value\":\"" + value + "\"}";
    }

    @Test
    void the_list_shows_each_workflow_of_the_account_in_its_mailbox_order() {
        manual(tenant.mailbox().id(), "Assign to Spam", new WorkflowAction.SetStatus(ConversationStatus.SPAM));
        automatic("Tag refunds", WorkflowStatus.INACTIVE);

        Response list = client.get("/v2/workflows");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.header("Content-Type")).isEqualTo(V2Support.HAL);
        Golden.assertMatches(normalized(list), "helpscout-v2/workflows/list.json", client.base());
        assertThat(list.json().at("/_embedded/workflows/0/mailboxId").asLong()).isEqualTo(tenant.mailbox().id());
        assertThat(ids(backend.tenant().v2().get("/v2/workflows"))).as("another account sees none").isEmpty();
    }

    @Test
    void each_workflows_self_link_can_be_followed_by_its_own_account_only() {
        Workflow spam = manual(tenant.mailbox().id(), "Assign to Spam",
                new WorkflowAction.SetStatus(ConversationStatus.SPAM));
        String self = client.get("/v2/workflows").json().at("/_embedded/workflows/0/_links/self/href").asText();

        Response one = client.get(relative(client, self));
        assertThat(one.status()).as(one.toString()).isEqualTo(200);
        assertThat(one.header("Content-Type")).isEqualTo(V2Support.HAL);
        Golden.assertMatches(normalized(one), "helpscout-v2/workflows/workflow.json", client.base());
        assertThat(one.json().get("id").asLong()).isEqualTo(spam.id());
        assertNotFound(client.get("/v2/workflows/999999999"));
        assertNotFound(backend.tenant().v2().get("/v2/workflows/" + spam.id()));
    }

    @Test
    void mailbox_and_type_filter_the_list_and_an_empty_page_names_its_rel() {
        Mailbox sales = tenant.server().app().mailboxes().create(tenant.accountId(), "Sales",
                "sales" + tenant.accountId() + "@wf.test");
        Workflow spam = manual(tenant.mailbox().id(), "Spam", new WorkflowAction.SetStatus(ConversationStatus.SPAM));
        Workflow close = manual(sales.id(), "Close", new WorkflowAction.SetStatus(ConversationStatus.CLOSED));
        Workflow refunds = automatic("Refunds", WorkflowStatus.ACTIVE);

        assertThat(ids(client.get("/v2/workflows?mailboxId=" + sales.id()))).containsExactly(close.id());
        assertThat(close.order()).as("orders count per mailbox").isEqualTo(1);
        assertThat(ids(client.get("/v2/workflows?type=manual"))).containsExactly(spam.id(), close.id());
        assertThat(ids(client.get("/v2/workflows?type=automatic&mailboxId=" + tenant.mailbox().id())))
                .containsExactly(refunds.id());
        Response none = client.get("/v2/workflows?type=automatic&mailboxId=" + sales.id());
        assertThat(ids(none)).isEmpty();

        workflows.delete(tenant.accountId(), refunds.id());
        Response empty = client.get("/v2/workflows?type=automatic");
        Golden.assertMatches(normalized(empty), "helpscout-v2/workflows/empty.json", client.base());
    }

    @Test
    void bad_filters_are_query_errors_and_another_accounts_mailbox_is_not_found() {
        assertError(client.get("/v2/workflows?mailboxId=abc"), 400, "mailboxId", "InvalidNumber");
        assertError(client.get("/v2/workflows?mailboxId=0"), 400, "mailboxId", "InvalidNumber");
        assertError(client.get("/v2/workflows?type=sometimes"), 400, "type", "EnumValue");
        assertError(client.get("/v2/workflows?page=0"), 400, "page", "InvalidNumber");
        Tenant other = backend.tenant();
        assertNotFound(client.get("/v2/workflows?mailboxId=" + other.mailbox().id()));
    }

    @Test
    void a_full_paging_walk_visits_every_workflow_once() {
        List<Long> created = new ArrayList<>();
        for (int i = 1; i <= 2 * V2WorkflowHandler.PAGE_SIZE + 3; i++) {
            created.add(manual(tenant.mailbox().id(), "Workflow " + i,
                    new WorkflowAction.AddTags(List.of("t" + i))).id());
        }
        List<Long> seen = new ArrayList<>();
        List<Integer> orders = new ArrayList<>();
        String next = "/v2/workflows?type=manual";
        int pages = 0;
        while (next != null) {
            Response page = client.get(next);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            pages++;
            page.json().at("/_embedded/workflows").forEach(w -> {
                seen.add(w.get("id").asLong());
                orders.add(w.get("order").asInt());
            });
            assertThat(page.json().at("/page/totalElements").asInt()).isEqualTo(created.size());
            JsonNode link = page.json().at("/_links/next/href");
            next = link.isMissingNode() ? null : relative(client, link.asText());
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(created);
        assertThat(orders).containsExactlyElementsOf(IntStream.rangeClosed(1, created.size()).boxed().toList());
    }

    @Test
    void patch_deactivates_and_activates_and_changes_modified_at_only_when_the_status_changes() {
        Workflow workflow = manual(tenant.mailbox().id(), "Spam", new WorkflowAction.SetStatus(
                ConversationStatus.SPAM));
        String path = "/v2/workflows/" + workflow.id();

        assertThat(client.patch(path, patch("inactive")).status()).isEqualTo(204);
        assertThat(workflows.get(tenant.accountId(), workflow.id()).status()).isEqualTo(WorkflowStatus.INACTIVE);
        assertThat(client.get("/v2/workflows").json().at("/_embedded/workflows/0/status").asText())
                .isEqualTo("inactive");
        assertThat(client.patch(path, "[" + patch("active") + "]").status()).as("an array of one").isEqualTo(204);
        assertThat(workflows.get(tenant.accountId(), workflow.id()).status()).isEqualTo(WorkflowStatus.ACTIVE);
        assertThat(client.patch(path, patch("ACTIVE")).status()).as("already active").isEqualTo(204);
    }

    @Test
    void patch_refuses_every_other_operation_path_and_value_and_changes_nothing() {
        Workflow workflow = manual(tenant.mailbox().id(), "Spam", new WorkflowAction.SetStatus(
                ConversationStatus.SPAM));
        String path = "/v2/workflows/" + workflow.id();

        assertError(client.patch(path, "{\"op\":\"add\",\"path\":\"/status\",\"value\":\"inactive\"}"), 400, "op",
                "EnumValue");
        assertError(client.patch(path, "{\"op\":\"replace\",\"path\":\"/name\",\"value\":\"x\"}"), 400, "path",
                "InvalidValue");
        assertError(client.patch(path, patch("invalid")), 400, "value", "EnumValue");
        assertError(client.patch(path, patch("paused")), 400, "value", "EnumValue");
        assertError(client.patch(path, "{\"op\":\"replace\",\"path\":\"/status\"}"), 400, "value", "NotNull");
        assertError(client.patch(path, "{\"path\":\"/status\",\"value\":\"inactive\"}"), 400, "op", "NotNull");
        assertThat(client.patch(path, "[" + patch("inactive") + "," + patch("active") + "]").status())
                .isEqualTo(400);
        assertThat(client.patch(path, "\"inactive\"").status()).isEqualTo(400);
        assertThat(workflows.get(tenant.accountId(), workflow.id()).status()).isEqualTo(WorkflowStatus.ACTIVE);
        assertThat(workflows.get(tenant.accountId(), workflow.id()).modifiedAt()).isEqualTo(workflow.modifiedAt());

        assertNotFound(client.patch("/v2/workflows/999999999", patch("inactive")));
        Tenant other = backend.tenant();
        assertNotFound(other.v2().patch(path, patch("inactive")));
        assertThat(workflows.get(tenant.accountId(), workflow.id()).status()).isEqualTo(WorkflowStatus.ACTIVE);
    }

    @Test
    void run_applies_the_actions_to_each_conversation_records_the_run_and_its_events() {
        Workflow spam = manual(tenant.mailbox().id(), "Assign to Spam",
                new WorkflowAction.SetStatus(ConversationStatus.SPAM), new WorkflowAction.AddTags(List.of("junk")));
        long first = conversation(tenant.mailbox().id());
        long second = conversation(tenant.mailbox().id());
        long before = lastEvent();

        Response run = client.post("/v2/workflows/" + spam.id() + "/run", "{\"conversationIds\":[" + first + ","
                + second + "]}");
        assertThat(run.status()).as(run.toString()).isEqualTo(204);

        for (long id : List.of(first, second)) {
            JsonNode conversation = client.get("/v2/conversations/" + id).json();
            assertThat(conversation.get("status").asText()).isEqualTo("spam");
            assertThat(conversation.at("/tags/0/tag").asText()).isEqualTo("junk");
            assertThat(workflows.runs(tenant.accountId(), id)).singleElement().satisfies(r -> {
                assertThat(r.workflowId()).isEqualTo(spam.id());
                assertThat(r.trigger()).isNull();
                assertThat(r.actorUserId()).isEqualTo(tenant.owner().id());
            });
        }
        List<Event> events = tenant.server().app().eventLog().after(tenant.accountId(), before, 100);
        assertThat(events).extracting(Event::type).containsExactly(EventType.CONVERSATION_STATUS,
                EventType.TAG_CREATED, EventType.CONVERSATION_TAGS, EventType.CONVERSATION_WORKFLOW,
                EventType.CONVERSATION_STATUS, EventType.CONVERSATION_TAGS, EventType.CONVERSATION_WORKFLOW);
        assertThat(events).filteredOn(e -> e.type() == EventType.CONVERSATION_WORKFLOW)
                .extracting(e -> e.details().get("workflowId")).containsOnly(Long.toString(spam.id()));
        assertThat(events).allSatisfy(e -> assertThat(e.actorUserId()).isEqualTo(tenant.owner().id()));
    }

    @Test
    void run_refuses_bad_bodies_foreign_conversations_and_automatic_or_inactive_workflows_and_runs_nothing() {
        Workflow spam = manual(tenant.mailbox().id(), "Spam", new WorkflowAction.SetStatus(ConversationStatus.SPAM));
        String path = "/v2/workflows/" + spam.id() + "/run";
        long mine = conversation(tenant.mailbox().id());
        Mailbox sales = tenant.server().app().mailboxes().create(tenant.accountId(), "Sales",
                "sales" + tenant.accountId() + "@wf.test");
        long inSales = conversation(sales.id());
        Tenant other = backend.tenant();
        long foreign = Long.parseLong(other.v2().post("/v2/conversations", "{\"subject\":\"Hi\",\"type\":\"email\","
                + "\"mailboxId\":" + other.mailbox().id() + ",\"status\":\"active\",\"customer\":{\"email\":\"x@example.com\"},"
                + "\"threads\":[{\"type\":\"customer\",\"text\":\"Hello\"}]}").header("Resource-ID"));

        assertError(client.post(path, "{}"), 400, "conversationIds", "NotNull");
        assertError(client.post(path, "{\"conversationIds\":[]}"), 400, "conversationIds", "Size");
        String fiftyOne = repeated(51, mine);
        assertError(client.post(path, "{\"conversationIds\":[" + fiftyOne + "]}"), 400, "conversationIds", "Size");
        assertError(client.post(path, "{\"conversationIds\":[\"x\"]}"), 400, "conversationIds[0]", "InvalidType");
        assertError(client.post(path, "{\"conversationIds\":\"1\"}"), 400, "conversationIds", "InvalidType");
        assertError(client.post(path, "{\"conversationIds\":[" + mine + "," + inSales + "]}"), 400,
                "conversationIds[1]", "InvalidValue");
        assertError(client.post(path, "{\"conversationIds\":[" + mine + "," + foreign + "]}"), 400,
                "conversationIds[1]", "InvalidValue");
        assertError(client.post(path, "{\"conversationIds\":[" + mine + ",999999999]}"), 400,
                "conversationIds[1]", "InvalidValue");
        assertThat(client.get("/v2/conversations/" + mine).json().get("status").asText()).isEqualTo("active");
        assertThat(workflows.runs(tenant.accountId(), mine)).isEmpty();

        Workflow refunds = automatic("Refunds", WorkflowStatus.ACTIVE);
        assertThat(client.post("/v2/workflows/" + refunds.id() + "/run", "{\"conversationIds\":[" + mine + "]}")
                .status()).isEqualTo(400);
        workflows.setStatus(tenant.accountId(), spam.id(), WorkflowStatus.INACTIVE);
        assertThat(client.post(path, "{\"conversationIds\":[" + mine + "]}").status()).isEqualTo(400);
        assertThat(workflows.runs(tenant.accountId(), mine)).isEmpty();

        assertNotFound(client.post("/v2/workflows/999999999/run", "{\"conversationIds\":[" + mine + "]}"));
        assertNotFound(other.v2().post(path, "{\"conversationIds\":[" + foreign + "]}"));
        assertThat(client.get("/v2/conversations/" + mine).json().get("status").asText()).isEqualTo("active");
    }

    private long lastEvent() {
        List<Event> all = tenant.server().app().eventLog().after(tenant.accountId(), 0, 10_000);
        return all.isEmpty() ? 0 : all.get(all.size() - 1).id();
    }

    private static List<Long> ids(Response page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        page.json().at("/_embedded/workflows").forEach(w -> ids.add(w.get("id").asLong()));
        return ids;
    }

    /** {@code count} copies of one id, comma-separated. */
    private static String repeated(int count, long id) {
        return IntStream.range(0, count).mapToObj(i -> Long.toString(id)).collect(Collectors.joining(","));
    }
}
