package io.frontdesk.helpscout.v2.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Golden;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import io.frontdesk.webhook.Subscription;
import io.frontdesk.webhook.WebhookDialect;
import io.frontdesk.webhook.WebhookService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `/v2/webhooks`: create, list, read, replace and delete, with the reference's validation in vnd.error. The shared
 * server does not allow private targets, so URLs here are public address literals (no DNS needed).
 */
@ParameterizedClass
@EnumSource(Backend.class)
class V2WebhooksTest {

    static final String VND = "application/vnd.error+json";
    static final String URL = "https://93.184.216.34/helpscout";

    @Parameter
    Backend backend;

    @Test
    void create_answers_201_with_resource_id_and_location_and_get_shows_every_field() {
        Tenant tenant = backend.tenant();
        Client v2 = tenant.v2();
        long mailbox = tenant.mailbox().id();

        Response created = v2.post("/v2/webhooks", "{\"url\":\"" + URL + "\",\"events\":[\"convo.created\","
                + "\"customer.created\"],\"secret\":\"mZ9XbGHodX\",\"label\":\"CRM sync\",\"notification\":true,"
                + "\"payloadVersion\":\"V2\",\"mailboxIds\":[" + mailbox + "]}");

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(created.body()).isEmpty();
        long id = Long.parseLong(created.header("Resource-ID"));
        assertThat(created.header("Location")).isEqualTo(v2.base() + "/v2/webhooks/" + id);
        Response one = v2.get("/v2/webhooks/" + id);
        assertThat(one.status()).isEqualTo(200);
        Golden.assertMatches(one.body().replace("[" + mailbox + "]", "[\"MAILBOX\"]")
                .replace("/v2/webhooks/" + id + "\"", "/v2/webhooks/ID\""), "helpscout-v2/webhooks/one.json",
                v2.base());
        assertThat(one.json().get("id").asLong()).isEqualTo(id);
    }

