package io.frontdesk.junit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * A typed client of the sandbox's admin API ({@code /_frontdesk/…}, docs/sandbox.md "Admin API"): accounts, resets,
 * fixtures, snapshots, the clock, faults, the request journal, captured mail and webhook deliveries. The extension
 * injects one for its server; {@link #connect} makes one for any sandbox (a process, a container). A refusal is an
 * {@link AdminException} with the admin API's status and error code.
 */
public final class AdminClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    private final AdminHttp http;

    private AdminClient(AdminHttp http) {
        this.http = http;
    }

    /** @param baseUrl the server's address ({@code http://127.0.0.1:8080}), without {@code /_frontdesk} */
    public static AdminClient connect(URI baseUrl, String adminToken) {
        String url = baseUrl.toString();
        URI base = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        return new AdminClient(new AdminHttp(base, adminToken));
    }

    // Accounts and resets

    /** A new account with an owner, a mailbox and one credential of each dialect, every name made unique. */
    public SandboxAccount createAccount() {
        return AdminReads.account(call("POST", "/accounts", JSON.createObjectNode()));
    }

    /** The same with chosen names; a null argument is made unique. */
    public SandboxAccount createAccount(String name, String ownerEmail, String mailboxEmail) {
        ObjectNode body = JSON.createObjectNode();
        putIfPresent(body, "name", name);
        putIfPresent(body, "ownerEmail", ownerEmail);
        putIfPresent(body, "mailboxEmail", mailboxEmail);
        return AdminReads.account(call("POST", "/accounts", body));
    }

    /** Deletes the account and everything it owns; its credentials stop working at once. */
    public void deleteAccount(long accountId) {
        call("DELETE", "/accounts/" + accountId, null);
    }

    /** Puts one account back as it was made, with the same ids and secrets (an access token must be fetched again). */
    public void resetAccount(long accountId) {
        call("POST", "/accounts/" + accountId + "/reset", null);
    }

    /** Empties the store, starts the ids at 1 again and runs first start; answers first start's account. */
    public SandboxAccount resetAll() {
        return AdminReads.account(call("POST", "/reset", null));
    }

    // Fixtures

    /** Loads a pack ({@code application/json} or {@code application/yaml}); answers the accounts it made. */
    public List<SandboxAccount> loadFixture(String pack, String contentType) {
        JsonNode answer = http.send("POST", "/fixtures", HttpRequest.BodyPublishers.ofString(pack), contentType,
                CALL_TIMEOUT);
        return AdminReads.list(answer.path("accounts"), AdminReads::account);
    }

    /** Loads a pack from the class path; YAML when its name ends in {@code .yaml} or {@code .yml}. */
    public List<SandboxAccount> loadFixtureResource(String resource) {
        String name = resource.startsWith("/") ? resource.substring(1) : resource;
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = (loader != null ? loader : AdminClient.class.getClassLoader())
                .getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("fixture pack not found on the class path: " + name);
            }
            String lower = name.toLowerCase(Locale.ROOT);
            boolean yaml = lower.endsWith(".yaml") || lower.endsWith(".yml");
            return loadFixture(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    yaml ? "application/yaml" : "application/json");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fixture pack " + name, e);
        }
    }

    // Snapshots

    public Snapshot saveSnapshot(String name) {
        ObjectNode body = JSON.createObjectNode().put("name", name);
        return AdminReads.snapshot(call("POST", "/snapshots", body));
    }

    public List<Snapshot> snapshots() {
        return AdminReads.list(call("GET", "/snapshots", null), AdminReads::snapshot);
    }

    /** Puts every table back as the snapshot found it; mail, journal and fault rules are emptied. */
    public Snapshot restoreSnapshot(String name) {
        return AdminReads.snapshot(call("POST", "/snapshots/" + encode(name) + "/restore", null));
    }

    public void deleteSnapshot(String name) {
        call("DELETE", "/snapshots/" + encode(name), null);
    }

    // Clock

    public ClockReading clock() {
        return AdminReads.clock(call("GET", "/clock", null));
    }

    /** Sets the clock to {@code now} and freezes it there. */
    public ClockReading setClock(Instant now) {
        return AdminReads.clock(call("PUT", "/clock",
                JSON.createObjectNode().put("now", now.toString()).put("frozen", true)));
    }

    public ClockReading freezeClock() {
        return AdminReads.clock(call("POST", "/clock/freeze", null));
    }

    public ClockReading resumeClock() {
        return AdminReads.clock(call("POST", "/clock/resume", null));
    }

    /** Moves the clock forward; what the move made due (snoozes, webhook retries) runs at once. */
    public ClockReading advanceClock(Duration by) {
        return AdminReads.clock(call("POST", "/clock/advance", JSON.createObjectNode().put("millis", by.toMillis())));
    }

    /** Back to the system clock, running. */
    public ClockReading resetClock() {
        return AdminReads.clock(call("POST", "/clock/reset", null));
    }

    // Faults

    /** Adds a rule; answers its id. */
    public long addFault(Fault fault) {
        ObjectNode all = JSON.valueToTree(fault);
        ObjectNode body = JSON.createObjectNode();
        all.properties().stream().filter(e -> !e.getValue().isNull()).forEach(e -> body.set(e.getKey(), e.getValue()));
        return call("POST", "/faults", body).path("id").asLong();
    }

    public void deleteFault(long id) {
        call("DELETE", "/faults/" + id, null);
    }

    public void clearFaults() {
        call("DELETE", "/faults", null);
    }

    // Request journal

    /** Oldest first. */
    public List<JournalEntry> requests(RequestFilter filter) {
        return AdminReads.list(call("GET", "/requests" + query(filter), null), AdminReads::request);
    }

    public long countRequests(RequestFilter filter) {
        return call("GET", "/requests/count" + query(filter), null).path("count").asLong();
    }

    public void clearRequests() {
        call("DELETE", "/requests", null);
    }

    // Captured mail

    /** Every captured message, oldest first. */
    public List<CapturedMail> mail() {
        return AdminReads.list(call("GET", "/mail", null), AdminReads::mail);
    }

    /** One account's captured messages, oldest first. */
    public List<CapturedMail> mail(long accountId) {
        return AdminReads.list(call("GET", "/mail?accountId=" + accountId, null), AdminReads::mail);
    }

    public void clearMail() {
        call("DELETE", "/mail", null);
    }

    // Webhooks

    /** The account's deliveries, newest first; {@code event} (a name or core event type) may be null. */
    public List<WebhookDelivery> webhookDeliveries(long accountId, String event) {
        String query = event == null ? "" : "?event=" + encode(event);
        return AdminReads.list(call("GET", "/accounts/" + accountId + "/webhooks/deliveries" + query, null),
                AdminReads::delivery);
    }

    /**
     * Waits on the server (no polling here) until a delivery of {@code event} for {@code resourceId} (null: any) has
     * been delivered; empty when {@code timeout} (at most a minute) passes first.
     */
    public Optional<WebhookDelivery> awaitWebhook(long accountId, String event, Long resourceId, Duration timeout) {
        StringJoiner query = new StringJoiner("&", "?", "");
        query.add("event=" + encode(event));
        if (resourceId != null) {
            query.add("resourceId=" + resourceId);
        }
        query.add("timeoutMs=" + timeout.toMillis());
        JsonNode answer = http.call("GET", "/accounts/" + accountId + "/webhooks/await" + query, null,
                CALL_TIMEOUT.plus(timeout));
        return answer.path("delivered").asBoolean()
                ? Optional.of(AdminReads.delivery(answer.path("delivery"))) : Optional.empty();
    }

    private JsonNode call(String method, String path, JsonNode body) {
        return http.call(method, path, body, CALL_TIMEOUT);
    }

    private static String query(RequestFilter f) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        if (f.accountId() != null) {
            query.add("accountId=" + f.accountId());
        }
        if (f.dialect() != null) {
            query.add("dialect=" + encode(f.dialect()));
        }
        if (f.method() != null) {
            query.add("method=" + encode(f.method()));
        }
        if (f.path() != null) {
            query.add("path=" + encode(f.path()));
        }
        if (f.status() != null) {
            query.add("status=" + f.status());
        }
        if (f.limit() != null) {
            query.add("limit=" + f.limit());
        }
        return query.toString();
    }

    private static void putIfPresent(ObjectNode body, String field, String value) {
        if (value != null) {
            body.put(field, value);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
