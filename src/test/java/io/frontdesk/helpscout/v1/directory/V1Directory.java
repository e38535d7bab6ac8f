package io.frontdesk.helpscout.v1.directory;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.testing.Golden;
import io.frontdesk.testing.Response;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Shared steps of the 1.0 mailbox, user and tag suites. */
final class V1Directory {

    private V1Directory() {
    }

    /** A 200 1.0 answer; its body as JSON. */
    static JsonNode ok(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        return response.json();
    }

    /** The 1.0 not-found body: `{"status":404,"message":…}`. */
    static void assertNotFound(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(404);
        assertThat(response.json().get("status").asInt()).isEqualTo(404);
    }

    static void golden(Response response, String file) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        Golden.assertMatches(response, "helpscout-v1/" + file, "");
    }

    /** The ids of a collection envelope's items, in order. */
    static List<Long> ids(JsonNode envelope) {
        List<Long> ids = new ArrayList<>();
        envelope.get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    /** The collection envelope without its items: `page`, `pages`, `count`. */
    static String counts(JsonNode envelope) {
        return envelope.get("page") + "/" + envelope.get("pages") + "/" + envelope.get("count");
    }
}