    @Test
    void the_list_is_a_hal_page_of_the_accounts_2_0_webhooks_only() {
        Tenant tenant = backend.tenant();
        Client v2 = tenant.v2();
        create(v2, "{\"url\":\"" + URL + "\",\"events\":[\"convo.assigned\",\"convo.moved\"],\"secret\":\"s1\"}");
        create(v2, "{\"url\":\"" + URL + "/2\",\"events\":[\"tag.created\"],\"secret\":\"s2\"}");
        // a 1.0 hook and another account's webhook are not listed
        assertThat(tenant.v1().post("/v1/hooks.json", "{\"url\":\"" + URL + "\",\"events\":[\"convo.created\"],"
                + "\"secret\":\"s3\"}").status()).isEqualTo(201);
        create(backend.tenant().v2(), "{\"url\":\"" + URL + "\",\"events\":[\"tag.created\"],\"secret\":\"x\"}");

        Response list = v2.get("/v2/webhooks");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.header("Content-Type")).isEqualTo("application/hal+json");
        String body = list.body().replace("{?page}", "<?page>").replaceAll("/v2/webhooks/\\d+\"", "/v2/webhooks/ID\"");
        Golden.assertMatches(body, "helpscout-v2/webhooks/list.json", v2.base());
    }

    @Test
    void put_replaces_the_whole_webhook_answers_204_and_can_disable_and_enable_it() {
        Tenant tenant = backend.tenant();
        Client v2 = tenant.v2();
        long id = create(v2, "{\"url\":\"" + URL + "\",\"events\":[\"convo.created\"],\"secret\":\"s1\","
                + "\"label\":\"old\"}");

        // the PHP client's shape: id and nulls on PUT as on POST
        Response put = v2.put("/v2/webhooks/" + id, "{\"id\":null,\"url\":\"" + URL + "/new\",\"state\":\"disabled\","
                + "\"events\":[\"convo.status\",\"convo.tags\"],\"label\":null,\"notification\":null,"
                + "\"secret\":\"s2\"}");

        assertThat(put.status()).as("%s", put).isEqualTo(204);
        JsonNode after = v2.get("/v2/webhooks/" + id).json();
        assertThat(after.get("url").asText()).isEqualTo(URL + "/new");
        assertThat(after.get("state").asText()).isEqualTo("disabled");
        assertThat(after.get("secret").asText()).isEqualTo("s2");
        assertThat(after.has("label")).isFalse();
        assertThat(after.get("notification").asBoolean()).isFalse();
        assertThat(after.get("events")).hasSize(2);

        assertThat(v2.put("/v2/webhooks/" + id, "{\"url\":\"" + URL + "\",\"events\":[\"convo.status\"],"
                + "\"secret\":\"s2\",\"state\":\"enabled\"}").status()).isEqualTo(204);
        assertThat(v2.get("/v2/webhooks/" + id).json().get("state").asText()).isEqualTo("enabled");
    }

    @Test
    void delete_answers_204_and_the_webhook_is_gone() {
        Client v2 = backend.tenant().v2();
        long id = create(v2, "{\"url\":\"" + URL + "\",\"events\":[\"convo.created\"],\"secret\":\"s1\"}");

        assertThat(v2.delete("/v2/webhooks/" + id).status()).isEqualTo(204);

        assertNotFound(v2.get("/v2/webhooks/" + id));
        assertNotFound(v2.delete("/v2/webhooks/" + id));
    }

    @Test
    void another_accounts_webhook_is_not_found_for_read_write_or_delete() {
        long id = create(backend.tenant().v2(), "{\"url\":\"" + URL + "\",\"events\":[\"convo.created\"],"
                + "\"secret\":\"s1\"}");
        Client other = backend.tenant().v2();

        assertNotFound(other.get("/v2/webhooks/" + id));
        assertNotFound(other.put("/v2/webhooks/" + id, "{\"url\":\"" + URL + "\",\"events\":[\"convo.created\"],"
                + "\"secret\":\"s1\"}"));
        assertNotFound(other.delete("/v2/webhooks/" + id));
        assertNotFound(other.get("/v2/webhooks/abc"));
    }

    @Test
    void missing_fields_are_reported_together_with_their_paths() {
        Client v2 = backend.tenant().v2();

        Response response = v2.post("/v2/webhooks", "{}");

        Golden.assertMatches(invalid(response), "helpscout-v2/webhooks/missing_fields.json", v2.base());
        assertThat(list(v2)).isEmpty();
    }

    @Test
    void unknown_events_long_secrets_other_payload_versions_and_foreign_mailboxes_are_refused() {
        Tenant tenant = backend.tenant();
        Client v2 = tenant.v2();
        long foreignMailbox = backend.tenant().mailbox().id();

        Response response = v2.post("/v2/webhooks", "{\"url\":\"" + URL + "\",\"events\":[\"convo.created\","
                + "\"convo.exploded\",\"helpscout.test\"],\"secret\":\"" + "s".repeat(41) + "\","
                + "\"payloadVersion\":\"V1\",\"mailboxIds\":[" + tenant.mailbox().id() + "," + foreignMailbox + "]}");

        invalid(response);
        assertThat(paths(response)).containsExactlyInAnyOrder("events", "events", "secret", "payloadVersion",
                "mailboxIds");
        assertThat(list(v2)).isEmpty();
    }

    @Test
    void wrong_types_and_an_unknown_state_are_refused_by_field() {
        Client v2 = backend.tenant().v2();

        Response response = v2.post("/v2/webhooks", "{\"url\":[1],\"events\":\"convo.created\",\"secret\":\"s\","
                + "\"notification\":\"maybe\",\"mailboxIds\":[\"x\"],\"state\":\"paused\"}");

        invalid(response);
        assertThat(paths(response)).containsExactlyInAnyOrder("url", "events", "notification", "mailboxIds[0]",
                "state");
    }

    @Test
    void only_http_and_https_urls_of_public_hosts_are_accepted() {
        Client v2 = backend.tenant().v2();
        List<String> refused = List.of("ftp://93.184.216.34/x", "http://127.0.0.1:8080/x", "http://localhost/x",
                "http://10.0.0.1/x", "http://169.254.169.254/latest/meta-data", "http://[::1]/x",
                "http://[fd00:ec2::254]/x", "http://0.0.0.0/x", "https://does-not-exist.invalid/x",
                "https://93.184.216.34/" + "a".repeat(2048));

        for (String url : refused) {
            Response response = v2.post("/v2/webhooks", "{\"url\":\"" + url + "\",\"events\":[\"convo.created\"],"
                    + "\"secret\":\"s\"}");
            invalid(response);
            assertThat(paths(response)).as(url).containsExactly("url");
        }
        assertThat(list(v2)).isEmpty();
        Response unresolvable = v2.post("/v2/webhooks", "{\"url\":\"https://does-not-exist.invalid/x\","
                + "\"events\":[\"convo.created\"],\"secret\":\"s\"}");
        assertThat(unresolvable.json().at("/_embedded/errors/0/message").asText())
                .isEqualTo("host does-not-exist.invalid does not resolve");
    }

    @Test
    void an_account_has_at_most_fifty_webhooks() {
        Tenant tenant = backend.tenant();
        Client v2 = tenant.v2();
        WebhookService service = tenant.server().app().webhooks();
        for (int i = 0; i < WebhookService.MAX_PER_ACCOUNT; i++) {
            service.create(tenant.accountId(), new io.frontdesk.webhook.NewSubscription(WebhookDialect.HELPSCOUT_V2,
                    URL + "/" + i, List.of("convo.created"), "s", null, null, null, null, null));
        }

        Response response = v2.post("/v2/webhooks", "{\"url\":\"" + URL + "\",\"events\":[\"convo.created\"],"
                + "\"secret\":\"s\"}");

        assertThat(response.status()).as("%s", response).isEqualTo(400);
        assertThat(response.json().get("message").asText()).contains("at most 50 webhooks");
        assertThat(service.list(tenant.accountId())).hasSize(50);
    }

    private static long create(Client v2, String body) {
        Response created = v2.post("/v2/webhooks", body);
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return Long.parseLong(created.header("Resource-ID"));
    }

    private static List<Subscription> list(Client v2) {
        JsonNode page = v2.get("/v2/webhooks").json();
        List<Subscription> none = new ArrayList<>();
        assertThat(page.path("_embedded").path("webhooks")).as("%s", page).isEmpty();
        return none;
    }

    private static String invalid(Response response) {
        assertThat(response.status()).as("%s", response).isEqualTo(400);
        assertThat(response.header("Content-Type")).isEqualTo(VND);
        return response.body();
    }

    private static List<String> paths(Response response) {
        List<String> paths = new ArrayList<>();
        response.json().at("/_embedded/errors").forEach(e -> paths.add(e.get("path").asText()));
        return paths;
    }

    private static void assertNotFound(Response response) {
        assertThat(response.status()).as("%s", response).isEqualTo(404);
        assertThat(response.header("Content-Type")).isEqualTo(VND);
    }
}
