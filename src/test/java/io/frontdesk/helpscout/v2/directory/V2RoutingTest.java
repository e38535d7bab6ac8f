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

        String body = client.get(path).body().replace(":" + owner + ",", ":\"<owner>\",")
                .replace("[" + owner + "]", "[\"<owner>\"]").replace(":" + agent.id() + ",", ":\"<agent>\",");
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

    private static void assertField(Response response, String path) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().at("/_embedded/errors/0/path").asText()).isEqualTo(path);
    }
}
