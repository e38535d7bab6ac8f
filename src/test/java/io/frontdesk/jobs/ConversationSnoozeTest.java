package io.frontdesk.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.Application;
import io.frontdesk.account.User;
import io.frontdesk.eventlog.Event;
import io.frontdesk.eventlog.EventDetails;
import io.frontdesk.eventlog.EventType;
import io.frontdesk.jobs.jdbc.JdbcJobStore;
import io.frontdesk.mailbox.Mailbox;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Golden;
import io.frontdesk.testing.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Snooze and "send later" wake on the server's clock: a job due at the snooze's end (or the schedule's time) runs
 * through the jobs queue, driven here by a {@link io.frontdesk.testing.ManualClock} and the worker's
 * {@code runOnce}, never by waiting.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class ConversationSnoozeTest {

    @Parameter
    Backend backend;

    private JobsFixture fixture;
    private Application app;
    private Client v2;
    private Mailbox mailbox;
    private User owner;

    @BeforeEach
    void open() {
        fixture = JobsFixture.create(backend);
        app = fixture.open();
        owner = fixture.owner(app);
        mailbox = app.mailboxes().create(owner.accountId(), "Support", "support@snooze.test");
        v2 = fixture.serveV2(app, owner);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void a_snooze_shows_on_the_conversation_and_ends_at_its_time_back_to_active() {
        long id = conversation("pending");
        Instant until = fixture.clock.instant().plus(Duration.ofHours(1));

        assertThat(snooze(id, until, false).status()).isEqualTo(204);

        Response snoozed = v2.get("/v2/conversations/" + id);
        // a fresh database: the conversation, its customer, mailbox and user are all number 1
        Golden.assertMatches(snoozed, "helpscout-v2/schedule/snoozed_conversation.json", v2.base());
        assertThat(snoozed.json().at("/snooze/snoozedUntil").asText()).isEqualTo(until.toString());
        assertThat(snoozed.json().at("/snooze/snoozedBy").asLong()).isEqualTo(owner.id());
        assertThat(snoozed.json().at("/nextEvent/eventType").asText()).isEqualTo("snooze");
        assertThat(snoozed.json().get("status").asText()).as("a snooze keeps the status").isEqualTo("pending");
        assertThat(v2.get("/v2/conversations?status=all").json().at("/_embedded/conversations/0/snooze/snoozedBy")
                .asLong()).as("lists show it too").isEqualTo(owner.id());

        assertThat(app.jobWorker().runOnce()).as("not due yet").isZero();
        fixture.clock.advance(Duration.ofMinutes(59));
        assertThat(app.jobWorker().runOnce()).as("not due yet").isZero();
        assertThat(v2.get("/v2/conversations/" + id).json().has("snooze")).isTrue();

        fixture.clock.advance(Duration.ofMinutes(1));
        assertThat(app.jobWorker().runOnce()).isEqualTo(1);

        JsonNode woken = v2.get("/v2/conversations/" + id).json();
        assertThat(woken.has("snooze")).isFalse();
        assertThat(woken.has("nextEvent")).isFalse();
        assertThat(woken.get("status").asText()).isEqualTo("active");
        // the wake-up's status change is an event like any other, with no user acting
        Event status = app.eventLog().after(owner.accountId(), 0, 100).stream()
                .filter(e -> e.type() == EventType.CONVERSATION_STATUS && e.subjectId() == id).reduce((a, b) -> b)
                .orElseThrow();
        assertThat(status.details()).containsEntry(EventDetails.FROM, "pending").containsEntry(EventDetails.TO,
                "active");
        assertThat(status.actorUserId()).isNull();
    }

    @Test
    void a_second_snooze_replaces_the_first_whose_job_then_does_nothing() {
        long id = conversation("closed");
        Instant first = fixture.clock.instant().plus(Duration.ofHours(1));
        Instant second = fixture.clock.instant().plus(Duration.ofHours(3));
        assertThat(snooze(id, first, false).status()).isEqualTo(204);
        assertThat(snooze(id, second, true).status()).isEqualTo(204);

        fixture.clock.advance(Duration.ofHours(2));
        assertThat(app.jobWorker().runOnce()).as("the first snooze's job runs and finds it replaced").isEqualTo(1);
        JsonNode still = v2.get("/v2/conversations/" + id).json();
        assertThat(still.at("/snooze/snoozedUntil").asText()).isEqualTo(second.toString());
        assertThat(still.at("/snooze/unsnoozeOnCustomerReply").asBoolean()).isTrue();
        assertThat(still.get("status").asText()).isEqualTo("closed");

        fixture.clock.advance(Duration.ofHours(1));
        assertThat(app.jobWorker().runOnce()).isEqualTo(1);
        assertThat(v2.get("/v2/conversations/" + id).json().get("status").asText()).isEqualTo("active");
    }

    @Test
    void delete_ends_the_snooze_at_once_and_the_pending_job_then_changes_nothing() {
        long id = conversation("pending");
        assertThat(snooze(id, fixture.clock.instant().plus(Duration.ofHours(1)), false).status()).isEqualTo(204);

        assertThat(v2.delete("/v2/conversations/" + id + "/snooze").status()).isEqualTo(204);

        JsonNode woken = v2.get("/v2/conversations/" + id).json();
        assertThat(woken.has("snooze")).isFalse();
        assertThat(woken.get("status").asText()).isEqualTo("active");
        assertThat(v2.patch("/v2/conversations/" + id, "{\"op\":\"replace\",\"path\":\"/status\",\"value\":\"closed\"}")
                .status()).isEqualTo(204);
        fixture.clock.advance(Duration.ofHours(2));
        assertThat(app.jobWorker().runOnce()).isEqualTo(1);
        assertThat(v2.get("/v2/conversations/" + id).json().get("status").asText())
                .as("the job of a removed snooze reopens nothing").isEqualTo("closed");
        assertThat(v2.delete("/v2/conversations/" + id + "/snooze").status()).as("not snoozed: nothing to do")
                .isEqualTo(204);
    }

    @Test
    void a_customer_reply_ends_a_snooze_that_asks_for_it_and_only_that_one() {
        long asks = conversation("pending");
        long ignores = conversation("pending");
        Instant until = fixture.clock.instant().plus(Duration.ofHours(1));
        snooze(asks, until, true);
        snooze(ignores, until, false);

        customerReply(asks);
        customerReply(ignores);

        assertThat(v2.get("/v2/conversations/" + asks).json().has("snooze")).isFalse();
        assertThat(v2.get("/v2/conversations/" + ignores).json().has("snooze")).isTrue();
    }

    @Test
    void bad_snoozes_are_refused_with_the_field_and_change_nothing() {
        long id = conversation("pending");
        Instant now = fixture.clock.instant();

        assertField(snooze(id, now.minusSeconds(1), false), "snoozedUntil");
        assertField(snooze(id, now, false), "snoozedUntil");
        assertField(snooze(id, Instant.parse("2101-01-01T00:00:00Z"), false), "snoozedUntil");
        assertField(v2.put("/v2/conversations/" + id + "/snooze", "{\"unsnoozeOnCustomerReply\":true}"),
                "snoozedUntil");
        assertField(v2.put("/v2/conversations/" + id + "/snooze", "{\"snoozedUntil\":\"tomorrow\","
                + "\"unsnoozeOnCustomerReply\":true}"), "snoozedUntil");
        assertField(v2.put("/v2/conversations/" + id + "/snooze", "{\"snoozedUntil\":\""
                + now.plusSeconds(60) + "\"}"), "unsnoozeOnCustomerReply");
        assertThat(snooze(999_999, now.plusSeconds(60), false).status()).isEqualTo(404);

        assertThat(v2.get("/v2/conversations/" + id).json().has("snooze")).isFalse();
        assertThat(app.jobs().list(owner.accountId())).extracting(JdbcJobStore.Row::kind)
                .doesNotContain(JobKind.CONVERSATION_WAKE.stored());
    }

    @Test
    void a_scheduled_draft_reply_is_sent_at_its_time() {
        long id = conversation("active");
        long customer = v2.get("/v2/conversations/" + id).json().at("/primaryCustomer/id").asLong();
        Response draft = v2.post("/v2/conversations/" + id + "/reply", "{\"customer\":{\"id\":" + customer
                + "},\"text\":\"Later\",\"draft\":true}");
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        long threadId = Long.parseLong(draft.header("Resource-ID"));
        String schedule = "/v2/conversations/" + id + "/threads/" + threadId + "/schedule";
        Instant at = fixture.clock.instant().plus(Duration.ofHours(2));

        Response put = v2.put(schedule, "{\"scheduledFor\":\"" + at + "\",\"unscheduleOnCustomerReply\":false,"
                + "\"sendAsCreator\":true}");
        assertThat(put.status()).as(put.toString()).isEqualTo(204);

        JsonNode thread = v2.get("/v2/conversations/" + id + "/threads").json().at("/_embedded/threads/0");
        assertThat(thread.at("/scheduled/scheduledFor").asText()).isEqualTo(at.toString());
        assertThat(thread.get("state").asText()).isEqualTo("draft");
        assertThat(v2.get("/v2/conversations/" + id).json().at("/nextEvent/eventType").asText())
                .isEqualTo("schedule");

        fixture.clock.advance(Duration.ofHours(2));
        assertThat(app.jobWorker().runOnce()).isEqualTo(1);

        JsonNode sent = v2.get("/v2/conversations/" + id + "/threads").json().at("/_embedded/threads/0");
        assertThat(sent.get("id").asLong()).isEqualTo(threadId);
        assertThat(sent.get("state").asText()).isEqualTo("published");
        assertThat(sent.has("scheduled")).isFalse();
        assertThat(v2.get("/v2/conversations/" + id).json().has("nextEvent")).isFalse();
    }

    @Test
    void an_unscheduled_draft_stays_a_draft_and_patch_sends_it_now() {
        long id = conversation("active");
        long customer = v2.get("/v2/conversations/" + id).json().at("/primaryCustomer/id").asLong();
        long threadId = Long.parseLong(v2.post("/v2/conversations/" + id + "/reply", "{\"customer\":{\"id\":"
                + customer + "},\"text\":\"Later\",\"draft\":true}").header("Resource-ID"));
        String schedule = "/v2/conversations/" + id + "/threads/" + threadId + "/schedule";
        Instant at = fixture.clock.instant().plus(Duration.ofHours(1));
        assertThat(v2.put(schedule, "{\"scheduledFor\":\"" + at + "\",\"unscheduleOnCustomerReply\":true}")
                .status()).isEqualTo(204);
        assertThat(v2.delete(schedule).status()).isEqualTo(204);
        fixture.clock.advance(Duration.ofHours(2));
        assertThat(app.jobWorker().runOnce()).isEqualTo(1);
        assertThat(v2.get("/v2/conversations/" + id + "/threads").json().at("/_embedded/threads/0/state").asText())
                .isEqualTo("draft");

        Response bad = v2.patch(schedule, "{\"op\":\"replace\",\"path\":\"/state\",\"value\":\"draft\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(v2.patch(schedule, "{\"op\":\"replace\",\"path\":\"/state\",\"value\":\"published\"}").status())
                .isEqualTo(204);
        assertThat(v2.get("/v2/conversations/" + id + "/threads").json().at("/_embedded/threads/0/state").asText())
                .isEqualTo("published");
        assertThat(v2.put(schedule, "{\"scheduledFor\":\"" + fixture.clock.instant().plusSeconds(3600)
                + "\",\"unscheduleOnCustomerReply\":true}").status()).as("only drafts are scheduled").isEqualTo(400);
    }

    private long conversation(String status) {
        Response created = v2.post("/v2/conversations", "{\"subject\":\"Snooze\",\"type\":\"email\",\"mailboxId\":"
                + mailbox.id() + ",\"status\":\"" + status + "\",\"customer\":{\"email\":\"c"
                + System.nanoTime() + "@snooze.test\"},\"threads\":[{\"type\":\"customer\",\"text\":\"Hello\"}]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return Long.parseLong(created.header("Resource-ID"));
    }

    private void customerReply(long id) {
        long customer = v2.get("/v2/conversations/" + id).json().at("/primaryCustomer/id").asLong();
        assertThat(v2.post("/v2/conversations/" + id + "/customer", "{\"customer\":{\"id\":" + customer
                + "},\"text\":\"Any news?\"}").status()).isEqualTo(201);
    }

    private Response snooze(long id, Instant until, boolean onReply) {
        return v2.put("/v2/conversations/" + id + "/snooze", "{\"snoozedUntil\":\"" + until
                + "\",\"unsnoozeOnCustomerReply\":" + onReply + "}");
    }

    private static void assertField(Response response, String path) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().at("/_embedded/errors/0/path").asText()).isEqualTo(path);
    }
}
