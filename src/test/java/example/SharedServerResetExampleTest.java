package example;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.frontdesk.junit.Frontdesk;
import io.frontdesk.junit.FrontdeskSandbox;
import io.frontdesk.junit.Isolation;
import io.frontdesk.junit.Lifecycle;
import io.frontdesk.junit.SandboxAccount;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One server for the whole test run (started by the first class that asks, stopped when the run ends) and a reset
 * before every test: each test starts from an empty store with the sandbox's published credentials, and the ids it
 * creates start at 1, so it can name them.
 */
@Frontdesk(lifecycle = Lifecycle.PER_RUN, isolation = Isolation.RESET)
class SharedServerResetExampleTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PUBLISHED_HELPCRUNCH_KEY = "sandbox-helpcrunch-key";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_first_customer_of_every_test_is_number_1(FrontdeskSandbox sandbox, SandboxAccount account)
            throws Exception {
        assertEquals(PUBLISHED_HELPCRUNCH_KEY, account.helpcrunchKey());

        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(sandbox.helpcrunchUrl() + "/customers"))
                .header("Authorization", "Bearer " + PUBLISHED_HELPCRUNCH_KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Grace Hopper\",\"email\":\"grace@example.com\"}"))
                .build());
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(1, JSON.readTree(created.body()).get("id").asLong());

        HttpResponse<String> read = send(HttpRequest.newBuilder(URI.create(sandbox.helpscoutV1Url()
                        + "/customers/1.json"))
                .header("Authorization", account.helpscoutV1Authorization()).build());
        JsonNode item = JSON.readTree(read.body()).get("item");
        assertEquals("Grace", item.get("firstName").asText());
    }

    @Test
    void a_test_after_it_finds_the_store_empty_again(FrontdeskSandbox sandbox) throws Exception {
        HttpResponse<String> customers = send(HttpRequest.newBuilder(URI.create(sandbox.helpcrunchUrl()
                        + "/customers"))
                .header("Authorization", "Bearer " + PUBLISHED_HELPCRUNCH_KEY).build());

        assertEquals(0, JSON.readTree(customers.body()).get("total").asInt());
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
