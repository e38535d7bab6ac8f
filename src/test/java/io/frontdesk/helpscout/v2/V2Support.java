package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Golden;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** Shared steps of the 2.0 customer suites: create, read, compare with golden files, check vnd.errors. */
final class V2Support {

    static final String HAL = "application/hal+json";
    static final String VND = "application/vnd.error+json";
    static final String ERRORS = "http://developer.helpscout.net/mailbox-api/overview/errors";

    /** Vernon Bear from Help Scout's own examples, with one entry of every kind, an address and a property. */
    static final String VERNON = """
            {"firstName": "Vernon", "lastName": "Bear", "gender": "Male", "jobTitle": "CEO and Co-Founder",
             "location": "Greater Dallas/FT Worth Area", "organization": "Acme, Inc", "photoType": "twitter",
             "photoUrl": "http://twitter.com/img/some-avatar.jpg", "age": "30-35",
             "background": "I've worked with Vernon before and he's really great.",
             "emails": [{"type": "home", "value": "bear@acme.com"}],
             "phones": [{"type": "home", "value": "123-123-123"}],
             "chats": [{"type": "aim", "value": "54831172"}],
             "socialProfiles": [{"type": "twitter", "value": "@me"}],
             "websites": [{"value": "http://home.com"}],
             "address": {"city": "Dallas", "state": "TX", "postalCode": "74206", "country": "US",
                         "lines": ["123 West Main St", "Suite 123"]},
             "properties": [{"slug": "car", "value": "Tesla"}]}""";

    private static final AtomicLong CONVERSATION_NUMBERS = new AtomicLong(1000);

    private V2Support() {
    }

    /** Creates a customer and answers its id, checking the create contract on the way. */
    static long create(Client client, String json) {
        Response response = client.post("/v2/customers", json);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return Long.parseLong(response.header("Resource-ID"));
    }

    static long createNamed(Client client, String firstName, String lastName) {
        return create(client, "{\"firstName\":\"" + firstName + "\",\"lastName\":\"" + lastName + "\"}");
    }

    /** Vernon, after defining the `car` property his body sets. */
    static long createVernon(Client client) {
        assertThat(client.post("/v2/customer-properties", "{\"type\":\"text\",\"slug\":\"car\",\"name\":\"Car\"}")
                .status()).isEqualTo(201);
        return create(client, VERNON);
    }

    static JsonNode customer(Client client, long id) {
        Response response = client.get("/v2/customers/" + id);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    /**
     * Compares with a golden file after writing the given customers' ids in hrefs as `<id>`, `<id2>`, … so that
     * golden files can spell out every link. URI template braces become angle brackets (`<?page>`) because the golden
     * reader takes any string that starts with `${` and ends with `}` for a placeholder.
     */
    static void golden(Response response, String file, Client client, long... customerIds) {
        String body = response.body();
        for (int i = 0; i < customerIds.length; i++) {
            String tag = i == 0 ? "<id>" : "<id" + (i + 1) + ">";
            body = body.replaceAll("/v2/customers/" + customerIds[i] + "(?=[/\"?])", "/v2/customers/" + tag);
        }
        body = body.replace("{?page}", "<?page>").replace("{&page}", "<&page>");
        Golden.assertMatches(body, "helpscout-v2/customers/" + file, client.base());
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
                assertThat(error.at("/_links/about/href").asText()).as(response.body()).isEqualTo(ERRORS + "#" + code);
            }
        }
        return response.json();
    }

    static void assertNotFound(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(404);
        assertThat(response.header("Content-Type")).isEqualTo(VND);
    }

    /** The path and query of an absolute href of this server, so it can be followed verbatim. */
    static String relative(Client client, String href) {
        assertThat(href).startsWith(client.base());
        return href.substring(client.base().length());
    }

    /** A conversation row for the mailbox filter; the conversation API is not there yet, so SQL it is. */
    static void insertConversation(Tenant tenant, long mailboxId, long customerId) {
        long now = Instant.now().toEpochMilli();
        tenant.server().app().database().withHandle(h -> h.execute("INSERT INTO conversations (account_id, number, "
                        + "mailbox_id, customer_id, subject, status, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)",
                tenant.accountId(), CONVERSATION_NUMBERS.incrementAndGet(), mailboxId, customerId, "Hello", "active",
                now, now));
    }

    static long conversationCount(Tenant tenant, long customerId) {
        return tenant.server().app().database().withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM conversations WHERE customer_id = :id")
                .bind("id", customerId).mapTo(Long.class).one());
    }

    static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.at("/_embedded/customers").forEach(c -> ids.add(c.get("id").asLong()));
        return ids;
    }
}
