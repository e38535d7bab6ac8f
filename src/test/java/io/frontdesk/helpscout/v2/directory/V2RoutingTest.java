package io.frontdesk.helpscout.v2.directory;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.account.Role;
import io.frontdesk.account.User;
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

import static org.assertj.core.api.Assertions.assertThat;

/** `GET` and `PUT /v2/mailboxes/{id}/routing`: stored as given, shown with the rotation it gives. */
@ParameterizedClass
@EnumSource(Backend.class)
class V2RoutingTest {

    @Parameter
    Backend backend;

    Tenant tenant;
    Client client;
    String path;
    User agent;

    @BeforeEach
    void setUp() {
        tenant = backend.tenant();
        client = tenant.v2();
        path = "/v2/mailboxes/" + tenant.mailbox().id() + "/routing";
        agent = tenant.server().app().accounts().createUser(tenant.accountId(), "Ann", "Agent",
                "ann-" + System.nanoTime() + "@routing.test", Role.USER);
    }

    @Test
    void a_mailbox_never_set_up_is_disabled_with_everyone_out_of_rotation() {
        Response response = client.get(path);
        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("state").asText()).isEqualTo("disabled");
        assertThat(body.has("assignmentLimit")).isFalse();
        assertThat(body.get("userIds").toString()).isEqualTo("[]");
        assertThat(body.get("rotation")).hasSize(2);
        assertThat(body.at("/rotation/0/reason").asText()).isEqualTo("not_in_rotation");
        assertThat(body.at("/_links/self/href").asText()).isEqualTo(client.base() + path);
    }

    @Test
    void a_put_replaces_the_settings_and_the_rotation_follows_them() {
        long owner = tenant.owner().id();
        Response put = client.put(path, "{\"state\":\"enabled\",\"assignmentLimit\":1,"
                + "\"assignmentMethod\":\"balanced\",\"userIds\":[" + owner + "]}");
        assertThat(put.status()).as(put.toString()).isEqualTo(204);
        // the owner gets one active conversation: at the limit of 1
        Response created = client.post("/v2/conversations", "{\"subject\":\"Routed\",\"type\":\"email\","
                + "\"mailboxId\":" + tenant.mailbox().id() + ",\"status\":\"active\",\"assignTo\":" + owner
                + ",\"customer\":{\"email\":\"r" + System.nanoTime() + "@routing.test\"},"
                + "\"threads\":[{\"type\":\"customer\",\"text\":\"Hi\"}]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        // only the user ids are named: a bare ":1," would also hit a limit or a count that happens to equal an id
        String body = client.get(path).body().replace("\"userId\":" + owner + ",", "\"userId\":\"<owner>\",")
                .replace("[" + owner + "]", "[\"<owner>\"]")
                .replace("\"userId\":" + agent.id() + ",", "\"userId\":\"<agent>\",");
        Golden.assertMatches(body.replace(String.valueOf(tenant.mailbox().id()) + "/routing", "<mailbox>/routing"),
                "helpscout-v2/mailboxes/routing.json", client.base());

        assertThat(client.put(path, "{\"state\":\"disabled\",\"assignmentLimit\":100,"
                + "\"assignmentMethod\":\"round_robin\",\"userIds\":[]}").status()).isEqualTo(204);
        JsonNode disabled = client.get(path).json();
        assertThat(disabled.get("state").asText()).isEqualTo("disabled");
        assertThat(disabled.get("assignmentLimit").asInt()).isEqualTo(100);
        assertThat(disabled.get("assignmentMethod").asText()).isEqualTo("round_robin");
    }

    @Test
    void bad_settings_are_refused_on_their_field_and_change_nothing() {
        assertField(client.put(path, "{\"state\":\"on\",\"assignmentLimit\":5,\"assignmentMethod\":\"balanced\","
                + "\"userIds\":[" + agent.id() + "]}"), "state");
        assertField(client.put(path, "{\"state\":\"enabled\",\"assignmentLimit\":101,"
                + "\"assignmentMethod\":\"balanced\",\"userIds\":[" + agent.id() + "]}"), "assignmentLimit");
        assertField(client.put(path, "{\"state\":\"enabled\",\"assignmentLimit\":0,"
                + "\"assignmentMethod\":\"balanced\",\"userIds\":[" + agent.id() + "]}"), "assignmentLimit");
        assertField(client.put(path, "{\"state\":\"enabled\",\"assignmentLimit\":5,"
                + "\"assignmentMethod\":\"random\",\"userIds\":[" + agent.id() + "]}"), "assignmentMethod");
        assertField(client.put(path, "{\"state\":\"enabled\",\"assignmentLimit\":5,"
                + "\"assignmentMethod\":\"balanced\",\"userIds\":[]}"), "userIds");
        assertField(client.put(path, "{\"state\":\"enabled\",\"assignmentLimit\":5,"
                + "\"assignmentMethod\":\"balanced\",\"userIds\":[999999999]}"), "userIds");
        assertField(client.put(path, "{\"state\":\"enabled\",\"assignmentLimit\":5,"
                + "\"assignmentMethod\":\"balanced\"}"), "userIds");
        assertField(client.put(path, "{\"state\":\"enabled\",\"assignmentMethod\":\"balanced\",\"userIds\":["
                + agent.id() + "]}"), "assignmentLimit");
        assertThat(client.get(path).json().get("state").asText()).isEqualTo("disabled");
        assertThat(client.get("/v2/mailboxes/999999999/routing").status()).isEqualTo(404);
        assertThat(client.put("/v2/mailboxes/999999999/routing", "{\"state\":\"disabled\",\"assignmentLimit\":5,"
                + "\"assignmentMethod\":\"balanced\",\"userIds\":[]}").status()).isEqualTo(404);
    }

    private long create(String assignTo, String status) {
        Response created = client.post("/v2/conversations", "{\"subject\":\"Routed\",\"type\":\"email\","
                + "\"mailboxId\":" + tenant.mailbox().id() + ",\"status\":\"" + status + "\"" + assignTo
                + ",\"customer\":{\"email\":\"r" + System.nanoTime() + "@routing.test\"},"
                + "\"threads\":[{\"type\":\"customer\",\"text\":\"Hi\"}]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return Long.parseLong(created.header("Resource-ID"));
    }

    private Long assignee(long conversation) {
        JsonNode node = client.get("/v2/conversations/" + conversation).json().get("assignee");
        return node == null || node.isNull() ? null : node.get("id").asLong();
    }

    private void route(String method, int limit, long... users) {
        StringBuilder ids = new StringBuilder();
        for (long user : users) {
            ids.append(ids.isEmpty() ? "" : ",").append(user);
        }
        assertThat(client.put(path, "{\"state\":\"enabled\",\"assignmentLimit\":" + limit
                + ",\"assignmentMethod\":\"" + method + "\",\"userIds\":[" + ids + "]}").status()).isEqualTo(204);
    }

    @Test
    void round_robin_hands_new_conversations_out_in_turn_and_skips_away_and_full_users() {
        long owner = tenant.owner().id();
        route("round_robin", 2, agent.id(), owner);

        assertThat(assignee(create("", "active"))).isEqualTo(agent.id());
        assertThat(assignee(create("", "active"))).isEqualTo(owner);
        assertThat(assignee(create("", "active"))).isEqualTo(agent.id());
        // explicit assignees, explicit null, closed and pending conversations are not routed
        assertThat(assignee(create(",\"assignTo\":null", "active"))).isNull();
        assertThat(assignee(create("", "closed"))).isNull();
        // the agent is at the limit of 2: the owner gets it, then nobody has room
        assertThat(assignee(create("", "active"))).isEqualTo(owner);
        assertThat(assignee(create("", "active"))).isNull();
        JsonNode rotation = client.get(path).json().get("rotation");
        rotation.forEach(entry -> assertThat(entry.get("reason").asText()).isEqualTo("at_capacity"));

        route("round_robin", 10, agent.id(), owner);
        Response away = client.put("/v2/users/" + agent.id() + "/status", "{\"status\":\"away\"}");
        assertThat(away.status()).as(away.toString()).isEqualTo(204);
        JsonNode agentEntry = null;
        for (JsonNode entry : client.get(path).json().get("rotation")) {
            if (entry.get("userId").asLong() == agent.id()) {
                agentEntry = entry;
            }
        }
        assertThat(agentEntry.get("reason").asText()).isEqualTo("away");
        assertThat(agentEntry.get("eligible").asBoolean()).isFalse();
        assertThat(assignee(create("", "active"))).isEqualTo(owner);
        assertThat(assignee(create("", "active"))).isEqualTo(owner);
    }

    @Test
    void balanced_gives_the_user_with_the_fewest_active_conversations_and_disabled_routing_nobody() {
        long owner = tenant.owner().id();
        create(",\"assignTo\":" + agent.id(), "active");
        create(",\"assignTo\":" + agent.id(), "active");
        route("balanced", 10, agent.id(), owner);
        assertThat(assignee(create("", "active"))).isEqualTo(owner);
        assertThat(assignee(create("", "active"))).isEqualTo(owner);
        // two each now: the tie goes to the first in userIds
        assertThat(assignee(create("", "active"))).isEqualTo(agent.id());
        assertThat(client.put(path, "{\"state\":\"disabled\",\"assignmentLimit\":10,"
                + "\"assignmentMethod\":\"balanced\",\"userIds\":[]}").status()).isEqualTo(204);
        assertThat(assignee(create("", "active"))).isNull();
    }

    private static void assertField(Response response, String path) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().at("/_embedded/errors/0/path").asText()).isEqualTo(path);
    }
}
