package io.frontdesk.helpscout.v2.conversations;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.mailbox.FieldType;
import io.frontdesk.mailbox.MailboxField;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Golden;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import static org.assertj.core.api.Assertions.assertThat;

/** Shared steps of the conversation suites: bodies, create, read, golden files and vnd.error checks. */
final class Conversations {

    static final String HAL = "application/hal+json";
    static final String VND = "application/vnd.error+json";
    static final String ERRORS = "http://developer.helpscout.net/mailbox-api/overview/errors";

    private Conversations() {
    }

    /** Seed 004's request body exactly as printed (`src/test/resources/seeds/helpscout-v2/`). */
    static String seed() {
        try (InputStream in = Conversations.class.getResourceAsStream(
                "/seeds/helpscout-v2/create-conversation.json.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces one literal of the seed, failing loudly when it is not there. */
    static String replace(String body, String literal, String replacement) {
        assertThat(body).as("seed literal").contains(literal);
        return body.replace(literal, replacement);
    }

    /** A conversation with one customer thread from {@code email}, active, in the tenant's mailbox. */
    static String minimal(Tenant tenant, String subject, String email) {
        return body(tenant.mailbox().id(), subject, "\"customer\":{\"email\":\"" + email + "\"}", "active",
                "[{\"type\":\"customer\",\"text\":\"Hello from " + email + "\"}]", "");
    }

    /** A create body; {@code extra} is more top-level members, each starting with a comma. */
    static String body(long mailboxId, String subject, String customer, String status, String threads,
                       String extra) {
        return "{\"subject\":\"" + subject + "\",\"type\":\"email\",\"mailboxId\":" + mailboxId + ",\"status\":\""
                + status + "\"," + customer + ",\"threads\":" + threads + extra + "}";
    }

    /** {@code n} customer threads, newest first as Help Scout lists them. */
    static String customerThreads(int n) {
        StringJoiner threads = new StringJoiner(",", "[", "]");
        for (int i = n; i >= 1; i--) {
            threads.add("{\"type\":\"customer\",\"text\":\"Message " + i + "\"}");
        }
        return threads.toString();
    }

    static Response post(Client client, String json) {
        return client.post("/v2/conversations", json);
    }

    /** Creates a conversation and answers its id, checking the create contract on the way. */
    static long create(Client client, String json) {
        Response response = post(client, json);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return Long.parseLong(response.header("Resource-ID"));
    }

    static JsonNode get(Client client, long id) {
        Response response = client.get("/v2/conversations/" + id);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    static JsonNode getWithThreads(Client client, long id) {
        Response response = client.get("/v2/conversations/" + id + "?embed=threads");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    static long addThread(Client client, long id, String kind, String json) {
        Response response = client.post("/v2/conversations/" + id + "/" + kind, json);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return Long.parseLong(response.header("Resource-ID"));
    }

    static void noContent(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
    }

    /** A dropdown `Plan` with the options trial and paid on the tenant's mailbox. */
    static MailboxField definePlan(Tenant tenant) {
        return define(tenant, "Plan", FieldType.DROPDOWN, List.of("trial", "paid"));
    }

    static MailboxField define(Tenant tenant, String name, FieldType type, List<String> options) {
        return tenant.server().app().mailboxFields().create(tenant.accountId(), tenant.mailbox().id(), name, type,
                false, 0, options);
    }

    static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.at("/_embedded/conversations").forEach(c -> ids.add(c.get("id").asLong()));
        return ids;
    }

    /** A vnd.error with this status naming {@code path}; {@code code} is the anchor of its `about` link. */
    static JsonNode assertError(Response response, int status, String path, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).isEqualTo(VND);
        JsonNode errors = response.json().at("/_embedded/errors");
        List<String> paths = new ArrayList<>();
        errors.forEach(error -> paths.add(error.get("path").asText()));
        assertThat(paths).as(response.body()).contains(path);
        for (JsonNode error : errors) {
            if (error.get("path").asText().equals(path) && code != null) {
                assertThat(error.at("/_links/about/href").asText()).as(response.body())
                        .isEqualTo(ERRORS + "#" + code);
            }
        }
        return response.json();
    }

    static void assertStatus(Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        if (status >= 400) {
            assertThat(response.header("Content-Type")).isEqualTo(VND);
        }
    }

    /** Ids to write into hrefs as `<name>` before a golden comparison, per resource path. */
    static final class Ids {

        private final Map<String, Long> byTag = new LinkedHashMap<>();

        static Ids of() {
            return new Ids();
        }

        Ids conversation(long id) {
            return put("conversations/", "conversation", id);
        }

        Ids customer(long id) {
            return put("customers/", "customer", id);
        }

        Ids user(long id) {
            return put("users/", "user", id);
        }

        Ids mailbox(long id) {
            return put("mailboxes/", "mailbox", id);
        }

        Ids attachment(long id) {
            return put("attachments/", "attachment", id);
        }

        private Ids put(String segment, String tag, long id) {
            byTag.put(segment + "|" + tag, id);
            return this;
        }

        String apply(String body) {
            for (Map.Entry<String, Long> entry : byTag.entrySet()) {
                String[] parts = entry.getKey().split("\\|");
                body = body.replaceAll("/" + parts[0] + entry.getValue() + "(?=[/\"?])",
                        "/" + parts[0] + "<" + parts[1] + ">");
                if (parts[1].equals("conversation")) {
                    body = body.replaceAll("/conversation/" + entry.getValue() + "/\\d+\"",
                            "/conversation/<conversation>/<number>\"");
                }
            }
            return body;
        }
    }

    /**
     * Compares with `golden/helpscout-v2/conversations/{file}` after writing the given ids in hrefs as `<name>`;
     * URI template braces become angle brackets (`<?page>`), as in the customer suites.
     */
    static void golden(Response response, String file, Client client, Ids ids) {
        String body = ids.apply(response.body()).replace("{?page}", "<?page>").replace("{&page}", "<&page>");
        Golden.assertMatches(body, "helpscout-v2/conversations/" + file, client.base());
    }
}
