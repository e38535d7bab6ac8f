package io.frontdesk.webhook;

import io.frontdesk.conversation.RatingLevel;
import io.frontdesk.eventlog.Event;
import io.frontdesk.eventlog.EventType;
import io.frontdesk.rating.NewRating;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `satisfaction.ratings` (helpscout-more.md §9.4, §9.7): the 2.0 body is the rating object of `GET /v2/ratings/{id}`,
 * its notification form names that URL, the 1.0 body is the 1.0 rating; HelpCrunch has no event for a reply's rating.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class RatingPayloadsTest {

    @Parameter
    Backend backend;

    @Test
    void a_rating_renders_each_help_scout_dialects_golden_body() {
        Tenant tenant = backend.tenant();
        Client v2 = tenant.v2();
        Response created = v2.post("/v2/conversations", "{\"subject\":\"Rate me\",\"type\":\"email\",\"mailboxId\":"
                + tenant.mailbox().id() + ",\"status\":\"active\",\"customer\":{\"email\":\"rater@example.com\","
                + "\"firstName\":\"Rae\",\"lastName\":\"Ter\"},\"threads\":[{\"type\":\"customer\",\"text\":\"Hi\"}]}");
        long conversation = Long.parseLong(created.header("Resource-ID"));
        long reply = Long.parseLong(v2.post("/v2/conversations/" + conversation + "/reply",
                "{\"customer\":{\"email\":\"rater@example.com\"},\"text\":\"Done\"}").header("Resource-ID"));
        long id = tenant.server().app().ratings().rate(tenant.accountId(),
                new NewRating(conversation, reply, RatingLevel.NOT_GOOD, "Slow"));

        Event event = tenant.server().app().eventLog().after(tenant.accountId(), 0, 1000).stream()
                .filter(e -> e.type() == EventType.CONVERSATION_RATED).findFirst().orElseThrow();
        String base = tenant.server().baseUrl();
        List<WebhookPayloads> payloads = tenant.server().app().webhookPayloads(account -> base);
        for (WebhookPayloads dialect : payloads) {
            List<String> names = dialect.eventNames(event);
            if (dialect.dialect() == WebhookDialect.HELPCRUNCH) {
                assertThat(names).isEmpty();
                continue;
            }
            assertThat(names).containsExactly("satisfaction.ratings");
            String key = dialect.dialect().name().toLowerCase(java.util.Locale.ROOT);
            String body = dialect.capture(event, names.get(0), false);
            assertThat(body).doesNotContain("\n").contains("\"id\":" + id);
            GoldenRecorder.check(body, "webhooks/" + key + "/satisfaction.ratings.json", base);
            if (dialect.dialect() == WebhookDialect.HELPSCOUT_V2) {
                assertThat(dialect.capture(event, names.get(0), true)).isEqualTo("{\"id\":" + id
                        + ",\"_links\":{\"self\":{\"href\":\"" + base + "/v2/ratings/" + id + "\"}}}");
            }
        }
    }
}
