package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.conversation.RatingLevel;
import io.frontdesk.error.ApiException;
import io.frontdesk.eventlog.Event;
import io.frontdesk.eventlog.EventType;
import io.frontdesk.rating.NewRating;
import io.frontdesk.rating.RatingService;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Golden;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static io.frontdesk.helpscout.v2.V2Support.assertNotFound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Ratings of replies (reference §8): recorded by the core service the command line calls, read with
 * `GET /v2/ratings/{id}`, shown on the rated thread and recorded as the conversation's CONVERSATION_RATED event.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class V2RatingTest {

    @Parameter
    Backend backend;

    Tenant tenant;
    Client client;
    RatingService ratings;
    long conversation;
    long customerThread;
    long reply;

    @BeforeEach
    void setUp() {
        tenant = backend.tenant();
        client = tenant.v2();
        ratings = tenant.server().app().ratings();
        Response created = client.post("/v2/conversations", "{\"subject\":\"Rate me\",\"type\":\"email\","
                + "\"mailboxId\":" + tenant.mailbox().id() + ",\"status\":\"active\",\"customer\":{\"email\":"
                + "\"happy@customer.test\",\"firstName\":\"Happy\",\"lastName\":\"Customer\"},"
                + "\"threads\":[{\"type\":\"customer\",\"text\":\"Help\"}]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        conversation = Long.parseLong(created.header("Resource-ID"));
        customerThread = client.get("/v2/conversations/" + conversation + "/threads").json()
                .at("/_embedded/threads/0/id").asLong();
        Response replied = client.post("/v2/conversations/" + conversation + "/reply",
                "{\"customer\":{\"email\":\"happy@customer.test\"},\"text\":\"Done!\"}");
        assertThat(replied.status()).as(replied.toString()).isEqualTo(201);
        reply = Long.parseLong(replied.header("Resource-ID"));
    }

    private long rate(RatingLevel level, String comments) {
        return ratings.rate(tenant.accountId(), new NewRating(conversation, reply, level, comments));
    }

    @Test
    void a_rating_reads_as_the_reference_object_and_on_its_thread() {
        long id = rate(RatingLevel.GREAT, "Well done!");

        Response one = client.get("/v2/ratings/" + id);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.header("Content-Type")).isEqualTo(V2Support.HAL);
        JsonNode body = one.json();
        assertThat(body.get("id").asLong()).isEqualTo(id);
        assertThat(body.get("threadId").asLong()).isEqualTo(reply);
        assertThat(body.get("conversationId").asLong()).isEqualTo(conversation);
        assertThat(body.get("mailboxId").asLong()).isEqualTo(tenant.mailbox().id());
        assertThat(body.at("/user/id").asLong()).isEqualTo(tenant.owner().id());
        Golden.assertMatches(stable(one.body(), id, body), "helpscout-v2/ratings/one.json", client.base());

        JsonNode thread = client.get("/v2/conversations/" + conversation + "/threads/" + reply).json();
        assertThat(thread.get("rating").toString()).isEqualTo("{\"customerId\":" + body.at("/customer/id").asLong()
                + ",\"rating\":\"great\",\"comments\":\"Well done!\"}");
        JsonNode embedded = client.get("/v2/conversations/" + conversation + "?embed=threads").json()
                .at("/_embedded/threads");
        // decision 12.8: an unrated thread has no `rating` key at all, not a null one
        embedded.forEach(t -> assertThat(t.has("rating")).isEqualTo(t.get("id").asLong() == reply));
    }

    @Test
    void rating_again_changes_the_rating_and_each_is_recorded_as_an_event() {
        long first = rate(RatingLevel.GREAT, null);
        long again = rate(RatingLevel.NOT_GOOD, "  Too slow  ");

        assertThat(again).isEqualTo(first);
        JsonNode body = client.get("/v2/ratings/" + first).json();
        assertThat(body.get("rating").asText()).isEqualTo("not_good");
        assertThat(body.get("comments").asText()).isEqualTo("Too slow");
        List<Event> rated = tenant.server().app().eventLog().after(tenant.accountId(), 0, 1000).stream()
                .filter(e -> e.type() == EventType.CONVERSATION_RATED).toList();
        assertThat(rated).hasSize(2);
        assertThat(rated).allSatisfy(e -> {
            assertThat(e.subjectId()).isEqualTo(conversation);
            assertThat(e.threadId()).isEqualTo(reply);
            assertThat(e.mailboxId()).isEqualTo(tenant.mailbox().id());
            assertThat(e.actorUserId()).isNull();
            assertThat(e.details()).containsEntry("ratingId", Long.toString(first));
        });
        assertThat(rated.get(0).details()).containsEntry("to", "great");
        assertThat(rated.get(1).details()).containsEntry("to", "not_good");
    }

    @Test
    void only_a_published_reply_of_the_account_can_be_rated_and_a_refusal_records_nothing() {
        assertThatThrownBy(() -> ratings.rate(tenant.accountId(),
                new NewRating(conversation, customerThread, RatingLevel.OKAY, null)))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.errors().get(0).path()).isEqualTo("threadId"));
        assertThatThrownBy(() -> rate(RatingLevel.OKAY, "x".repeat(RatingService.COMMENTS + 1)))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.errors().get(0).path()).isEqualTo("comments"));
        assertThatThrownBy(() -> ratings.rate(tenant.accountId(),
                new NewRating(conversation, 999_999_999L, RatingLevel.OKAY, null)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getMessage()).contains("not found"));
        Tenant stranger = backend.tenant();
        assertThatThrownBy(() -> ratings.rate(stranger.accountId(),
                new NewRating(conversation, reply, RatingLevel.OKAY, null)))
                .isInstanceOf(ApiException.class);
        assertThat(tenant.server().app().eventLog().after(tenant.accountId(), 0, 1000).stream()
                .filter(e -> e.type() == EventType.CONVERSATION_RATED)).isEmpty();
    }

    @Test
    void unknown_and_other_accounts_ratings_are_404() {
        long id = rate(RatingLevel.OKAY, null);
        assertNotFound(client.get("/v2/ratings/999999999"));
        assertNotFound(client.get("/v2/ratings/abc"));
        assertNotFound(backend.tenant().v2().get("/v2/ratings/" + id));
        assertThat(client.withoutAuth().get("/v2/ratings/" + id).status()).isEqualTo(401);
    }

    @Test
    void the_level_is_read_in_every_spelling_the_vendor_uses() {
        assertThat(RatingLevel.parse("Great")).contains(RatingLevel.GREAT);
        assertThat(RatingLevel.parse("ok")).contains(RatingLevel.OKAY);
        assertThat(RatingLevel.parse("not-good")).contains(RatingLevel.NOT_GOOD);
        assertThat(RatingLevel.parse("Bad")).contains(RatingLevel.NOT_GOOD);
        assertThat(RatingLevel.parse("3")).contains(RatingLevel.NOT_GOOD);
        assertThat(RatingLevel.parse("meh")).isEmpty();
    }

    /** Ids in hrefs named, so the golden file spells out every link. */
    private String stable(String body, long id, JsonNode json) {
        return body.replace("/v2/ratings/" + id + "\"", "/v2/ratings/<id>\"")
                .replace("/v2/conversations/" + conversation + "\"", "/v2/conversations/<conversation>\"")
                .replace("/v2/mailboxes/" + tenant.mailbox().id() + "\"", "/v2/mailboxes/<mailbox>\"")
                .replace("/v2/customers/" + json.at("/customer/id").asLong() + "\"", "/v2/customers/<customer>\"")
                .replace("/v2/users/" + tenant.owner().id() + "\"", "/v2/users/<user>\"")
                .replace(tenant.owner().email(), "owner@tenant.test");
    }
}
