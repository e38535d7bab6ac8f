package io.frontdesk.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.Application;
import io.frontdesk.account.User;
import io.frontdesk.error.ApiException;
import io.frontdesk.eventlog.Event;
import io.frontdesk.eventlog.EventType;
import io.frontdesk.mailbox.FieldType;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * A merged conversation answers as the reference states: its threads are the survivor's, a GET of its id is a 301 to
 * the survivor for 60 days and a 404 after, and writes to it are 404s. (In the jobs package for its test clock.)
 */
@ParameterizedClass
@EnumSource(Backend.class)
class ConversationMergeTest {

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
        mailbox = app.mailboxes().create(owner.accountId(), "Support", "support@merge.test");
        v2 = fixture.serveV2(app, owner);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void the_merged_id_redirects_for_sixty_days_then_is_gone() {
        long source = conversation("First");
        long target = conversation("Second");
        v2.post("/v2/conversations/" + source + "/notes", "{\"text\":\"Moved along\"}");

        app.conversations().merge(owner.accountId(), source, target);

        assertThat(app.eventLog().after(owner.accountId(), 0, 100)).filteredOn(e -> e.type()
                == EventType.CONVERSATION_MERGED).extracting(Event::subjectId, e -> e.details().get("mergedFrom"))
                .containsExactly(tuple(target, Long.toString(source)));
        JsonNode survivor = v2.get("/v2/conversations/" + target + "?embed=threads").json();
        // both conversations' threads and the survivor's "Merged with" line item
        assertThat(survivor.get("threads").asInt()).isEqualTo(4);
        assertThat(survivor.at("/_embedded/threads")).hasSize(4);
        assertThat(survivor.at("/_embedded/threads/0/type").asText()).isEqualTo("lineitem");
        Response moved = v2.get("/v2/conversations/" + source + "?embed=threads");
        assertThat(moved.status()).isEqualTo(301);
        assertThat(moved.header("Location")).isEqualTo(v2.base() + "/v2/conversations/" + target + "?embed=threads");
        assertThat(v2.get("/v3/conversations/" + source).status()).isEqualTo(301);
        assertThat(v2.patch("/v2/conversations/" + source, "{\"op\":\"replace\",\"path\":\"/status\","
                + "\"value\":\"closed\"}").status()).as("writes to a merged id").isEqualTo(404);
        assertThat(v2.post("/v2/conversations/" + source + "/notes", "{\"text\":\"Late\"}").status()).isEqualTo(404);
        assertThat(v2.get("/v2/conversations?status=all").json().at("/page/totalElements").asInt()).isEqualTo(1);

        fixture.clock.advance(Duration.ofDays(59));
        Client later = fixture.serveV2(app, owner); // the first token expired 48 hours in
        assertThat(later.get("/v2/conversations/" + source).status()).isEqualTo(301);
        fixture.clock.advance(Duration.ofDays(1));
        later = fixture.serveV2(app, owner);
        assertThat(later.get("/v2/conversations/" + source).status()).isEqualTo(404);
    }

    @Test
    void the_survivor_gains_the_tags_and_field_values_it_lacks_and_keeps_its_own() {
        long region = app.mailboxFields().create(owner.accountId(), mailbox.id(), "Region", FieldType.SINGLE_LINE,
                false, 0, List.of()).id();
        long plan = app.mailboxFields().create(owner.accountId(), mailbox.id(), "Plan", FieldType.SINGLE_LINE,
                false, 1, List.of()).id();
        long source = conversation("Tagged");
        long target = conversation("Survivor");
        assertThat(v2.put("/v2/conversations/" + source + "/tags", "{\"tags\":[\"vip\",\"billing\"]}").status())
                .isEqualTo(204);
        assertThat(v2.put("/v2/conversations/" + target + "/tags", "{\"tags\":[\"billing\",\"urgent\"]}")
                .status()).isEqualTo(204);
        assertThat(v2.put("/v2/conversations/" + source + "/fields", "{\"fields\":[{\"id\":" + region
                + ",\"value\":\"EU\"},{\"id\":" + plan + ",\"value\":\"Gold\"}]}").status()).isEqualTo(204);
        assertThat(v2.put("/v2/conversations/" + target + "/fields", "{\"fields\":[{\"id\":" + plan
                + ",\"value\":\"Silver\"}]}").status()).isEqualTo(204);

        app.conversations().merge(owner.accountId(), source, target);

        JsonNode survivor = v2.get("/v2/conversations/" + target).json();
        assertThat(survivor.get("tags").findValuesAsText("tag")).containsExactlyInAnyOrder("billing", "urgent",
                "vip");
        java.util.Map<Long, String> values = new java.util.HashMap<>();
        survivor.get("customFields").forEach(f -> values.put(f.get("id").asLong(), f.get("value").asText()));
        assertThat(values).containsEntry(region, "EU").containsEntry(plan, "Silver").hasSize(2);
    }

    @Test
    void a_conversation_is_not_merged_into_itself_or_a_missing_one() {
        long source = conversation("Alone");

        assertThatThrownBy(() -> app.conversations().merge(owner.accountId(), source, source))
                .isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> app.conversations().merge(owner.accountId(), source, 999_999))
                .isInstanceOf(ApiException.class).hasMessageContaining("not found");
        assertThat(v2.get("/v2/conversations/" + source).status()).isEqualTo(200);
    }

    private long conversation(String subject) {
        Response created = v2.post("/v2/conversations", "{\"subject\":\"" + subject + "\",\"type\":\"email\","
                + "\"mailboxId\":" + mailbox.id() + ",\"status\":\"active\",\"customer\":{\"email\":\"m"
                + System.nanoTime() + "@merge.test\"},\"threads\":[{\"type\":\"customer\",\"text\":\"Hello\"}]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return Long.parseLong(created.header("Resource-ID"));
    }
}
