package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.account.Role;
import io.frontdesk.conversation.RatingLevel;
import io.frontdesk.rating.NewRating;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import io.frontdesk.web.Dates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import io.frontdesk.workflow.NewWorkflow;
import io.frontdesk.workflow.WorkflowAction;
import io.frontdesk.workflow.WorkflowDefinition;
import io.frontdesk.workflow.WorkflowStatus;
import io.frontdesk.workflow.WorkflowTrigger;
import io.frontdesk.workflow.WorkflowType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sync as an ETL connector (the Singer tap, Airbyte's source) runs it: OAuth through a refresh token, then teams,
 * users, customers and conversations (with `modifiedSince` on the second run), and ratings as the threads carry them,
 * workflows, every list walked by its `next` link to the end.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class V2SyncTest {

    @Parameter
    Backend backend;

    @Test
    void a_connector_syncs_everything_then_only_what_changed() {
        Tenant tenant = backend.tenant();
        var app = tenant.server().app();
        long account = tenant.accountId();
        app.teams().create(account, "Tier One", "UTC");
        app.teams().create(account, "Tier Two", "UTC");
        for (int i = 0; i < 53; i++) {
            app.workflows().create(account, new NewWorkflow(tenant.mailbox().id(), "Flow " + i,
                    // the automatic ones switched off: they would change conversations behind the second run's bookmark
                    i % 2 == 0 ? WorkflowType.MANUAL : WorkflowType.AUTOMATIC,
                    i % 2 == 0 ? WorkflowStatus.ACTIVE : WorkflowStatus.INACTIVE,
                    new WorkflowDefinition(i % 2 == 0 ? Set.of() : Set.of(WorkflowTrigger.CONVERSATION_CREATED),
                            true, List.of(), List.of(new WorkflowAction.AddTags(List.of("flow-" + i))))));
        }
        for (int i = 0; i < 3; i++) {
            app.accounts().createUser(account, "Agent", "N" + i, "agent" + i + "-" + System.nanoTime() + "@sync.test",
                    Role.USER);
        }
        Client setup = tenant.v2();
        for (int i = 0; i < 52; i++) {
            assertThat(setup.post("/v2/customers", "{\"firstName\":\"Sync\",\"lastName\":\"C" + i + "\"}").status())
                    .isEqualTo(201);
        }
        List<Long> conversations = new ArrayList<>();
        for (int i = 0; i < 27; i++) {
            Response created = setup.post("/v2/conversations", "{\"subject\":\"Sync " + i + "\",\"type\":\"email\","
                    + "\"mailboxId\":" + tenant.mailbox().id() + ",\"status\":\"active\",\"customer\":{\"email\":"
                    + "\"sync" + i + "@customer.test\"},\"threads\":[{\"type\":\"customer\",\"text\":\"Hi\"}]}");
            conversations.add(Long.parseLong(created.header("Resource-ID")));
        }
        long rated = conversations.get(0);
        long reply = Long.parseLong(setup.post("/v2/conversations/" + rated + "/reply",
                "{\"customer\":{\"email\":\"sync0@customer.test\"},\"text\":\"Done\"}").header("Resource-ID"));
        long ratingId = app.ratings().rate(account, new NewRating(rated, reply, RatingLevel.OKAY, "Fine"));

        // OAuth as a connector does it: a refresh token kept from the authorization, exchanged at each run
        String code = app.auth().issueAuthorizationCode(tenant.oauthApp().credential());
        JsonNode authorized = token(tenant, "grant_type=authorization_code&code=" + enc(code));
        JsonNode refreshed = token(tenant, "grant_type=refresh_token&refresh_token="
                + enc(authorized.get("refresh_token").asText()));
        Client client = new Client(setup.base(), Map.of("Authorization", "Bearer "
                + refreshed.get("access_token").asText()));

        assertThat(walk(client, "/v2/teams", "teams")).hasSize(2);
        assertThat(walk(client, "/v2/users", "users")).hasSize(4);
        assertThat(walk(client, "/v2/workflows", "workflows")).hasSize(53)
                .extracting(w -> w.get("name").asText()).contains("Flow 0", "Flow 52");
        assertThat(walk(client, "/v2/customers", "customers")).hasSizeGreaterThanOrEqualTo(52 + 27);
        List<JsonNode> all = walk(client, "/v2/conversations?status=all&embed=threads", "conversations");
        assertThat(all).extracting(c -> c.get("id").asLong()).containsExactlyInAnyOrderElementsOf(conversations);
        List<JsonNode> ratings = new ArrayList<>();
        for (JsonNode conversation : all) {
            conversation.at("/_embedded/threads").forEach(thread -> {
                if (thread.has("rating")) {
                    ratings.add(thread.get("rating"));
                }
            });
        }
        assertThat(ratings).hasSize(1);
        assertThat(ratings.get(0).get("rating").asText()).isEqualTo("okay");
        assertThat(client.get("/v2/ratings/" + ratingId).json().get("threadId").asLong()).isEqualTo(reply);

        // the second run asks for what changed since its bookmark (inclusive: a change in that second is not lost)
        String bookmark = Dates.iso(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        long changedCustomer = walk(client, "/v2/customers", "customers").get(0).get("id").asLong();
        assertThat(client.patch("/v2/customers/" + changedCustomer, "[{\"op\":\"replace\",\"path\":\"/jobTitle\","
                + "\"value\":\"Changed\"}]").status()).isEqualTo(204);
        long changedConversation = conversations.get(5);
        assertThat(client.patch("/v2/conversations/" + changedConversation, "{\"op\":\"replace\","
                + "\"path\":\"/status\",\"value\":\"pending\"}").status()).isEqualTo(204);

        Set<Long> customersSince = ids(walk(client, "/v2/customers?modifiedSince=" + bookmark, "customers"));
        Set<Long> conversationsSince = ids(walk(client, "/v2/conversations?status=all&modifiedSince=" + bookmark,
                "conversations"));
        assertThat(customersSince).contains(changedCustomer);
        assertThat(conversationsSince).contains(changedConversation).isSubsetOf(conversations);
        assertThat(walk(client, "/v2/customers?modifiedSince=2999-01-01T00:00:00Z", "customers")).isEmpty();
    }

    private static JsonNode token(Tenant tenant, String grant) {
        Response response = tenant.anonymous().send("POST", "/v2/oauth2/token", grant + "&client_id="
                + enc(tenant.oauthApp().credential().clientId()) + "&client_secret=" + enc(tenant.oauthApp().secret()),
                "application/x-www-form-urlencoded");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    /** Every item of a list, following `_links.next` verbatim until there is none, as the connectors do. */
    private static List<JsonNode> walk(Client client, String first, String rel) {
        List<JsonNode> items = new ArrayList<>();
        String next = first;
        int pages = 0;
        while (next != null) {
            Response page = client.get(next);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            page.json().at("/_embedded/" + rel).forEach(items::add);
            JsonNode link = page.json().at("/_links/next/href");
            next = link.isMissingNode() ? null : V2Support.relative(client, link.asText());
            assertThat(++pages).as("pages of " + first).isLessThan(100);
        }
        return items;
    }

    private static Set<Long> ids(List<JsonNode> items) {
        Set<Long> ids = new HashSet<>();
        items.forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
