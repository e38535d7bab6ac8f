package io.frontdesk.helpscout.v1.conversations;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.testing.Golden;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Shared steps of the 1.0 conversation suites: bodies as the 1.0 SDKs send them, and the checks of their answers. */
final class V1ConversationSupport {

    private V1ConversationSupport() {
    }

    /** A conversation body as the Java SDK serialises its Conversation model (nulls left out). */
    static String conversation(Tenant tenant, String subject, String email) {
        return """
                {"subject": "%s", "type": "email", "mailbox": {"id": %d},
                 "customer": {"email": "%s", "firstName": "Vernon", "lastName": "Bear", "type": "customer"},
                 "tags": ["vip"],
                 "threads": [{"type": "customer", "createdBy": {"email": "%s", "type": "customer"},
                              "body": "My coffee machine is broken", "status": "active"}]}"""
                .formatted(subject, tenant.mailbox().id(), email, email);
    }

    /** Creates a conversation through 1.0 and answers its id, read from `Location` as the Java SDK does. */
    static long create(Tenant tenant, String subject, String email) {
        Response created = tenant.v1().post("/v1/conversations.json", conversation(tenant, subject, email));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return idFromLocation(created.header("Location"));
    }

    /** The Java SDK's rule: the text between the last `/` and the last `.`. */
    static long idFromLocation(String location) {
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1, location.lastIndexOf('.')));
    }

    static JsonNode ok(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        return response.json();
    }

    static void golden(Response response, int status, String file) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        Golden.assertMatches(response, "helpscout-v1/" + file, "");
    }

    static void assertNotFound(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(404);
        assertThat(response.json().get("status").asInt()).isEqualTo(404);
    }

    /** The properties named by a 1.0 validation error body. */
    static List<String> invalid(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        JsonNode body = response.json();
        assertThat(body.get("error").asText()).isEqualTo("Input could not be validated");
        List<String> properties = new ArrayList<>();
        body.get("validationErrors").forEach(e -> properties.add(e.get("property").asText()));
        return properties;
    }

    static List<Long> ids(JsonNode envelope) {
        List<Long> ids = new ArrayList<>();
        envelope.get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    static String counts(JsonNode envelope) {
        return envelope.get("page") + "/" + envelope.get("pages") + "/" + envelope.get("count");
    }
}
