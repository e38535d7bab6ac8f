package io.frontdesk.helpcrunch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontdesk.customer.PropertyType;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static io.frontdesk.helpcrunch.HcTests.assertCustomerKeyOrder;
import static io.frontdesk.helpcrunch.HcTests.assertErrors;
import static io.frontdesk.helpcrunch.HcTests.assertGolden;
import static io.frontdesk.helpcrunch.HcTests.assertInvalid;
import static io.frontdesk.helpcrunch.HcTests.create;
import static io.frontdesk.helpcrunch.HcTests.without;
import static org.assertj.core.api.Assertions.assertThat;

/** `PATCH` and `PUT /customers/{id}`: partial by default, full replace on a `strictPut` account. */
@ParameterizedClass
@EnumSource(Backend.class)
class HcUpdateCustomerTest {

    private static final String FULL = """
            {"name": "John Doe", "email": "john@example.com", "userId": "u1", "company": "Acme",
             "phone": "+100", "firstSeen": "1000", "lastSeen": "2000",
             "location": {"city": "Kyiv", "regionCode": "Kyiv Oblast", "countryCode": "UA"},
             "unsubscribed": true, "blocked": true, "source": "https://a.example", "referer": "https://b.example",
             "lastPage": "https://c.example", "locale": "uk", "createdFrom": "telegram", "integrationId": "42",
             "notes": "Lorem ipsum", "tags": [{"name": "vip", "color": "#ff0000"}],
             "customData": [{"property": "plan", "value": "gold"}, {"property": "seats", "value": 3}]}""";

    @Parameter
    Backend backend;

    private Tenant tenant;
    private Client hc;
    private long id;

    @BeforeEach
    void customer() {
        tenant = backend.tenant();
        hc = tenant.hc();
        id = create(hc, FULL);
    }

    @Test
    void patch_changes_only_the_fields_it_names() {
        JsonNode before = hc.get("/customers/" + id).json();

        Response response = hc.patch("/customers/" + id, "{\"notes\":\"Changed\",\"blocked\":false}");

        assertThat(response.status()).isEqualTo(200);
        assertCustomerKeyOrder(response.json());
        ObjectNode expected = before.deepCopy();
        expected.put("notes", "Changed").put("blocked", false);
        assertThat(response.json()).isEqualTo(expected);
    }

    @Test
    void put_is_partial_by_default_because_every_known_client_sends_partial_puts() {
        JsonNode before = hc.get("/customers/" + id).json();

        JsonNode after = hc.put("/customers/" + id, "{\"notes\":\"Only this\"}").json();

        assertThat(after.get("notes").asText()).isEqualTo("Only this");
        assertThat(without(after, "notes")).isEqualTo(without(before, "notes"));
    }

    @Test
    void put_on_a_strict_account_clears_every_field_it_does_not_name() {
        tenant.server().app().accounts().setStrictPut(tenant.accountId(), true);

        Response response = hc.put("/customers/" + id, "{\"notes\":\"Only this\"}");

        assertGolden(response, 200, "customers/strict_put.json");
        assertThat(hc.get("/customers/" + id).json()).isEqualTo(response.json());
    }

    @Test
    void put_on_a_strict_account_with_every_field_answers_exactly_that() {
        tenant.server().app().accounts().setStrictPut(tenant.accountId(), true);
        long other = create(hc, "{}");

        JsonNode replaced = hc.put("/customers/" + other, FULL.replace("u1", "u2").replace("john@", "jo@")).json();

        JsonNode original = hc.get("/customers/" + id).json();
        assertThat(without(replaced, "id", "userId", "email")).isEqualTo(without(original, "id", "userId", "email"));
    }

    @Test
    void patch_stays_partial_on_a_strict_account() {
        tenant.server().app().accounts().setStrictPut(tenant.accountId(), true);

        JsonNode after = hc.patch("/customers/" + id, "{\"notes\":\"Only this\"}").json();

        assertThat(after.get("name").asText()).isEqualTo("John Doe");
        assertThat(after.get("customData").size()).isEqualTo(2);
    }

    @Test
    void null_clears_a_field_and_a_flag_becomes_false() {
        JsonNode after = hc.patch("/customers/" + id,
                "{\"notes\":null,\"email\":null,\"phone\":null,\"userId\":null,\"firstSeen\":null,\"blocked\":null,"
                        + "\"name\":null,\"locale\":null}").json();

        for (String key : List.of("notes", "email", "phone", "userId", "firstSeen", "name", "locale")) {
            assertThat(after.get(key).isNull()).as(key).isTrue();
        }
        assertThat(after.get("blocked").asBoolean()).isFalse();
        assertThat(after.get("lastSeen").asText()).isEqualTo("2000");
    }

