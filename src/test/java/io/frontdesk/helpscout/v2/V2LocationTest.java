package io.frontdesk.helpscout.v2;

import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every `Location` a 2.0 create answers can be fetched with `GET`, and `Web-Location` (and a conversation's
 * `_links.web`) opens a page: the agent app's placeholder until the agent app lands, never a 404 (issue #23).
 */
@ParameterizedClass
@EnumSource(Backend.class)
class V2LocationTest {

    @Parameter
    Backend backend;

    Tenant tenant;
    Client client;
    /** What each create answered as its Location, by a name for the failure message. */
    final Map<String, String> locations = new LinkedHashMap<>();

    @BeforeEach
    void setUp() {
        tenant = backend.tenant();
        client = tenant.v2();
    }

    private Response create(String name, String path, String json) {
        Response response = client.post(path, json);
        assertThat(response.status()).as(name + ": " + response).isEqualTo(201);
        assertThat(response.header("Location")).as(name).startsWith(client.base() + "/v2/");
        locations.put(name, response.header("Location"));
        return response;
    }

    private static long id(Response response) {
        return Long.parseLong(response.header("Resource-ID"));
    }

    @Test
    void every_create_location_answers_get_with_200() {
        long customer = id(create("customer", "/v2/customers", "{\"firstName\":\"Lo\",\"lastName\":\"Cation\"}"));
        String customerPath = "/v2/customers/" + customer;
        create("email", customerPath + "/emails", "{\"type\":\"work\",\"value\":\"lo@location.test\"}");
        create("phone", customerPath + "/phones", "{\"type\":\"work\",\"value\":\"+1 555 0100\"}");
        create("chat", customerPath + "/chats", "{\"type\":\"skype\",\"value\":\"lo\"}");
        create("social profile", customerPath + "/social-profiles", "{\"type\":\"twitter\",\"value\":\"@lo\"}");
        create("website", customerPath + "/websites", "{\"value\":\"https://lo.test\"}");
        create("address", customerPath + "/address", "{\"city\":\"Prague\",\"lines\":[\"Main 1\"]}");
        create("customer property", "/v2/customer-properties", "{\"type\":\"text\",\"slug\":\"loc\",\"name\":\"Loc\"}");
        create("organization", "/v2/organizations", "{\"name\":\"Location Inc\"}");
        create("organization property", "/v2/organizations/properties",
                "{\"type\":\"text\",\"slug\":\"hq\",\"name\":\"HQ\"}");
        create("user", "/v2/users", "{\"firstName\":\"Lou\",\"lastName\":\"Agent\",\"email\":\"lou@location.test\","
                + "\"role\":\"user\"}");
        create("saved reply", "/v2/mailboxes/" + tenant.mailbox().id() + "/saved-replies",
                "{\"name\":\"Hello\",\"text\":\"Hi\"}");
        create("webhook", "/v2/webhooks", "{\"url\":\"https://93.184.216.34/hook\",\"events\":[\"convo.created\"],"
                + "\"secret\":\"s\"}");
        Response conversation = create("conversation", "/v2/conversations", "{\"subject\":\"Where\",\"type\":\"email\","
                + "\"mailboxId\":" + tenant.mailbox().id() + ",\"status\":\"active\",\"customer\":{\"id\":" + customer
                + "},\"threads\":[{\"type\":\"customer\",\"text\":\"Hi\"}]}");
        String path = "/v2/conversations/" + id(conversation);
        long reply = id(create("reply", path + "/reply", "{\"customer\":{\"id\":" + customer + "},\"text\":\"Yo\"}"));
        create("note", path + "/notes", "{\"text\":\"Internal\"}");
        create("customer thread", path + "/customer", "{\"customer\":{\"id\":" + customer + "},\"text\":\"Again\"}");
        create("phone thread", path + "/phones", "{\"customer\":{\"id\":" + customer + "},\"text\":\"Called\"}");
        create("chat thread", path + "/chats", "{\"customer\":{\"id\":" + customer + "},\"text\":\"Chatted\"}");
        create("attachment", path + "/threads/" + reply + "/attachments", "{\"fileName\":\"a.txt\","
                + "\"mimeType\":\"text/plain\",\"data\":\"" + Base64.getEncoder().encodeToString("hi".getBytes())
                + "\"}");

        locations.forEach((name, location) -> {
            Response fetched = client.get(location.substring(client.base().length()));
            assertThat(fetched.status()).as(name + " at " + location + ": " + fetched).isEqualTo(200);
        });
    }

    @Test
    void web_location_and_links_web_open_the_agent_apps_page() {
        Response created = client.post("/v2/conversations", "{\"subject\":\"Web\",\"type\":\"email\",\"mailboxId\":"
                + tenant.mailbox().id() + ",\"status\":\"active\",\"customer\":{\"email\":\"web@location.test\"},"
                + "\"threads\":[{\"type\":\"customer\",\"text\":\"Hi\"}]}");
        String web = created.header("Web-Location");
        long number = client.get("/v2/conversations/" + id(created)).json().get("number").asLong();
        assertThat(web).isEqualTo(client.base() + "/conversation/" + id(created) + "/" + number);
        assertThat(client.get("/v2/conversations/" + id(created)).json().at("/_links/web/href").asText())
                .isEqualTo(web);

        // a browser follows it without API credentials
        Response page = client.withoutAuth().get(web.substring(client.base().length()));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("agent app is coming").doesNotContain("Web");
    }
}
