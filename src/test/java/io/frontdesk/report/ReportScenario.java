package io.frontdesk.report;

import io.frontdesk.account.Role;
import io.frontdesk.account.User;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.ManualClock;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import io.frontdesk.testing.TestServer;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server of its own on a {@link ManualClock}, and the conversation steps the report tests place in time: each step
 * goes through Help Scout 2.0 as a client would, so the reports see what the core recorded for it.
 */
final class ReportScenario implements AutoCloseable {

    final ManualClock clock;
    final TestServer server;
    final Tenant tenant;
    Client v2;
    private Instant tokenAt;

    ReportScenario(Backend backend, Instant start) {
        clock = new ManualClock(start);
        server = TestServer.start(backend, Map.of(), r -> {
        }, clock);
        tenant = server.newTenant();
        v2 = tenant.v2();
        tokenAt = start;
    }

    long account() {
        return tenant.accountId();
    }

    ReportService reports() {
        return server.app().reports();
    }

    User user(String first, String email) {
        return server.app().accounts().createUser(account(), first, "Agent", email, Role.USER);
    }

    void at(Instant instant) {
        Duration step = Duration.between(clock.instant(), instant);
        assertThat(step.isNegative()).as("steps go forward in time").isFalse();
        clock.advance(step);
        // access tokens expire on the server's clock: a step of days needs a new one
        if (Duration.between(tokenAt, instant).toHours() >= 12) {
            Response token = tenant.anonymous().send("POST", "/v2/oauth2/token", "grant_type=client_credentials"
                    + "&client_id=" + enc(tenant.oauthApp().credential().clientId()) + "&client_secret="
                    + enc(tenant.oauthApp().secret()), "application/x-www-form-urlencoded");
            assertThat(token.status()).as(token.toString()).isEqualTo(200);
            v2 = new Client(server.baseUrl(), Map.of("Authorization", "Bearer "
                    + token.json().get("access_token").asText()));
            tokenAt = instant;
        }
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A conversation a customer starts with one message; answers {conversation id, customer id}. */
    long[] customerStarts(String email, String type) {
        String thread = type.equals("email") ? "customer" : type;
        Response created = v2.post("/v2/conversations", "{\"subject\":\"Help\",\"type\":\"" + type
                + "\",\"mailboxId\":" + tenant.mailbox().id() + ",\"status\":\"active\",\"customer\":{\"email\":\""
                + email + "\"},\"threads\":[{\"type\":\"" + thread + "\",\"customer\":{\"email\":\"" + email
                + "\"},\"text\":\"Hello\"}]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = Long.parseLong(created.header("Resource-ID"));
        long customer = v2.get("/v2/conversations/" + id).json().at("/primaryCustomer/id").asLong();
        return new long[]{id, customer};
    }

    /** A conversation a user starts with a reply to a customer. */
    long[] userStarts(String email, long userId) {
        Response created = v2.post("/v2/conversations", "{\"subject\":\"Hi\",\"type\":\"email\",\"mailboxId\":"
                + tenant.mailbox().id() + ",\"status\":\"active\",\"customer\":{\"email\":\"" + email
                + "\"},\"threads\":[{\"type\":\"reply\",\"customer\":{\"email\":\"" + email
                + "\"},\"text\":\"We wanted to tell you\",\"user\":" + userId + "}]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = Long.parseLong(created.header("Resource-ID"));
        long customer = v2.get("/v2/conversations/" + id).json().at("/primaryCustomer/id").asLong();
        return new long[]{id, customer};
    }

    void customerWrites(long[] conversation) {
        Response r = v2.post("/v2/conversations/" + conversation[0] + "/customer", "{\"customer\":{\"id\":"
                + conversation[1] + "},\"text\":\"More\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    void reply(long[] conversation, long userId) {
        Response r = v2.post("/v2/conversations/" + conversation[0] + "/reply", "{\"customer\":{\"id\":"
                + conversation[1] + "},\"text\":\"Answer\",\"user\":" + userId + "}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    void status(long[] conversation, String status) {
        Response r = v2.patch("/v2/conversations/" + conversation[0], "{\"op\":\"replace\",\"path\":\"/status\","
                + "\"value\":\"" + status + "\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(204);
    }

    /** A customer rates a closed chat through HelpCrunch's `PUT /chats/rate`, the one core path that records one. */
    void rate(long[] chat, String rating) {
        Response r = tenant.hc().put("/chats/rate", "{\"id\":" + chat[0] + ",\"rating\":\"" + rating + "\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    /** Replaces the conversation's tags. */
    void tags(long[] conversation, String... names) {
        StringBuilder list = new StringBuilder();
        for (String name : names) {
            list.append(list.isEmpty() ? "" : ",").append('"').append(name).append('"');
        }
        Response r = v2.put("/v2/conversations/" + conversation[0] + "/tags", "{\"tags\":[" + list + "]}");
        assertThat(r.status()).as(r.toString()).isEqualTo(204);
    }

    /** A saved reply of the tenant's mailbox; answers its id. */
    long savedReply(String name) {
        Response r = v2.post("/v2/mailboxes/" + tenant.mailbox().id() + "/saved-replies", "{\"name\":\"" + name
                + "\",\"text\":\"Thanks for writing\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return Long.parseLong(r.header("Resource-ID"));
    }

    /** A reply written from a saved reply. */
    void replyFrom(long[] conversation, long userId, long savedReplyId) {
        Response r = v2.post("/v2/conversations/" + conversation[0] + "/reply", "{\"customer\":{\"id\":"
                + conversation[1] + "},\"savedReplyId\":" + savedReplyId + ",\"user\":" + userId + "}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    String status(long[] conversation) {
        return v2.get("/v2/conversations/" + conversation[0]).json().get("status").asText();
    }

    @Override
    public void close() {
        server.close();
    }
}