    @Test
    void email_name_and_dates_are_rewritten() {
        JsonNode after = hc.patch("/customers/" + id,
                "{\"email\":\"new@example.com\",\"name\":\"Mary Ann Smith\",\"lastSeen\":1700000000}").json();

        assertThat(after.get("email").asText()).isEqualTo("new@example.com");
        assertThat(after.get("name").asText()).isEqualTo("Mary Ann Smith");
        assertThat(after.get("lastSeen").asText()).isEqualTo("1700000000");
    }

    @Test
    void flat_location_keys_change_single_parts_and_a_null_location_removes_it() {
        JsonNode city = hc.patch("/customers/" + id, "{\"city\":\"Lviv\"}").json().get("location");
        assertThat(city.toString())
                .isEqualTo("{\"regionCode\":\"Kyiv Oblast\",\"countryCode\":\"UA\",\"city\":\"Lviv\"}");

        JsonNode region = hc.patch("/customers/" + id, "{\"location\":{\"regionCode\":\"Lviv Oblast\"}}").json()
                .get("location");
        assertThat(region.toString())
                .isEqualTo("{\"regionCode\":\"Lviv Oblast\",\"countryCode\":\"UA\",\"city\":\"Lviv\"}");

        JsonNode gone = hc.patch("/customers/" + id, "{\"location\":null}").json().get("location");
        assertThat(gone.toString()).isEqualTo("{\"regionCode\":null,\"countryCode\":null,\"city\":null}");
    }

    @Test
    void tags_in_an_update_replace_the_set() {
        JsonNode tags = hc.patch("/customers/" + id, "{\"tags\":[{\"name\":\"Lead\"},{\"name\":\"vip\"}]}").json()
                .get("tags");
        assertThat(tags.toString())
                .isEqualTo("[{\"name\":\"Lead\",\"color\":\"#c377e0\"},{\"name\":\"vip\",\"color\":\"#ff0000\"}]");

        assertThat(hc.patch("/customers/" + id, "{\"tags\":[]}").json().get("tags").size()).isZero();
        assertThat(hc.patch("/customers/" + id, "{\"notes\":\"x\"}").json().get("tags").size()).isZero();
    }

    @Test
    void custom_data_merges_per_property_and_null_removes_one() {
        JsonNode data = hc.patch("/customers/" + id, """
                {"customData": [{"property": "seats", "value": 5}, {"property": "plan", "value": null},
                                {"property": "trial", "value": true}]}""").json().get("customData");

        assertThat(data.toString()).isEqualTo("{\"seats\":5,\"trial\":true}");
    }

    @Test
    void a_null_custom_data_removes_every_value() {
        assertThat(hc.patch("/customers/" + id, "{\"customData\":null}").json().get("customData").size()).isZero();
    }

    @Test
    void a_value_that_does_not_fit_a_typed_help_scout_property_is_reported_at_its_path() {
        tenant.server().app().customers().defineProperty(tenant.accountId(), "visits", "Visits", PropertyType.NUMBER,
                List.of());

        assertInvalid(hc.patch("/customers/" + id, "{\"customData\":[{\"property\":\"Visits\",\"value\":\"many\"}]}"),
                "customData[0].value", "This value is not valid.");
        JsonNode data = hc.patch("/customers/" + id, "{\"customData\":{\"visits\":12}}").json().get("customData");
        assertThat(data.get("Visits").asLong()).isEqualTo(12);
    }

    @Test
    void taking_another_customers_user_id_is_refused_and_keeping_ones_own_is_fine() {
        create(hc, "{\"userId\":\"u2\"}");

        assertGolden(hc.patch("/customers/" + id, "{\"userId\":\"u2\"}"), 400, "errors/duplicate_userId.json");
        assertThat(hc.patch("/customers/" + id, "{\"userId\":\"u1\"}").status()).isEqualTo(200);
    }

    @Test
    void a_rejected_update_changes_nothing() {
        JsonNode before = hc.get("/customers/" + id).json();

        assertErrors(hc.patch("/customers/" + id, "{\"notes\":\"x\",\"blocked\":\"yes\",\"email\":\"nope\"}"), 400,
                "email", "This value is not a valid email address.",
                "blocked", "This value should be of type bool.");

        assertThat(hc.get("/customers/" + id).json()).isEqualTo(before);
    }

    @Test
    void updating_an_unknown_customer_is_404() {
        assertGolden(hc.patch("/customers/999999999", "{\"notes\":\"x\"}"), 404, "errors/customer_not_found.json");
        assertGolden(hc.put("/customers/999999999", "{\"notes\":\"x\"}"), 404, "errors/customer_not_found.json");
    }

    @Test
    void an_update_body_must_be_an_object() {
        assertInvalid(hc.put("/customers/" + id, "[{\"notes\":\"x\"}]"), "body",
                "This value should be of type object.");
        assertErrors(hc.patch("/customers/" + id, "{nope"), 400, "invalid_json", "Malformed JSON in the request body");
    }
}
