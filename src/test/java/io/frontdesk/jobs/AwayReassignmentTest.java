package io.frontdesk.jobs;

import io.frontdesk.Application;
import io.frontdesk.account.Role;
import io.frontdesk.account.User;
import io.frontdesk.eventlog.Event;
import io.frontdesk.eventlog.EventDetails;
import io.frontdesk.eventlog.EventType;
import io.frontdesk.mailbox.Mailbox;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Help Scout's conversation reassignment (§2.6): a user away for the delay of their setting loses their open
 * conversations to the mailbox's routing, on the server's clock (a {@link io.frontdesk.testing.ManualClock} and the job
 * worker's {@code runOnce} here, never a wait).
 */
@ParameterizedClass
@EnumSource(Backend.class)
class AwayReassignmentTest {

    @Parameter
    Backend backend;

    private JobsFixture fixture;
    private Application app;
    private Client v2;
    private Mailbox mailbox;
    private User owner;
    private User ann;

    @BeforeEach
    void open() {
        fixture = JobsFixture.create(backend);
        app = fixture.open();
        owner = fixture.owner(app);
        mailbox = app.mailboxes().create(owner.accountId(), "Support", "support@away.test");
        ann = app.accounts().createUser(owner.accountId(), "Ann", "Away", "ann@away.test", Role.USER);
        v2 = fixture.serveV2(app, owner);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void after_the_delay_an_away_users_open_conversations_go_to_routing_and_closed_ones_stay() {
        assertThat(v2.put("/v2/mailboxes/" + mailbox.id() + "/routing", "{\"state\":\"enabled\","
                + "\"assignmentLimit\":100,\"assignmentMethod\":\"balanced\",\"userIds\":[" + ann.id() + ","
                + owner.id() + "]}").status()).isEqualTo(204);
        long active = conversation("active", ann.id());
        long pending = conversation("pending", ann.id());
        long closed = conversation("closed", ann.id());
        assertThat(v2.put("/v2/users/" + ann.id() + "/conversation-reassignment",
                "{\"enabled\":true,\"awayDuration\":{\"hours\":1,\"minutes\":30}}").status()).isEqualTo(204);

        assertThat(v2.put("/v2/users/" + ann.id() + "/status", "{\"status\":\"away\"}").status()).isEqualTo(204);
        fixture.clock.advance(Duration.ofMinutes(89));
        assertThat(app.jobWorker().runOnce()).as("not due yet").isZero();
        assertThat(assignee(active)).isEqualTo(ann.id());

        fixture.clock.advance(Duration.ofMinutes(1));
        assertThat(app.jobWorker().runOnce()).isEqualTo(1);

        // Ann is away, so routing's only eligible user takes them
        assertThat(assignee(active)).isEqualTo(owner.id());
        assertThat(assignee(pending)).isEqualTo(owner.id());
        assertThat(assignee(closed)).as("a closed conversation keeps who handled it").isEqualTo(ann.id());
        List<Event> moves = app.eventLog().after(owner.accountId(), 0, 100).stream()
                .filter(e -> e.type() == EventType.CONVERSATION_ASSIGNED).toList();
        assertThat(moves).extracting(Event::subjectId).containsExactly(active, pending);
        assertThat(moves).allSatisfy(e -> assertThat(e.details()).containsEntry(EventDetails.FROM,
                Long.toString(ann.id())).containsEntry(EventDetails.TO, Long.toString(owner.id())));
    }

    @Test
    void without_routing_they_become_unassigned_and_the_setting_can_come_after_going_away() {
        long active = conversation("active", ann.id());
        assertThat(v2.put("/v2/users/" + ann.id() + "/status", "{\"status\":\"away\"}").status()).isEqualTo(204);
        fixture.clock.advance(Duration.ofHours(3));
        assertThat(app.jobWorker().runOnce()).as("reassignment is off: nothing queued").isZero();

        // switched on after three hours away with a delay of two: due at once
        assertThat(v2.put("/v2/users/" + ann.id() + "/conversation-reassignment",
                "{\"enabled\":true,\"awayDuration\":{\"hours\":2,\"minutes\":0}}").status()).isEqualTo(204);
        assertThat(app.jobWorker().runOnce()).isEqualTo(1);

        assertThat(v2.get("/v2/conversations/" + active).json().has("assignee")).isFalse();
    }

    @Test
    void a_user_back_before_the_delay_keeps_the_conversations() {
        long active = conversation("active", ann.id());
        assertThat(v2.put("/v2/users/" + ann.id() + "/conversation-reassignment",
                "{\"enabled\":true,\"awayDuration\":{\"hours\":0,\"minutes\":30}}").status()).isEqualTo(204);
        assertThat(v2.put("/v2/users/" + ann.id() + "/status", "{\"status\":\"away\"}").status()).isEqualTo(204);
        fixture.clock.advance(Duration.ofMinutes(10));
        assertThat(v2.put("/v2/users/" + ann.id() + "/status", "{\"status\":\"active\"}").status()).isEqualTo(204);

        fixture.clock.advance(Duration.ofHours(1));
        assertThat(app.jobWorker().runOnce()).as("the job ran and found her back").isEqualTo(1);

        assertThat(assignee(active)).isEqualTo(ann.id());
    }

    private long assignee(long conversationId) {
        return v2.get("/v2/conversations/" + conversationId).json().at("/assignee/id").asLong();
    }

    private long conversation(String status, long assignee) {
        Response created = v2.post("/v2/conversations", "{\"subject\":\"Away\",\"type\":\"email\",\"mailboxId\":"
                + mailbox.id() + ",\"status\":\"" + status + "\",\"assignTo\":" + assignee
                + ",\"customer\":{\"email\":\"c" + System.nanoTime() + "@away.test\"},"
                + "\"threads\":[{\"type\":\"customer\",\"text\":\"Hello\"}]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return Long.parseLong(created.header("Resource-ID"));
    }
}
