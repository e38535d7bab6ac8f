package io.frontdesk.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.account.CredentialKind;
import io.frontdesk.account.Role;
import io.frontdesk.account.User;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.ManualClock;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import io.frontdesk.testing.TestServer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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

    /** A scenario on {@link ReportDay}, from 08:00. */
    static ReportScenario onReportDay(Backend backend) {
        return new ReportScenario(backend, ReportDay.at("08:00"));
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

    /** A user of the tenant's account named "{@code first} Agent", at {@code first}@agents.test. */
    User agent(String first) {
        return user(first, first.toLowerCase(Locale.ROOT) + "@agents.test");
    }

    /** Help Scout 1.0 as {@code user}, with an API key of the user's own. */
    Client v1As(User user) {
        String key = server.app().accounts().issueCredential(account(), user.id(), CredentialKind.HELPSCOUT_API_KEY,
                user.firstName().toLowerCase(Locale.ROOT), Optional.empty(), Optional.empty()).secret();
        return new Client(server.baseUrl(), Map.of("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((key + ":X").getBytes(StandardCharsets.UTF_8))));
    }

    void at(Instant instant) {
        Duration step = Duration.between(clock.instant(), instant);
        assertThat(step.isNegative()).as("steps go forward in time").isFalse();
        clock.advance(step);
        // access tokens expire on the server's clock: a step of days needs a new one
        if (Duration.between(tokenAt, instant).toHours() >= 12) {
            v2 = tenant.newV2();
            tokenAt = instant;
        }
    }

    /** A conversation a customer starts with one message; answers {conversation id, customer id}. */
    long[] customerStarts(String email, String type) {
        return customerStarts(email, type, "Help");
    }

    /** The same with its own subject, and tags given at creation. */
    long[] customerStarts(String email, String type, String subject, String... tags) {
        String thread = type.equals("email") ? "customer" : type;
        String tagged = tags.length == 0 ? "" : "\"tags\":" + list(tags) + ",";
        Response created = v2.post("/v2/conversations", "{\"subject\":\"" + subject + "\",\"type\":\"" + type
                + "\",\"mailboxId\":" + tenant.mailbox().id() + ",\"status\":\"active\",\"customer\":{\"email\":\""
                + email + "\"}," + tagged + "\"threads\":[{\"type\":\"" + thread + "\",\"customer\":{\"email\":\""
                + email + "\"},\"text\":\"Hello\"}]}");
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

    void assign(long[] conversation, long userId) {
        Response r = v2.patch("/v2/conversations/" + conversation[0], "{\"op\":\"replace\",\"path\":\"/assignTo\","
                + "\"value\":" + userId + "}");
        assertThat(r.status()).as(r.toString()).isEqualTo(204);
    }

    /** Replaces the conversation's tags. */
    void tags(long[] conversation, String... names) {
        Response r = v2.put("/v2/conversations/" + conversation[0] + "/tags", "{\"tags\":" + list(names) + "}");
        assertThat(r.status()).as(r.toString()).isEqualTo(204);
    }

    private static String list(String... names) {
        StringBuilder list = new StringBuilder();
        for (String name : names) {
            list.append(list.isEmpty() ? "" : ",").append('"').append(name).append('"');
        }
        return "[" + list + "]";
    }

    /** Runs a manual workflow on the conversation, as a user would from the mailbox. */
    void run(long workflowId, long conversation) {
        Response r = v2.post("/v2/workflows/" + workflowId + "/run", "{\"conversationIds\":[" + conversation + "]}");
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

    /** The conversation ids of a drilldown's page, in its order. */
    static List<Long> ids(JsonNode drilldown) {
        List<Long> ids = new ArrayList<>();
        drilldown.at("/conversations/results").forEach(row -> ids.add(row.get("id").asLong()));
        return ids;
    }

    /** A 2.0 report refused with 400 in vnd.error, naming {@code field}. */
    void assertInvalid(String path, String field) {
        Response r = v2.get(path);
        assertThat(r.status()).as(path + " → " + r).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/vnd.error+json");
        assertThat(r.body()).as(path).contains("\"" + field + "\"");
    }

    @Override
    public void close() {
        server.close();
    }
}
