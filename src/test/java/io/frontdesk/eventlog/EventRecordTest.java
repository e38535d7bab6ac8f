package io.frontdesk.eventlog;

import io.frontdesk.account.Role;
import io.frontdesk.account.User;
import io.frontdesk.eventlog.jdbc.JdbcEventStore;
import io.frontdesk.mailbox.Mailbox;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every core change records its event exactly once, whichever dialect made it, in the change's transaction: read
 * back through the event log on each database. Each test owns its account, so its events are all it sees.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class EventRecordTest {

    @Parameter
    Backend backend;

    Tenant tenant;
    EventLog log;

    @BeforeEach
    void setUp() {
        tenant = backend.tenant();
        log = tenant.server().app().eventLog();
    }

    private List<Event> events() {
        return log.after(tenant.accountId(), 0, 1000);
    }

    private List<Event> events(EventType type) {
        return events().stream().filter(e -> e.type() == type).toList();
    }

    private List<EventType> types() {
        return events().stream().map(Event::type).toList();
    }

    private static long created(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        String id = response.header("Resource-ID");
        return id != null ? Long.parseLong(id) : response.locationId();
    }

    private long conversation(String email) {
        return created(tenant.v2().post("/v2/conversations", "{\"subject\":\"Help\",\"type\":\"email\",\"mailboxId\":"
                + tenant.mailbox().id() + ",\"status\":\"active\",\"customer\":{\"email\":\"" + email + "\"},"
                + "\"threads\":[{\"type\":\"customer\",\"text\":\"Hello\"}]}"));
    }

    @Test
    void a_customer_created_through_each_dialect_records_one_customer_created() {
        long viaV2 = created(tenant.v2().post("/v2/customers", "{\"firstName\":\"Vera\","
                + "\"emails\":[{\"type\":\"work\",\"value\":\"vera@example.com\"}]}"));
        long viaV1 = created(tenant.v1().post("/v1/customers.json", "{\"firstName\":\"Victor\",\"lastName\":\"V\","
                + "\"emails\":[{\"location\":\"work\",\"value\":\"victor@example.com\"}]}"));
        Response hc = tenant.hc().post("/customers", "{\"name\":\"Hanna\",\"email\":\"hanna@example.com\"}");
        assertThat(hc.status()).as(hc.toString()).isEqualTo(201);
        long viaHc = hc.json().get("id").asLong();

        assertThat(types()).containsExactly(EventType.CUSTOMER_CREATED, EventType.CUSTOMER_CREATED,
                EventType.CUSTOMER_CREATED);
        assertThat(events()).extracting(Event::subjectId).containsExactly(viaV2, viaV1, viaHc);
        assertThat(new JdbcEventStore(tenant.server().app().database()).ofType(tenant.accountId(),
                EventType.CUSTOMER_CREATED)).extracting(Event::subjectId).containsExactly(viaV2, viaV1, viaHc);
        assertThat(events()).allSatisfy(e -> {
            assertThat(e.accountId()).isEqualTo(tenant.accountId());
            assertThat(e.actorUserId()).isEqualTo(tenant.owner().id());
            assertThat(e.mailboxId()).isNull();
            assertThat(e.occurredAt()).isNotNull();
        });
    }

    @Test
    void a_conversation_for_a_new_email_records_the_customer_then_the_conversation() {
        long id = conversation("new-person@example.com");

        assertThat(types()).containsExactly(EventType.CUSTOMER_CREATED, EventType.CONVERSATION_CREATED);
        Event created = events(EventType.CONVERSATION_CREATED).get(0);
        assertThat(created.subjectId()).isEqualTo(id);
        assertThat(created.mailboxId()).isEqualTo(tenant.mailbox().id());
        assertThat(created.actorUserId()).isEqualTo(tenant.owner().id());
        assertThat(created.details()).containsEntry(EventDetails.CONVERSATION_TYPE, "email");
    }

    @Test
    void each_conversation_change_through_v2_records_its_event_with_from_and_to() {
        Client v2 = tenant.v2();
        long id = conversation("changes@example.com");
        String path = "/v2/conversations/" + id;
        User agent = tenant.server().app().accounts().createUser(tenant.accountId(), "Ada", "Agent",
                "ada" + tenant.accountId() + "@example.com", Role.USER);
        Mailbox other = tenant.server().app().mailboxes().create(tenant.accountId(), "Sales",
                "sales" + tenant.accountId() + "@example.com");
        long before = last();

        assertThat(v2.patch(path, "{\"op\":\"replace\",\"path\":\"/status\",\"value\":\"closed\"}").status())
                .isEqualTo(204);
        assertThat(v2.patch(path, "{\"op\":\"replace\",\"path\":\"/assignTo\",\"value\":" + agent.id() + "}")
                .status()).isEqualTo(204);
        assertThat(v2.patch(path, "{\"op\":\"replace\",\"path\":\"/mailboxId\",\"value\":" + other.id() + "}")
                .status()).isEqualTo(204);
        assertThat(v2.put(path + "/tags", "{\"tags\":[\"urgent\"]}").status()).isEqualTo(204);
        assertThat(v2.put(path + "/fields", "{\"fields\":[]}").status()).isEqualTo(204);

        List<Event> changes = log.after(tenant.accountId(), before, 100);
        assertThat(changes).extracting(Event::type).containsExactly(EventType.CONVERSATION_STATUS,
                EventType.CONVERSATION_ASSIGNED, EventType.CONVERSATION_MOVED, EventType.TAG_CREATED,
                EventType.CONVERSATION_TAGS, EventType.CONVERSATION_CUSTOM_FIELDS);
        assertThat(changes.get(0).details()).containsEntry(EventDetails.FROM, "active")
                .containsEntry(EventDetails.TO, "closed");
        assertThat(changes.get(1).details()).containsEntry(EventDetails.FROM, "")
                .containsEntry(EventDetails.TO, Long.toString(agent.id()));
        assertThat(changes.get(2).details()).containsEntry(EventDetails.FROM, Long.toString(tenant.mailbox().id()))
                .containsEntry(EventDetails.TO, Long.toString(other.id()));
        assertThat(changes.get(2).mailboxId()).isEqualTo(other.id());
        assertThat(changes.get(4).mailboxId()).isEqualTo(other.id());
        assertThat(changes).allSatisfy(e -> assertThat(e.actorUserId()).isEqualTo(tenant.owner().id()));

        assertThat(v2.put(path + "/tags", "{\"tags\":[\"urgent\"]}").status()).isEqualTo(204);
        assertThat(events(EventType.TAG_CREATED)).hasSize(1);
        assertThat(events(EventType.CONVERSATION_TAGS)).hasSize(2);

        assertThat(v2.delete(path).status()).isEqualTo(204);
        assertThat(events(EventType.CONVERSATION_DELETED)).singleElement()
                .satisfies(e -> assertThat(e.subjectId()).isEqualTo(id));
    }

    @Test
    void threads_record_their_kind_and_a_draft_records_only_when_published() {
        Client v2 = tenant.v2();
        long id = conversation("threads@example.com");
        String path = "/v2/conversations/" + id;
        long before = last();

        long customerThread = created(v2.post(path + "/customer", "{\"customer\":{\"email\":\"threads@example.com\"},"
                + "\"text\":\"More\"}"));
        long note = created(v2.post(path + "/notes", "{\"text\":\"Internal\"}"));
        long reply = created(v2.post(path + "/reply", "{\"customer\":{\"email\":\"threads@example.com\"},"
                + "\"text\":\"Hi\",\"status\":\"pending\"}"));
        long draft = created(v2.post(path + "/reply", "{\"customer\":{\"email\":\"threads@example.com\"},"
                + "\"text\":\"Later\",\"draft\":true}"));
        List<Event> added = log.after(tenant.accountId(), before, 100);
        assertThat(added).extracting(Event::type).containsExactly(EventType.THREAD_CUSTOMER_CREATED,
                EventType.THREAD_NOTE_CREATED, EventType.THREAD_REPLY_CREATED, EventType.CONVERSATION_STATUS);
        assertThat(added).extracting(Event::threadId).containsExactly(customerThread, note, reply, null);
        assertThat(added).allSatisfy(e -> assertThat(e.mailboxId()).isEqualTo(tenant.mailbox().id()));

        long beforePublish = last();
        Mailbox other = tenant.server().app().mailboxes().create(tenant.accountId(), "Drafts",
                "drafts" + tenant.accountId() + "@example.com");
        // published and moved in one request: the reply's event names the mailbox it is in now
        assertThat(v2.patch(path, "[{\"op\":\"replace\",\"path\":\"/draft\",\"value\":false},"
                + "{\"op\":\"replace\",\"path\":\"/mailboxId\",\"value\":" + other.id() + "}]").status())
                .isEqualTo(204);
        assertThat(log.after(tenant.accountId(), beforePublish, 100)).extracting(Event::type, Event::threadId,
                        Event::mailboxId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(EventType.THREAD_REPLY_CREATED, draft, other.id()),
                        org.assertj.core.groups.Tuple.tuple(EventType.CONVERSATION_MOVED, null, other.id()));
    }

    @Test
    void a_customer_update_records_what_changed_with_the_new_flags_and_emails() {
        Response hc = tenant.hc().post("/customers", "{\"name\":\"Paul\",\"email\":\"paul@example.com\"}");
        long id = hc.json().get("id").asLong();
        long before = last();

        Response updated = tenant.hc().patch("/customers/" + id, "{\"email\":\"paul2@example.com\","
                + "\"unsubscribed\":true}");
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(tenant.v2().patch("/v2/customers/" + id, "[{\"op\":\"replace\",\"path\":\"/firstName\","
                + "\"value\":\"Pablo\"}]").status()).isEqualTo(204);
        // the same value again changes nothing, and records nothing
        assertThat(tenant.v2().patch("/v2/customers/" + id, "[{\"op\":\"replace\",\"path\":\"/firstName\","
                + "\"value\":\"Pablo\"}]").status()).isEqualTo(204);

        List<Event> updates = log.after(tenant.accountId(), before, 100);
        assertThat(updates).extracting(Event::type).containsOnly(EventType.CUSTOMER_UPDATED).hasSize(2);
        assertThat(updates.get(0).details()).containsEntry(EventDetails.CHANGED, "emails,unsubscribed")
                .containsEntry(EventDetails.UNSUBSCRIBED, "true")
                .containsEntry(EventDetails.OLD_EMAIL, "paul@example.com")
                .containsEntry(EventDetails.NEW_EMAIL, "paul2@example.com")
                .doesNotContainKey(EventDetails.BLOCKED);
        assertThat(updates.get(1).details()).containsEntry(EventDetails.CHANGED, "name");
    }

    @Test
    void a_customer_tagged_through_helpcrunch_records_the_new_tag_once() {
        long id = tenant.hc().post("/customers", "{\"name\":\"Tia\",\"email\":\"tia@example.com\"}").json()
                .get("id").asLong();
        assertThat(tenant.hc().put("/customers/" + id + "/tags", "{\"tags\":[{\"name\":\"Lead\"}]}").status())
                .isEqualTo(200);
        assertThat(tenant.hc().put("/customers/" + id + "/tags", "{\"tags\":[{\"name\":\"Lead\"}]}").status())
                .isEqualTo(200);

        assertThat(types()).containsExactly(EventType.CUSTOMER_CREATED, EventType.TAG_CREATED,
                EventType.CUSTOMER_UPDATED);
        assertThat(events(EventType.CUSTOMER_UPDATED).get(0).details()).containsEntry(EventDetails.CHANGED, "tags");
    }

    @Test
    void deletes_record_once_through_helpcrunch_and_through_the_async_v2_path() {
        long viaHc = tenant.hc().post("/customers", "{\"name\":\"Del\",\"email\":\"del@example.com\"}").json()
                .get("id").asLong();
        long viaV2 = created(tenant.v2().post("/v2/customers", "{\"firstName\":\"Async\"}"));

        assertThat(tenant.hc().delete("/customers/" + viaHc).status()).isBetween(200, 204);
        assertThat(tenant.v2().delete("/v2/customers/" + viaV2 + "?async=true").status()).isEqualTo(202);
        assertThat(tenant.hc().delete("/customers/" + viaHc).status()).isEqualTo(404);

        assertThat(events(EventType.CUSTOMER_DELETED)).extracting(Event::subjectId).containsExactly(viaHc, viaV2);
    }

    @Test
    void a_rejected_request_records_nothing() {
        created(tenant.v2().post("/v2/customers",
                "{\"emails\":[{\"type\":\"work\",\"value\":\"taken@example.com\"}]}"));
        long id = conversation("taken@example.com");
        long before = last();

        assertThat(tenant.v2().post("/v2/customers", "{\"firstName\":\"Dup\","
                + "\"emails\":[{\"type\":\"work\",\"value\":\"taken@example.com\"}]}").status()).isEqualTo(409);
        // the status applies first, then the unknown assignee refuses the whole patch
        assertThat(tenant.v2().patch("/v2/conversations/" + id, "[{\"op\":\"replace\",\"path\":\"/status\","
                + "\"value\":\"closed\"},{\"op\":\"replace\",\"path\":\"/assignTo\",\"value\":999999999}]").status())
                .isEqualTo(400);
        // the new customer is created (and recorded), then the thread's unknown user refuses the request
        assertThat(tenant.v2().post("/v2/conversations", "{\"subject\":\"x\",\"type\":\"email\",\"mailboxId\":"
                + tenant.mailbox().id() + ",\"status\":\"active\",\"customer\":{\"email\":\"fresh@example.com\"},"
                + "\"threads\":[{\"type\":\"note\",\"text\":\"Hi\",\"user\":999999999}]}").status())
                .isEqualTo(400);
        // HelpCrunch's batch is all or nothing: the first update applied and recorded, then rolled back
        long paul = tenant.hc().post("/customers", "{\"name\":\"Paul\",\"email\":\"pb@example.com\"}").json()
                .get("id").asLong();
        long afterPaul = last();
        assertThat(tenant.hc().put("/customers/batch", "[{\"customer\":" + paul + ",\"blocked\":true},"
                + "{\"customer\":999999999,\"blocked\":true}]").status()).isBetween(400, 404);

        assertThat(log.after(tenant.accountId(), before, 100)).extracting(Event::type)
                .containsExactly(EventType.CUSTOMER_CREATED);
        assertThat(last()).isEqualTo(afterPaul);
    }

    @Test
    void an_accounts_events_go_with_it_and_details_come_back_as_written() {
        created(tenant.v2().post("/v2/customers", "{\"firstName\":\"Gone\"}"));
        Map<String, String> odd = Map.of("a&b", "x=y&z", "ü", "100% ✓", "empty", "");
        tenant.server().app().database().run(() -> log.record(tenant.accountId(), EventType.TAG_UPDATED, 7, null,
                odd));
        assertThat(events(EventType.TAG_UPDATED)).singleElement().satisfies(e -> assertThat(e.details())
                .isEqualTo(odd));

        tenant.server().app().database().withHandle(h -> h.execute("DELETE FROM accounts WHERE id = ?",
                tenant.accountId()));
        assertThat(events()).isEmpty();
    }

    private long last() {
        List<Event> all = events();
        return all.isEmpty() ? 0 : all.get(all.size() - 1).id();
    }
}
