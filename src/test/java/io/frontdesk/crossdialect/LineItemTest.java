package io.frontdesk.crossdialect;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.Application;
import io.frontdesk.eventlog.Event;
import io.frontdesk.eventlog.EventType;
import io.frontdesk.testing.Await;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Golden;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import io.frontdesk.workflow.NewWorkflow;
import io.frontdesk.workflow.Workflow;
import io.frontdesk.workflow.WorkflowAction;
import io.frontdesk.workflow.WorkflowDefinition;
import io.frontdesk.workflow.WorkflowStatus;
import io.frontdesk.workflow.WorkflowTrigger;
import io.frontdesk.workflow.WorkflowType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Line-item threads (docs/workflows.md "Line items"): a merge and every workflow run write one on the conversation, in
 * the same transaction; 2.0 shows its `action`, 1.0 its `actionType`/`actionSourceId`, HelpCrunch leaves it out. It is
 * no reply: preview, waiting time and status stay, and it records no event of its own.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class LineItemTest {

    private static final Duration WITHIN = Duration.ofSeconds(20);

    @Parameter
    Backend backend;

    private Tenant tenant;
    private Client v2;
    private Application app;

    @BeforeEach
    void setUp() {
        tenant = backend.tenant();
        v2 = tenant.v2();
        app = tenant.server().app();
    }

    @Test
    void a_merge_writes_a_merged_line_item_on_the_survivor_and_changes_no_summary() {
        long source = conversation("email", "First");
        long target = conversation("email", "Second");
        long sourceNumber = v2.get("/v2/conversations/" + source).json().get("number").asLong();
        JsonNode before = v2.get("/v2/conversations/" + target).json();
        JsonNode sourceBefore = v2.get("/v2/conversations/" + source).json();
        long lastEvent = lastEvent();

        app.conversations().merge(tenant.accountId(), source, target);

        Response threads = v2.get("/v2/conversations/" + target + "/threads");
        Golden.assertMatches(threads, "helpscout-v2/conversations/threads-merged.json", v2.base());
        JsonNode item = threads.json().at("/_embedded/threads/0");
        assertThat(item.at("/action/text").asText()).isEqualTo("Merged with #" + sourceNumber);
        assertThat(item.at("/action/associatedEntities/conversation").asLong()).isEqualTo(source);
        JsonNode after = v2.get("/v2/conversations/" + target).json();
        assertThat(after.get("threads").asInt()).as("the line item is a thread").isEqualTo(3);
        assertThat(after.get("preview")).isEqualTo(before.get("preview"));
        // the survivor waits since the older of the two customers' messages: the source's moved in with its threads
        // (the same second, unless the two were made across a second's boundary)
        JsonNode waiting = before.get("customerWaitingSince");
        JsonNode sourceWaiting = sourceBefore.get("customerWaitingSince");
        assertThat(after.get("customerWaitingSince")).isEqualTo(
                sourceWaiting.get("time").asText().compareTo(waiting.get("time").asText()) < 0 ? sourceWaiting : waiting);
        assertThat(after.get("status")).isEqualTo(before.get("status"));

        JsonNode v1 = tenant.v1().get("/v1/conversations/" + target + ".json").json().get("item");
        JsonNode v1Item = lineItems(v1.get("threads")).get(0);
        assertThat(v1Item.get("actionType").asText()).isEqualTo("merged");
        assertThat(v1Item.get("actionSourceId").asLong()).isEqualTo(source);
        assertThat(v1Item.get("body").asText()).isEqualTo("Merged with #" + sourceNumber);
        assertThat(v1.get("threadCount").asInt()).isEqualTo(3);
        v1.get("threads").forEach(t -> {
            if (!"lineitem".equals(t.get("type").asText())) {
                assertThat(t.get("actionType").isNull()).as("other threads have no action").isTrue();
            }
        });

        assertThat(app.eventLog().after(tenant.accountId(), lastEvent, 100)).extracting(Event::type)
                .as("the merge's own event, none for the line item").containsExactly(EventType.CONVERSATION_MERGED);
    }

    @Test
    void a_manual_run_writes_one_line_item_on_each_conversation() {
        Workflow spam = workflow("Assign to Spam", WorkflowType.MANUAL, Set.of(),
                new WorkflowAction.SetStatus(io.frontdesk.conversation.ConversationStatus.SPAM));
        long first = conversation("email", "One");
        long second = conversation("email", "Two");

        Response run = v2.post("/v2/workflows/" + spam.id() + "/run", "{\"conversationIds\":[" + first + ","
                + second + "]}");

        assertThat(run.status()).as(run.toString()).isEqualTo(204);
        for (long id : List.of(first, second)) {
            List<JsonNode> items = lineItems(v2.get("/v2/conversations/" + id + "/threads").json()
                    .at("/_embedded/threads"));
            assertThat(items).singleElement().satisfies(item -> {
                assertThat(item.at("/action/type").asText()).isEqualTo("manual-workflow");
                assertThat(item.at("/action/text").asText()).isEqualTo("You ran the Assign to Spam workflow");
                assertThat(item.at("/action/associatedEntities/workflow").asLong()).isEqualTo(spam.id());
                assertThat(item.at("/createdBy/id").asLong()).isEqualTo(tenant.owner().id());
            });
            JsonNode v1Item = lineItems(tenant.v1().get("/v1/conversations/" + id + ".json").json()
                    .at("/item/threads")).get(0);
            assertThat(v1Item.get("actionType").asText()).isEqualTo("workflow");
            assertThat(v1Item.get("actionSourceId").asLong()).isEqualTo(spam.id());
        }
        Golden.assertMatches(v2.get("/v2/conversations/" + first + "/threads"),
                "helpscout-v2/conversations/threads-workflow.json", v2.base());

        long itemId = lineItems(v2.get("/v2/conversations/" + first + "/threads").json().at("/_embedded/threads"))
                .get(0).get("id").asLong();
        Response edit = v2.patch("/v2/conversations/" + first + "/threads/" + itemId,
                "{\"op\":\"replace\",\"path\":\"/text\",\"value\":\"Rewritten\"}");
        assertThat(edit.status()).as("a line item cannot be edited: %s", edit).isEqualTo(400);
        assertThat(lineItems(v2.get("/v2/conversations/" + first + "/threads").json().at("/_embedded/threads"))
                .get(0).get("body").asText()).isEqualTo("You ran the Assign to Spam workflow");
    }

    @Test
    void an_automatic_run_writes_an_automatic_workflow_line_item() {
        Workflow tagger = workflow("Tag replies", WorkflowType.AUTOMATIC, Set.of(WorkflowTrigger.CUSTOMER_REPLIED),
                new WorkflowAction.AddTags(List.of("follow-up")));
        long id = conversation("email", "Help");
        assertThat(v2.post("/v2/conversations/" + id + "/customer", "{\"customer\":{\"email\":"
                + "\"li@example.com\"},\"text\":\"Any news?\"}").status()).isEqualTo(201);

        Await.until("the workflow ran", WITHIN, () -> !app.workflows().runs(tenant.accountId(), id).isEmpty());

        JsonNode conversation = v2.get("/v2/conversations/" + id + "?embed=threads").json();
        assertThat(lineItems(conversation.at("/_embedded/threads"))).singleElement().satisfies(item -> {
            assertThat(item.at("/action/type").asText()).isEqualTo("automatic-workflow");
            assertThat(item.at("/action/text").asText()).isEqualTo("Workflow Tag replies ran");
            assertThat(item.at("/action/associatedEntities/workflow").asLong()).isEqualTo(tagger.id());
        });
        assertThat(conversation.get("preview").asText()).as("still the customer's reply").isEqualTo("Any news?");
        assertThat(conversation.at("/customerWaitingSince/latestReplyFrom").asText()).isEqualTo("customer");
    }

    @Test
    void helpcrunch_leaves_line_items_out_of_a_chats_messages() {
        Workflow tag = workflow("Tag it", WorkflowType.MANUAL, Set.of(),
                new WorkflowAction.AddTags(List.of("seen")));
        long chat = conversation("chat", "Chat");
        JsonNode before = tenant.hc().get("/chats/" + chat).json();

        assertThat(v2.post("/v2/workflows/" + tag.id() + "/run", "{\"conversationIds\":[" + chat + "]}").status())
                .isEqualTo(204);

        assertThat(lineItems(v2.get("/v2/conversations/" + chat + "/threads").json().at("/_embedded/threads")))
                .hasSize(1);
        JsonNode messages = tenant.hc().get("/chats/" + chat + "/messages").json();
        assertThat(messages.get("total").asInt()).isEqualTo(1);
        assertThat(messages.at("/data/0/text").asText()).isEqualTo("Hello");
        JsonNode after = tenant.hc().get("/chats/" + chat).json();
        assertThat(after.get("lastMessageText")).isEqualTo(before.get("lastMessageText"));
        assertThat(after.get("lastMessageAt")).isEqualTo(before.get("lastMessageAt"));
    }

    private Workflow workflow(String name, WorkflowType type, Set<WorkflowTrigger> on, WorkflowAction action) {
        return app.workflows().create(tenant.accountId(), new NewWorkflow(tenant.mailbox().id(), name, type,
                WorkflowStatus.ACTIVE, new WorkflowDefinition(on, true, List.of(), List.of(action))));
    }

    private long conversation(String type, String subject) {
        Response created = v2.post("/v2/conversations", "{\"subject\":\"" + subject + "\",\"type\":\"" + type
                + "\",\"mailboxId\":" + tenant.mailbox().id() + ",\"status\":\"active\",\"customer\":{\"email\":"
                + "\"li@example.com\"},\"threads\":[{\"type\":\"" + ("chat".equals(type) ? "chat" : "customer")
                + "\",\"text\":\"Hello\"}]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return Long.parseLong(created.header("Resource-ID"));
    }

    private static List<JsonNode> lineItems(JsonNode threads) {
        List<JsonNode> items = new ArrayList<>();
        threads.forEach(t -> {
            if ("lineitem".equals(t.get("type").asText())) {
                items.add(t);
            }
        });
        return items;
    }

    private long lastEvent() {
        List<Event> all = app.eventLog().after(tenant.accountId(), 0, 10_000);
        return all.isEmpty() ? 0 : all.get(all.size() - 1).id();
    }
}
