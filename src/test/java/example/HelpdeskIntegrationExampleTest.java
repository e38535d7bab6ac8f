package example;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.frontdesk.junit.AdminClient;
import io.frontdesk.junit.Frontdesk;
import io.frontdesk.junit.FrontdeskSandbox;
import io.frontdesk.junit.SandboxAccount;
import io.frontdesk.junit.WebhookDelivery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How a user tests a helpdesk integration against Frontdesk (docs/sandbox.md, "JUnit 5 extension"): one in-process
 * server for the class, a throwaway account per test, and nothing but the JDK's HTTP client and Jackson. It sits
 * outside io.frontdesk on purpose, as a user's test does.
 */
@Frontdesk
class HelpdeskIntegrationExampleTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> hooksReceived = new CopyOnWriteArrayList<>();
    private HttpServer receiver;

    /** The integration's webhook endpoint: a sandbox may deliver to loopback. */
    @BeforeEach
    void startWebhookReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hooks", exchange -> {
            hooksReceived.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopWebhookReceiver() {
        receiver.stop(0);
    }

    @Test
    void a_chat_started_through_help_scout_reads_through_helpcrunch_and_is_announced_by_webhook(
            FrontdeskSandbox sandbox, SandboxAccount account, AdminClient admin) throws Exception {
        JsonNode token = tokenFor(sandbox, account);
        String bearer = "Bearer " + token.get("access_token").asText();
        String v2 = sandbox.helpscoutV2Url().toString();
        send(post(v2 + "/webhooks", bearer, "{\"url\":\"http://127.0.0.1:" + receiver.getAddress().getPort()
                + "/hooks\",\"events\":[\"convo.created\"],\"secret\":\"example-secret\"}"), 201);

        HttpResponse<String> customer = send(post(v2 + "/customers", bearer,
                "{\"firstName\":\"Ada\",\"lastName\":\"Lovelace\",\"emails\":[{\"type\":\"work\","
                        + "\"value\":\"ada@example.com\"}]}"), 201);
        long customerId = Long.parseLong(customer.headers().firstValue("Resource-ID").orElseThrow());
        HttpResponse<String> chat = send(post(v2 + "/conversations", bearer, "{\"subject\":\"Chat\",\"type\":\"chat\","
                + "\"mailboxId\":" + account.mailboxId() + ",\"status\":\"active\",\"customer\":{\"id\":" + customerId
                + "},\"threads\":[{\"type\":\"chat\",\"customer\":{\"id\":" + customerId + "},\"text\":\"Hello?\"}]}"),
                201);
        long chatId = Long.parseLong(chat.headers().firstValue("Resource-ID").orElseThrow());

        // the same data through the other vendor's API: one helpdesk behind both
        String helpcrunch = sandbox.helpcrunchUrl().toString();
        JsonNode asHelpCrunchCustomer = JSON.readTree(send(get(helpcrunch + "/customers/" + customerId,
                account.helpcrunchAuthorization()), 200).body());
        assertEquals("Ada Lovelace", asHelpCrunchCustomer.get("name").asText());
        assertEquals("ada@example.com", asHelpCrunchCustomer.get("email").asText());
        JsonNode asHelpCrunchChat = JSON.readTree(send(get(helpcrunch + "/chats/" + chatId,
                account.helpcrunchAuthorization()), 200).body());
        assertEquals(customerId, asHelpCrunchChat.at("/customer/id").asLong());
        assertEquals("Hello?", asHelpCrunchChat.get("lastMessageText").asText());

        // the server waits for the delivery; the test does not sleep
        WebhookDelivery delivery = admin.awaitWebhook(account.id(), "convo.created", chatId, Duration.ofSeconds(20))
                .orElseThrow(() -> new AssertionError("convo.created was not delivered"));
        assertEquals("delivered", delivery.status());
        assertEquals(200, delivery.attempts().get(0).statusCode());
        assertTrue(hooksReceived.stream().anyMatch(body -> body.contains("\"id\":" + chatId)), "the receiver got it");

        // two days and a minute later the token has expired, with no waiting; the extension puts the clock back
        admin.advanceClock(Duration.ofSeconds(token.get("expires_in").asLong() + 60));
        send(get(v2 + "/conversations/" + chatId, bearer), 401);
        String renewed = "Bearer " + tokenFor(sandbox, account).get("access_token").asText();
        send(get(v2 + "/conversations/" + chatId, renewed), 200);
    }

    @Test
    void each_test_has_an_account_of_its_own(SandboxAccount account, FrontdeskSandbox sandbox) throws Exception {
        HttpResponse<String> customers = send(get(sandbox.helpscoutV1Url() + "/customers.json",
                account.helpscoutV1Authorization()), 200);

        assertEquals(0, JSON.readTree(customers.body()).get("count").asInt(), "nothing from the other test");
    }

    private JsonNode tokenFor(FrontdeskSandbox sandbox, SandboxAccount account) throws Exception {
        String form = "grant_type=client_credentials&client_id=" + encode(account.clientId())
                + "&client_secret=" + encode(account.clientSecret());
        HttpRequest request = HttpRequest.newBuilder(sandbox.tokenUrl())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return JSON.readTree(send(request, 200).body());
    }

    private static HttpRequest post(String url, String authorization, String json) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private static HttpRequest get(String url, String authorization) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization).GET().build();
    }

    private HttpResponse<String> send(HttpRequest request, int expected) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(expected, response.statusCode(), () -> request.method() + " " + request.uri() + ": "
                + response.body());
        return response;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
