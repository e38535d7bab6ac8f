package io.frontdesk.workflow;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.Application;
import io.frontdesk.account.Role;
import io.frontdesk.account.User;
import io.frontdesk.conversation.ConversationService;
import io.frontdesk.conversation.ConversationStatus;
import io.frontdesk.eventlog.Event;
import io.frontdesk.eventlog.EventType;
import io.frontdesk.mailbox.FieldType;
import io.frontdesk.mailbox.Mailbox;
import io.frontdesk.mailbox.MailboxField;
import io.frontdesk.savedreply.SavedReplyInput;
import io.frontdesk.testing.Await;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.LogCapture;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import io.frontdesk.webhook.Delivery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Workflows change exactly what their actions say, each change recording its own event and queueing its webhooks, as
 * a user's request would; automatic workflows run after the change that triggered them, on the job lane, and never
 * on their own changes.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class WorkflowActionsTest {

    private static final Duration WITHIN = Duration.ofSeconds(20);

    @Parameter
    Backend backend;

    Tenant tenant;
    Client client;
    Application app;
    WorkflowService workflows;
    long subscription;

    @BeforeEach
    void setUp() {
        tenant = backend.tenant();
        client = tenant.v2();
        app = tenant.server().app();
        workflows = app.workflows();
        // a 2.0 subscription to every conversation event; its deliveries are queued (nobody sends them here)
        Response hook = client.post("/v2/webhooks", "{\"url\":\"https://93.184.216.34/hs\",\"secret\":\"s3cret\","
                + "\"events\":[\"convo.created\",\"convo.assigned\",\"convo.moved\",\"convo.status\",\"convo.tags\","
                + "\"convo.custom-fields\",\"convo.customer.reply.created\",\"convo.agent.reply.created\","
                + "\"convo.note.created\"]}");
        assertThat(hook.status()).as(hook.toString()).isEqualTo(201);
        subscription = Long.parseLong(hook.header("Resource-ID"));
    }

    // ---- each action, through a manual run --------------------------------------------------------------------

    @Test
    void set_status_changes_the_status_only_and_fires_convo_status() {
        long id = conversation("Help");
        Outcome outcome = runManual(id, new WorkflowAction.SetStatus(ConversationStatus.CLOSED));
        outcome.changedOnly("status");
        assertThat(outcome.after.get("status")).isEqualTo("closed");
        outcome.fired(List.of(EventType.CONVERSATION_STATUS), List.of("convo.status"));
    }

    @Test
    void assign_changes_the_assignee_only_and_fires_convo_assigned() {
        User agent = agent();
        long id = conversation("Help");
        Outcome outcome = runManual(id, new WorkflowAction.Assign(agent.id()));
        outcome.changedOnly("assignee");
        assertThat(outcome.after.get("assignee")).isEqualTo(agent.id());
        outcome.fired(List.of(EventType.CONVERSATION_ASSIGNED), List.of("convo.assigned"));

        Outcome unassigned = runManual(id, new WorkflowAction.Assign(null));
        unassigned.changedOnly("assignee");
        assertThat(unassigned.after.get("assignee")).isEqualTo(0L);
        unassigned.fired(List.of(EventType.CONVERSATION_ASSIGNED), List.of("convo.assigned"));
    }

    @Test
    void add_and_remove_tags_change_the_tags_only_and_fire_convo_tags() {
        long id = conversation("Help");
        assertThat(client.put("/v2/conversations/" + id + "/tags", "{\"tags\":[\"keep\",\"old\"]}").status())
                .isEqualTo(204);
        Outcome added = runManual(id, new WorkflowAction.AddTags(List.of("vip", "KEEP")));
        added.changedOnly("tags");
        assertThat(added.after.get("tags")).isEqualTo(List.of("keep", "old", "vip"));
        added.fired(List.of(EventType.TAG_CREATED, EventType.CONVERSATION_TAGS), List.of("convo.tags"));

        Outcome removed = runManual(id, new WorkflowAction.RemoveTags(List.of("OLD", "absent")));
        removed.changedOnly("tags");
        assertThat(removed.after.get("tags")).isEqualTo(List.of("keep", "vip"));
        removed.fired(List.of(EventType.CONVERSATION_TAGS), List.of("convo.tags"));
    }

    @Test
    void move_changes_the_mailbox_only_and_fires_convo_moved() {
        Mailbox sales = app.mailboxes().create(tenant.accountId(), "Sales", "sales" + tenant.accountId()
                + "@wf.test");
        long id = conversation("Help");
        Outcome outcome = runManual(id, new WorkflowAction.Move(sales.id()));
        outcome.changedOnly("mailboxId");
        assertThat(outcome.after.get("mailboxId")).isEqualTo(sales.id());
        outcome.fired(List.of(EventType.CONVERSATION_MOVED), List.of("convo.moved"));
    }

    @Test
    void a_note_adds_one_note_thread_only_and_fires_convo_note_created() {
        long id = conversation("Help");
        Outcome outcome = runManual(id, new WorkflowAction.AddNote("Checked by a workflow"));
        outcome.changedOnly("threads");
        assertThat(outcome.after.get("threads")).isEqualTo(List.of("note:Checked by a workflow", "customer:Hello"));
        outcome.fired(List.of(EventType.THREAD_NOTE_CREATED), List.of("convo.note.created"));
    }

    @Test
    void a_custom_field_changes_that_field_only_and_fires_convo_custom_fields() {
        MailboxField plan = app.mailboxFields().create(tenant.accountId(), tenant.mailbox().id(), "Plan",
                FieldType.SINGLE_LINE, false, 1, List.of());
        MailboxField seat = app.mailboxFields().create(tenant.accountId(), tenant.mailbox().id(), "Seats",
                FieldType.SINGLE_LINE, false, 2, List.of());
        long id = conversation("Help");
        assertThat(client.put("/v2/conversations/" + id + "/fields", "{\"fields\":[{\"id\":" + seat.id()
                + ",\"value\":\"12\"}]}").status()).isEqualTo(204);
        Outcome outcome = runManual(id, new WorkflowAction.SetField(plan.id(), "Gold"));
        outcome.changedOnly("fields");
        assertThat(outcome.after.get("fields")).isEqualTo(List.of("Plan=Gold", "Seats=12"));
        outcome.fired(List.of(EventType.CONVERSATION_CUSTOM_FIELDS), List.of("convo.custom-fields"));

        Outcome cleared = runManual(id, new WorkflowAction.SetField(plan.id(), ""));
        assertThat(cleared.after.get("fields")).isEqualTo(List.of("Seats=12"));
        cleared.fired(List.of(EventType.CONVERSATION_CUSTOM_FIELDS), List.of("convo.custom-fields"));
    }

    @Test
    void a_saved_reply_adds_a_reply_with_its_text_and_fires_convo_agent_reply_created() {
        long reply = app.savedReplies().create(tenant.accountId(), tenant.mailbox().id(),
                new SavedReplyInput("Thanks", "Thanks, we are on it.", null));
        long id = conversation("Help");
        Outcome outcome = runManual(id, new WorkflowAction.ApplySavedReply(reply));
        assertThat(outcome.after.get("threads")).isEqualTo(List.of("reply:Thanks, we are on it.", "customer:Hello"));
        // newest first: the run's line item, then the reply
        JsonNode thread = client.get("/v2/conversations/" + id + "/threads").json().at("/_embedded/threads/1");
        assertThat(thread.get("type").asText()).isEqualTo("reply");
        assertThat(thread.get("savedReplyId").asLong()).isEqualTo(reply);
        assertThat(outcome.events).extracting(Event::type).contains(EventType.THREAD_REPLY_CREATED);
        assertThat(outcome.webhooks).contains("convo.agent.reply.created");
    }

    @Test
    void an_action_that_would_change_nothing_records_nothing() {
        long id = conversation("Help");
        Outcome outcome = runManual(id, new WorkflowAction.SetStatus(ConversationStatus.ACTIVE),
                new WorkflowAction.RemoveTags(List.of("none")), new WorkflowAction.Assign(null));
        outcome.changedOnly();
        outcome.fired(List.of(), List.of());
        assertThat(workflows.runs(tenant.accountId(), id)).hasSize(1);
    }

    @Test
    void a_refused_action_is_undone_whole_and_skipped_with_a_warning_and_the_others_apply() {
        // 99 threads: the conversation takes no new thread (412), but its status can still change
        StringBuilder threads = new StringBuilder();
        for (int i = 0; i < ConversationService.LOCKED_AT_THREADS; i++) {
            threads.append(i == 0 ? "" : ",").append("{\"type\":\"customer\",\"text\":\"Hello ").append(i)
                    .append("\"}");
        }
        Response created = client.post("/v2/conversations", "{\"subject\":\"Full\",\"type\":\"email\","
                + "\"mailboxId\":" + tenant.mailbox().id() + ",\"status\":\"active\","
                + "\"customer\":{\"email\":\"wf@example.com\"},\"threads\":[" + threads + "]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = Long.parseLong(created.header("Resource-ID"));
        Workflow workflow = manual(new WorkflowAction.AddNote("Too late"),
                new WorkflowAction.SetStatus(ConversationStatus.PENDING));
        long lastEvent = lastEvent();
        try (LogCapture log = LogCapture.of(WorkflowActions.class, LogCapture.at(Level.WARN, "skipped"))) {
            assertThat(client.post("/v2/workflows/" + workflow.id() + "/run", "{\"conversationIds\":[" + id + "]}")
                    .status()).isEqualTo(204);
            assertThat(log.messages()).singleElement().asString().contains("workflow " + workflow.id())
                    .contains("action 1");
        }
        JsonNode conversation = client.get("/v2/conversations/" + id).json();
        assertThat(conversation.get("status").asText()).isEqualTo("pending");
        // the note was refused; the run's line item is written even to a full conversation (docs/workflows.md)
        assertThat(conversation.get("threads").asInt()).isEqualTo(ConversationService.LOCKED_AT_THREADS + 1);
        assertThat(app.eventLog().after(tenant.accountId(), lastEvent, 100)).extracting(Event::type)
                .containsExactly(EventType.CONVERSATION_STATUS, EventType.CONVERSATION_WORKFLOW);
        assertThat(workflows.runs(tenant.accountId(), id)).hasSize(1);
    }

    @Test
    void a_manual_workflow_naming_a_deleted_user_is_marked_invalid_and_runs_nothing() {
        User agent = agent();
        long id = conversation("Help");
        Workflow workflow = manual(new WorkflowAction.Assign(agent.id()),
                new WorkflowAction.SetStatus(ConversationStatus.PENDING));
        app.users().delete(tenant.accountId(), tenant.owner().id(), agent.id());
        try (LogCapture log = LogCapture.of(WorkflowService.class, LogCapture.at(Level.WARN, "marked invalid"))) {
            Response run = client.post("/v2/workflows/" + workflow.id() + "/run", "{\"conversationIds\":[" + id
                    + "]}");
            assertThat(run.status()).as(run.toString()).isEqualTo(400);
            assertThat(run.json().get("message").asText()).contains("actions[0].userId");
            assertThat(log.messages()).singleElement().asString().contains("workflow " + workflow.id());
        }
        assertThat(workflows.get(tenant.accountId(), workflow.id()).status()).isEqualTo(WorkflowStatus.INVALID);
        assertThat(client.get("/v2/workflows/" + workflow.id()).json().get("status").asText()).isEqualTo("invalid");
        assertThat(state(id).get("status")).isEqualTo("active");
        assertThat(workflows.runs(tenant.accountId(), id)).isEmpty();
        // still invalid: a second run is refused as any inactive workflow's
        assertThat(client.post("/v2/workflows/" + workflow.id() + "/run", "{\"conversationIds\":[" + id + "]}")
                .status()).isEqualTo(400);
    }

    @Test
    void an_automatic_workflow_naming_a_deleted_saved_reply_is_marked_invalid_when_it_would_run() {
        long reply = app.savedReplies().create(tenant.accountId(), tenant.mailbox().id(),
                new SavedReplyInput("Thanks", "Thanks, we are on it.", null));
        Workflow replying = automatic(Set.of(WorkflowTrigger.CONVERSATION_CREATED), List.of(),
                new WorkflowAction.ApplySavedReply(reply));
        Workflow tagging = automatic(Set.of(WorkflowTrigger.CONVERSATION_CREATED), List.of(),
                new WorkflowAction.AddTags(List.of("seen")));
        app.savedReplies().delete(tenant.accountId(), tenant.mailbox().id(), reply);

        try (LogCapture log = LogCapture.of(WorkflowService.class, LogCapture.at(Level.WARN, "marked invalid"))) {
            long id = conversation("Help");
            awaitRun(id);
            Await.until("the job lane drained", WITHIN, () -> pendingWorkflowJobs() == 0);
            assertThat(log.messages()).hasSize(1);
            assertThat(workflows.runs(tenant.accountId(), id)).extracting(WorkflowRun::workflowId)
                    .containsExactly(tagging.id());
            assertThat(state(id).get("threads")).isEqualTo(List.of("customer:Hello"));
        }
        assertThat(workflows.get(tenant.accountId(), replying.id()).status()).isEqualTo(WorkflowStatus.INVALID);
        assertThat(workflows.get(tenant.accountId(), tagging.id()).status()).isEqualTo(WorkflowStatus.ACTIVE);
    }

    // ---- automatic workflows ---------------------------------------------------------------------------------

    @Test
    void an_automatic_workflow_runs_on_conversation_created_when_its_conditions_match() {
        User agent = agent();
        Workflow workflow = automatic(Set.of(WorkflowTrigger.CONVERSATION_CREATED),
                List.of(new WorkflowCondition.SubjectContains("refund")),
                new WorkflowAction.Assign(agent.id()), new WorkflowAction.AddTags(List.of("refund")));
        long plain = conversation("Question");
        long refund = conversation("Refund please");

        awaitRun(refund);
        WorkflowRun run = workflows.runs(tenant.accountId(), refund).get(0);
        assertThat(run.workflowId()).isEqualTo(workflow.id());
        assertThat(run.trigger()).isEqualTo(WorkflowTrigger.CONVERSATION_CREATED);
        assertThat(run.actorUserId()).as("made as the owner").isEqualTo(tenant.owner().id());
        Map<String, Object> after = state(refund);
        assertThat(after.get("assignee")).isEqualTo(agent.id());
        assertThat(after.get("tags")).isEqualTo(List.of("refund"));
        assertThat(webhooks(refund)).containsExactly("convo.created", "convo.assigned", "convo.tags");

        // jobs run oldest first on one lane: the earlier conversation's job is done, and it did not match
        assertThat(workflows.runs(tenant.accountId(), plain)).isEmpty();
        assertThat(state(plain).get("tags")).isEqualTo(List.of());
        assertThat(pendingWorkflowJobs()).isZero();
    }

    @Test
    void an_automatic_workflow_runs_on_a_customer_reply_and_not_on_the_create() {
        Workflow workflow = automatic(Set.of(WorkflowTrigger.CUSTOMER_REPLIED), List.of(),
                new WorkflowAction.AddTags(List.of("follow-up")), new WorkflowAction.AddNote("Customer wrote again"));
        long id = conversation("Help");
        Response reply = client.post("/v2/conversations/" + id + "/customer",
                "{\"customer\":{\"email\":\"wf@example.com\"},\"text\":\"Any news?\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);

        awaitRun(id);
        assertThat(workflows.runs(tenant.accountId(), id)).singleElement().satisfies(run -> {
            assertThat(run.workflowId()).isEqualTo(workflow.id());
            assertThat(run.trigger()).isEqualTo(WorkflowTrigger.CUSTOMER_REPLIED);
        });
        Map<String, Object> after = state(id);
        assertThat(after.get("tags")).isEqualTo(List.of("follow-up"));
        assertThat(after.get("threads")).isEqualTo(List.of("note:Customer wrote again", "customer:Any news?",
                "customer:Hello"));
        assertThat(webhooks(id)).containsExactly("convo.created", "convo.customer.reply.created", "convo.tags",
                "convo.note.created");
    }

    @Test
    void a_workflows_own_changes_trigger_no_workflow_so_two_workflows_cannot_loop() {
        // each would start the other forever if workflow changes triggered workflows
        automatic(Set.of(WorkflowTrigger.TAGS_CHANGED), List.of(), new WorkflowAction.SetStatus(
                ConversationStatus.PENDING));
        automatic(Set.of(WorkflowTrigger.STATUS_CHANGED), List.of(), new WorkflowAction.AddTags(List.of("seen")));
        long id = conversation("Help");

        assertThat(client.put("/v2/conversations/" + id + "/tags", "{\"tags\":[\"x\"]}").status()).isEqualTo(204);
        awaitRun(id);
        Await.until("the job lane drained", WITHIN, () -> pendingWorkflowJobs() == 0);
        assertThat(workflows.runs(tenant.accountId(), id)).extracting(WorkflowRun::trigger)
                .containsExactly(WorkflowTrigger.TAGS_CHANGED);
        assertThat(state(id).get("status")).isEqualTo("pending");
        assertThat(state(id).get("tags")).as("the status workflow did not run").isEqualTo(List.of("x"));
    }

    @Test
    void one_change_recording_two_events_a_workflow_names_runs_it_once() {
        Workflow workflow = automatic(Set.of(WorkflowTrigger.USER_REPLIED, WorkflowTrigger.STATUS_CHANGED), List.of(),
                new WorkflowAction.AddNote("Reply sent"));
        long id = conversation("Help");
        long before = lastEvent();
        Response reply = client.post("/v2/conversations/" + id + "/reply",
                "{\"customer\":{\"email\":\"wf@example.com\"},\"text\":\"On it\",\"status\":\"pending\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(app.eventLog().after(tenant.accountId(), before, 10)).extracting(Event::type)
                .containsExactly(EventType.THREAD_REPLY_CREATED, EventType.CONVERSATION_STATUS);

        awaitRun(id);
        Await.until("the job lane drained", WITHIN, () -> pendingWorkflowJobs() == 0);
        assertThat(workflows.runs(tenant.accountId(), id)).extracting(WorkflowRun::workflowId)
                .containsExactly(workflow.id());
        assertThat(state(id).get("threads")).isEqualTo(List.of("note:Reply sent", "reply:On it", "customer:Hello"));
    }

    @Test
    void an_inactive_automatic_workflow_does_not_run() {
        Workflow off = automatic(Set.of(WorkflowTrigger.CONVERSATION_CREATED), List.of(),
                new WorkflowAction.AddTags(List.of("off")));
        workflows.setStatus(tenant.accountId(), off.id(), WorkflowStatus.INACTIVE);
        automatic(Set.of(WorkflowTrigger.CONVERSATION_CREATED), List.of(), new WorkflowAction.AddTags(
                List.of("on")));
        long id = conversation("Help");
        awaitRun(id);
        Await.until("the job lane drained", WITHIN, () -> pendingWorkflowJobs() == 0);
        assertThat(state(id).get("tags")).isEqualTo(List.of("on"));
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    /** What a run did: the conversation before and after, the events it recorded, the webhooks it queued. */
    private record Outcome(Map<String, Object> before, Map<String, Object> after, List<Event> events,
                           List<String> webhooks) {

        void changedOnly(String... keys) {
            Map<String, Object> expected = new LinkedHashMap<>(before);
            for (String key : keys) {
                expected.put(key, after.get(key));
                assertThat(after.get(key)).as(key + " changed").isNotEqualTo(before.get(key));
            }
            assertThat(after).isEqualTo(expected);
        }

        /** The actions' events, then the run's own (what the reports count), which no webhook announces. */
        void fired(List<EventType> types, List<String> names) {
            List<EventType> all = new java.util.ArrayList<>(types);
            all.add(EventType.CONVERSATION_WORKFLOW);
            assertThat(events).extracting(Event::type).containsExactlyElementsOf(all);
            assertThat(webhooks).containsExactlyElementsOf(names);
        }
    }

    private Outcome runManual(long conversationId, WorkflowAction... actions) {
        Workflow workflow = manual(actions);
        Map<String, Object> before = state(conversationId);
        long lastEvent = lastEvent();
        int deliveries = webhooks(conversationId).size();
        Response run = client.post("/v2/workflows/" + workflow.id() + "/run", "{\"conversationIds\":["
                + conversationId + "]}");
        assertThat(run.status()).as(run.toString()).isEqualTo(204);
        List<Event> events = app.eventLog().after(tenant.accountId(), lastEvent, 100);
        assertThat(events).allSatisfy(e -> assertThat(e.actorUserId()).isEqualTo(tenant.owner().id()));
        List<String> hooks = webhooks(conversationId);
        return new Outcome(before, state(conversationId), events, hooks.subList(deliveries, hooks.size()));
    }

    private Workflow manual(WorkflowAction... actions) {
        return workflows.create(tenant.accountId(), new NewWorkflow(tenant.mailbox().id(), "Manual",
                WorkflowType.MANUAL, WorkflowStatus.ACTIVE, new WorkflowDefinition(Set.of(), true, List.of(),
                List.of(actions))));
    }

    private Workflow automatic(Set<WorkflowTrigger> on, List<WorkflowCondition> conditions,
                               WorkflowAction... actions) {
        return workflows.create(tenant.accountId(), new NewWorkflow(tenant.mailbox().id(), "Automatic",
                WorkflowType.AUTOMATIC, WorkflowStatus.ACTIVE, new WorkflowDefinition(on, true, conditions,
                List.of(actions))));
    }

    private User agent() {
        return app.accounts().createUser(tenant.accountId(), "Ada", "Agent",
                "ada" + System.nanoTime() + "@wf.test", Role.USER);
    }

    private long conversation(String subject) {
        Response created = client.post("/v2/conversations", "{\"subject\":\"" + subject + "\",\"type\":\"email\","
                + "\"mailboxId\":" + tenant.mailbox().id() + ",\"status\":\"active\","
                + "\"customer\":{\"email\":\"wf@example.com\"},\"threads\":[{\"type\":\"customer\",\"text\":\"Hello\"}]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return Long.parseLong(created.header("Resource-ID"));
    }

    /** The parts of a conversation workflow actions can change, as the 2.0 API shows them. */
    private Map<String, Object> state(long id) {
        JsonNode c = client.get("/v2/conversations/" + id + "?embed=threads").json();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", c.get("status").asText());
        state.put("assignee", c.path("assignee").path("id").asLong());
        state.put("mailboxId", c.get("mailboxId").asLong());
        List<String> tags = new ArrayList<>();
        c.path("tags").forEach(t -> tags.add(t.get("tag").asText()));
        state.put("tags", tags);
        List<String> fields = new ArrayList<>();
        c.path("customFields").forEach(f -> fields.add(f.get("name").asText() + "=" + f.get("value").asText()));
        state.put("fields", fields);
        List<String> threads = new ArrayList<>();
        // the run's own line item is no change an action made (a_run_writes_a_line_item_that_changes_nothing_else)
        c.at("/_embedded/threads").forEach(t -> {
            if (!"lineitem".equals(t.get("type").asText())) {
                threads.add(t.get("type").asText() + ":" + t.get("body").asText());
            }
        });
        state.put("threads", threads);
        state.put("subject", c.get("subject").asText());
        return state;
    }

    private long lastEvent() {
        List<Event> all = app.eventLog().after(tenant.accountId(), 0, 10_000);
        return all.isEmpty() ? 0 : all.get(all.size() - 1).id();
    }

    /** The names of the webhook deliveries queued for the conversation, oldest first. */
    private List<String> webhooks(long conversationId) {
        List<Long> eventsOfConversation = app.eventLog().after(tenant.accountId(), 0, 10_000).stream()
                .filter(e -> e.subjectId() == conversationId && e.mailboxId() != null).map(Event::id).toList();
        List<Delivery> deliveries = new ArrayList<>(app.webhooks().deliveries(tenant.accountId(), subscription,
                false));
        deliveries.sort((a, b) -> Long.compare(a.id(), b.id()));
        return deliveries.stream().filter(d -> eventOf(d, eventsOfConversation)).map(Delivery::eventName).toList();
    }

    private boolean eventOf(Delivery delivery, List<Long> eventIds) {
        long eventId = app.database().withHandle(h -> h.createQuery(
                "SELECT event_id FROM webhook_deliveries WHERE id = :id").bind("id", delivery.id())
                .mapTo(Long.class).one());
        return eventIds.contains(eventId);
    }

    private void awaitRun(long conversationId) {
        Await.until("a workflow ran on " + conversationId, WITHIN,
                () -> !workflows.runs(tenant.accountId(), conversationId).isEmpty());
    }

    private long pendingWorkflowJobs() {
        return app.database().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM jobs WHERE account_id = :account"
                + " AND kind = 'workflow.run' AND status = 'pending'").bind("account", tenant.accountId())
                .mapTo(Long.class).one());
    }
}
