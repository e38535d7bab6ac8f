package io.frontdesk.crossdialect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Help Scout 1.0 and 2.0 are two views of one customer store: what one writes the other reads, and neither loses what
 * the other wrote. 1.0 says `location` and `modifiedAt` where 2.0 says `type` and `updatedAt`.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class HelpScoutRoundTripTest {

    private static final String EVERY_FIELD = """
            {"firstName": "Vernon", "lastName": "Bear", "photoUrl": "https://example.com/vernon.png",
             "photoType": "twitter", "gender": "male", "age": "30-35", "organization": "Acme, Inc",
             "jobTitle": "CEO and Co-Founder", "location": "Greater Dallas/FT Worth Area",
             "background": "I've worked with Vernon before and he's really great.",
             "address": {"lines": ["123 West Main St", "Suite 123"], "city": "Dallas", "state": "TX",
                         "postalCode": "74206", "country": "US"},
             "socialProfiles": [{"value": "https://twitter.com/helpscout", "type": "twitter"}],
             "emails": [{"value": "vbear@mywork.com", "location": "work"},
                        {"value": "vernon@home.com", "location": "home"}],
             "phones": [{"value": "222-333-4444", "location": "home"}, {"value": "555", "location": "mobile"}],
             "chats": [{"value": "jsprout", "type": "aim"}],
             "websites": [{"value": "http://www.somewhere.com"}]}""";

    /** 1.0 collection → 2.0 `_embedded` key, and the name each gives the entry's type. */
    private static final Map<String, String> EMBEDDED = Map.of("emails", "emails", "phones", "phones",
            "chats", "chats", "socialProfiles", "social_profiles", "websites", "websites");
    private static final List<String> CORE = List.of("firstName", "lastName", "photoUrl", "photoType", "gender",
            "age", "organization", "jobTitle", "location", "background");

    @Parameter
    Backend backend;

    Tenant tenant;

    @BeforeEach
    void setUp() {
        tenant = backend.tenant();
    }

    @Test
    void a_customer_written_through_1_0_and_changed_through_2_0_loses_nothing() throws InterruptedException {
        Response created = tenant.v1().post("/v1/customers.json?reload=true", EVERY_FIELD);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.locationId();
        JsonNode v1 = created.json().get("item");

        JsonNode v2 = v2Customer(id);
        assertSameCustomer(v1, v2);

        Thread.sleep(1100); // so the change shows in second-precision times
        Response overwrite = tenant.v2().put("/v2/customers/" + id, """
                {"firstName": "Karl", "lastName": "Bär", "photoUrl": "https://example.com/karl.png",
                 "photoType": "gravatar", "gender": "unknown", "age": "40", "organization": "Beta, Ltd",
                 "jobTitle": "CTO", "location": "Prague", "background": "Moved to Prague."}""");
        assertThat(overwrite.status()).as(overwrite.toString()).isEqualTo(204);
        JsonNode v2After = v2Customer(id);
        JsonNode v1After = v1Item(id);

        assertSameCustomer(v1After, v2After);
        assertThat(v1After.get("firstName").asText()).isEqualTo("Karl");
        assertThat(v1After.get("lastName").asText()).isEqualTo("Bär");
        assertThat(v1After.get("fullName").asText()).isEqualTo("Karl Bär");
        assertThat(v1After.get("jobTitle").asText()).isEqualTo("CTO");
        assertThat(v1After.get("modifiedAt").asText()).isGreaterThan(v1.get("modifiedAt").asText());
        for (String unchanged : List.of("id", "createdAt", "address", "socialProfiles", "emails", "phones",
                "chats", "websites")) {
            assertThat(v1After.get(unchanged)).as(unchanged).isEqualTo(v1.get(unchanged));
        }
    }

    @Test
    void a_customer_2_0_stored_without_names_can_be_sent_back_whole_through_1_0() {
        Response created = tenant.v2().post("/v2/customers", """
                {"organization": "Acme, Inc", "emails": [{"type": "work", "value": "nameless@acme.com"}]}""");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.locationId();
        JsonNode v1 = v1Item(id);
        assertThat(v1.get("firstName").isNull()).isTrue();
        JsonNode v2Before = v2Customer(id);

        Response put = tenant.v1().put("/v1/customers/" + id + ".json", v1.toString());

        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        ObjectNode v2After = (ObjectNode) v2Customer(id);
        v2After.set("updatedAt", v2Before.get("updatedAt"));
        assertThat(v2After).isEqualTo(v2Before);
    }

    /** Every core field, entry (same ids, 1.0 `location`/`type` = 2.0 `type`), the address and both times agree. */
    private static void assertSameCustomer(JsonNode v1, JsonNode v2) {
        assertThat(v2.get("id")).isEqualTo(v1.get("id"));
        for (String field : CORE) {
            assertThat(v2.get(field)).as(field).isEqualTo(v1.get(field));
        }
        assertThat(v2.get("createdAt")).isEqualTo(v1.get("createdAt"));
        assertThat(v2.get("updatedAt")).as("2.0 updatedAt is 1.0 modifiedAt").isEqualTo(v1.get("modifiedAt"));
        EMBEDDED.forEach((v1Name, v2Name) -> {
            JsonNode v1Entries = v1.get(v1Name);
            JsonNode v2Entries = v2.at("/_embedded/" + v2Name);
            assertThat(v2Entries).as(v2Name).hasSize(v1Entries.size());
            for (int i = 0; i < v1Entries.size(); i++) {
                JsonNode one = v1Entries.get(i);
                JsonNode two = v2Entries.get(i);
                assertThat(two.get("id")).as(v2Name + " id").isEqualTo(one.get("id"));
                assertThat(two.get("value")).as(v2Name + " value").isEqualTo(one.get("value"));
                JsonNode type = one.has("location") ? one.get("location") : one.get("type");
                if (type != null) {
                    assertThat(two.get("type")).as(v2Name + " type").isEqualTo(type);
                }
            }
        });
        JsonNode address = v1.get("address");
        JsonNode embedded = v2.at("/_embedded/address");
        for (String part : List.of("id", "lines", "city", "state", "postalCode", "country")) {
            assertThat(embedded.get(part)).as("address " + part).isEqualTo(address.get(part));
        }
    }

    private JsonNode v1Item(long id) {
        Response response = tenant.v1().get("/v1/customers/" + id + ".json");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("item");
    }

    private JsonNode v2Customer(long id) {
        Response response = tenant.v2().get("/v2/customers/" + id);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
