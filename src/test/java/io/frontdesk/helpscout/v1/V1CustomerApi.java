package io.frontdesk.helpscout.v1;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;

import static org.assertj.core.api.Assertions.assertThat;

/** Test shorthand for the 1.0 customer endpoints of one tenant; every call asserts the status it expects. */
final class V1CustomerApi {

    private final Tenant tenant;

    V1CustomerApi(Tenant tenant) {
        this.tenant = tenant;
    }

    Client client() {
        return tenant.v1();
    }

    /** Creates a customer from this body and answers its id. */
    long create(String json) {
        Response response = client().post("/v1/customers.json", json);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.locationId();
    }

    /** A customer named first/last with one work email. */
    long create(String first, String last, String email) {
        return create("{\"firstName\":\"" + first + "\",\"lastName\":\"" + last + "\",\"emails\":[{\"value\":\""
                + email + "\"}]}");
    }

    /** The `item` of `GET /v1/customers/{id}.json`. */
    JsonNode item(long id) {
        Response response = client().get(path(id));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("item");
    }

    Response update(long id, String json) {
        return client().put(path(id), json);
    }

    /** Updates and asserts the 1.0 answer: exactly 200 with an empty body. */
    void updateOk(long id, String json) {
        Response response = update(id, json);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
    }

    JsonNode list(String query) {
        Response response = client().get("/v1/customers.json" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    static String path(long id) {
        return "/v1/customers/" + id + ".json";
    }

    /** The id of the entry in this collection whose value is {@code value}. */
    static long entryId(JsonNode item, String collection, String value) {
        for (JsonNode entry : item.get(collection)) {
            if (entry.get("value").asText().equals(value)) {
                return entry.get("id").asLong();
            }
        }
        throw new AssertionError("no " + collection + " entry " + value + " in " + item);
    }
}
