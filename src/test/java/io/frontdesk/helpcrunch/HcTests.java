package io.frontdesk.helpcrunch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Golden;
import io.frontdesk.testing.Response;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Shared assertions of the HelpCrunch contract tests. */
final class HcTests {

    /** The customer object's keys in the documented order. */
    static final String[] CUSTOMER_KEYS = {"id", "name", "email", "userId", "company", "phone", "firstSeen",
        "lastSeen", "location", "device", "unsubscribed", "blocked", "source", "referer", "lastPage", "locale",
        "createdFrom", "integrationId", "notes", "tags", "customData"};

    private HcTests() {
    }

    /** A test resource's text, e.g. {@code helpcrunch/seed-003-create-request.json}. */
    static String resource(String path) {
        try (InputStream in = HcTests.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new AssertionError("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Status, the exact Content-Type and the golden file under `golden/helpcrunch/`. */
    static void assertGolden(Response response, int status, String golden) {
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        assertThat(response.header("Content-Type")).isEqualTo("application/json");
        Golden.assertMatches(response, "helpcrunch/" + golden, "");
    }

    /** A HelpCrunch error: `invalid_request` first, then exactly these `code: message` entries, in order. */
    static void assertErrors(Response response, int status, String... codesAndMessages) {
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        assertThat(response.header("Content-Type")).isEqualTo("application/json");
        List<String> actual = new ArrayList<>();
        for (JsonNode error : response.json().get("errors")) {
            actual.add(error.get("code").asText() + ": " + error.get("message").asText());
        }
        List<String> expected = new ArrayList<>();
        expected.add("invalid_request: Invalid request");
        for (int i = 0; i < codesAndMessages.length; i += 2) {
            expected.add(codesAndMessages[i] + ": " + codesAndMessages[i + 1]);
        }
        assertThat(actual).as("%s", response).containsExactlyElementsOf(expected);
    }

    /** A 400 whose one specific error has this code and message. */
    static void assertInvalid(Response response, String code, String message) {
        assertErrors(response, 400, code, message);
    }

    static void assertCustomerKeyOrder(JsonNode customer) {
        List<String> keys = new ArrayList<>();
        customer.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly(CUSTOMER_KEYS);
        List<String> location = new ArrayList<>();
        customer.get("location").fieldNames().forEachRemaining(location::add);
        assertThat(location).containsExactly("regionCode", "countryCode", "city");
    }

    /** A copy of an object without some keys. */
    static ObjectNode without(JsonNode object, String... keys) {
        ObjectNode copy = object.deepCopy();
        copy.remove(List.of(keys));
        return copy;
    }

    /** Creates a customer and answers its id. */
    static long create(Client hc, String json) {
        Response response = hc.post("/customers", json);
        assertThat(response.status()).as("%s", response).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    /** The ids of a list or search answer's `data`, in order. */
    static List<Long> ids(Response response) {
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        response.json().get("data").forEach(customer -> ids.add(customer.get("id").asLong()));
        return ids;
    }
}
