package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The /v3 endpoints: conversations as in v2, customers by cursor. */
@ParameterizedClass
@EnumSource(Backend.class)
class V3EndpointsTest {

    @Parameter
    Backend backend;

    Tenant tenant;
    Client client;

    @BeforeEach
    void setUp() {
        tenant = backend.tenant();
        client = tenant.v2();
    }

    @Test
    void a_conversation_and_its_threads_read_as_in_v2() {
        Response created = client.post("/v2/conversations", "{\"subject\":\"Three\",\"type\":\"email\",\"mailboxId\":"
                + tenant.mailbox().id() + ",\"status\":\"active\",\"customer\":{\"email\":\"v3@example.com\"},"
                + "\"threads\":[{\"type\":\"customer\",\"text\":\"Hi\"}]}");
        long id = Long.parseLong(created.header("Resource-ID"));

        Response v3 = client.get("/v3/conversations/" + id + "?embed=threads");
        assertThat(v3.status()).isEqualTo(200);
        assertThat(v3.header("Content-Type")).isEqualTo(V2Support.HAL);
        assertThat(v3.json()).isEqualTo(client.get("/v2/conversations/" + id + "?embed=threads").json());
        assertThat(v3.json().at("/_embedded/threads")).hasSize(1);
        assertThat(client.get("/v3/conversations/" + id + "/threads").json())
                .isEqualTo(client.get("/v2/conversations/" + id + "/threads").json());
        assertThat(client.get("/v3/conversations/999999999").status()).isEqualTo(404);
        Response anonymous = client.withoutAuth().get("/v3/conversations/" + id);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/vnd.error+json");
    }

    @Test
    void customers_walk_newest_first_by_cursor_to_the_last_page() {
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 53; i++) {
            Response response = client.post("/v2/customers", "{\"firstName\":\"Walker\",\"lastName\":\"N" + i + "\"}");
            created.add(Long.parseLong(response.header("Resource-ID")));
        }
        List<Long> walked = new ArrayList<>();
        String next = "/v3/customers?firstName=Walker";
        int pages = 0;
        while (next != null) {
            JsonNode page = client.get(next).json();
            pages++;
            assertThat(page.has("page")).as("no page object in v3").isFalse();
            assertThat(page.at("/_links/first/href").asText())
                    .isEqualTo(client.base() + "/v3/customers?firstName=Walker");
            page.at("/_embedded/customers").forEach(customer -> walked.add(customer.get("id").asLong()));
            JsonNode link = page.at("/_links/next/href");
            next = link.isMissingNode() ? null : link.asText().substring(client.base().length());
        }
        assertThat(pages).isEqualTo(2);
        assertThat(new HashSet<>(walked)).hasSize(53).containsExactlyInAnyOrderElementsOf(created);
        List<Long> newestFirst = new ArrayList<>(created);
        newestFirst.sort((a, b) -> Long.compare(b, a));
        // created in one process within milliseconds of each other: ties on createdAt fall back to id, descending
        assertThat(walked).isEqualTo(newestFirst);
    }

    @Test
    void filters_apply_and_a_foreign_cursor_is_a_400() {
        client.post("/v2/customers", "{\"firstName\":\"Ann\",\"emails\":[{\"value\":\"ann@v3.test\"}]}");
        client.post("/v2/customers", "{\"firstName\":\"Bob\"}");

        JsonNode byEmail = client.get("/v3/customers?email=ann@v3.test").json();
        assertThat(byEmail.at("/_embedded/customers")).hasSize(1);
        assertThat(byEmail.at("/_links").has("next")).isFalse();
        assertThat(client.get("/v3/customers?createdSince=2999-01-01T00:00:00Z").json()
                .at("/_embedded/customers").toString()).isEqualTo("[]");

        Response bad = client.get("/v3/customers?cursor=eyJpZCI6MTIzfQ");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().at("/_embedded/errors/0/path").asText()).isEqualTo("cursor");
        assertThat(client.get("/v3/customers?createdSince=yesterday").status()).isEqualTo(400);
    }

    @Test
    void system_users_are_an_empty_hal_page_and_every_id_a_404() {
        Response list = client.get("/v3/system-users");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.header("Content-Type")).isEqualTo(V2Support.HAL);
        io.frontdesk.testing.Golden.assertMatches(list.body().replace("{?page}", "<?page>"),
                "helpscout-v2/v3/system-users_empty.json", client.base());
        assertThat(client.get("/v3/system-users?page=3").json().at("/_embedded/system_users").toString())
                .isEqualTo("[]");
        V2Support.assertError(client.get("/v3/system-users?page=0"), 400, "page", null);
        V2Support.assertNotFound(client.get("/v3/system-users/1"));
        V2Support.assertNotFound(client.get("/v3/system-users/abc"));
        assertThat(client.withoutAuth().get("/v3/system-users").status()).isEqualTo(401);
    }
}
