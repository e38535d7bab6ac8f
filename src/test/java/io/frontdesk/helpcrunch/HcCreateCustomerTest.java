package io.frontdesk.helpcrunch;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import static io.frontdesk.helpcrunch.HcTests.assertCustomerKeyOrder;
import static io.frontdesk.helpcrunch.HcTests.assertErrors;
import static io.frontdesk.helpcrunch.HcTests.assertGolden;
import static io.frontdesk.helpcrunch.HcTests.assertInvalid;
import static io.frontdesk.helpcrunch.HcTests.create;
import static io.frontdesk.helpcrunch.HcTests.resource;
import static org.assertj.core.api.Assertions.assertThat;

/** `POST /customers`, starting from seed 003 replayed literally. */
@ParameterizedClass
@EnumSource(Backend.class)
class HcCreateCustomerTest {

    static final String SEED = resource("helpcrunch/seed-003-create-request.json");
    static final String SEED_VALID_EMAIL = SEED.replace("[email protected]", "john@example.com");

    @Parameter
    Backend backend;

    private Client hc;

    @BeforeEach
    void tenant() {
        hc = backend.tenant().hc();
    }

    @Test
    void the_seed_request_as_scraped_is_refused_because_its_email_is_not_an_address() {
        Response response = hc.post("/customers", SEED);

        assertGolden(response, 400, "errors/invalid_email.json");
        assertThat(hc.get("/customers").json().get("total").asLong()).isZero();
    }

    @Test
    void the_seed_request_with_a_real_email_is_answered_as_the_seed_response_shows() {
        Response response = hc.post("/customers", SEED_VALID_EMAIL);

        assertGolden(response, 201, "customers/seed_created.json");
        assertCustomerKeyOrder(response.json());
    }

    @Test
    void the_created_customer_reads_back_the_same() {
        Response created = hc.post("/customers", SEED_VALID_EMAIL);

        Response read = hc.get("/customers/" + created.json().get("id").asLong());

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(created.json());
        assertCustomerKeyOrder(read.json());
    }

    /** Without tags, custom data or an address the answer is made from what the inserts returned, not read back. */
    @Test
    void a_customer_of_fields_and_contacts_alone_reads_back_the_same() {
        Response created = hc.post("/customers", """
                {"name": "Ann Lee", "email": " Ann@Example.com", "phone": "+10233456781", "userId": "ann-1",
                 "company": "Example Inc.", "firstSeen": "1603885746", "unsubscribed": true, "notes": "n"}""");

        Response read = hc.get("/customers/" + created.json().get("id").asLong());

        assertThat(created.status()).isEqualTo(201);
        assertThat(read.json()).isEqualTo(created.json());
        assertThat(created.json().get("email").asText()).isEqualTo("Ann@Example.com");
        assertThat(created.json().get("phone").asText()).isEqualTo("+10233456781");
    }

    @Test
    void an_empty_body_creates_a_customer_with_every_key_present() {
        Response response = hc.post("/customers", "{}");

        assertGolden(response, 201, "customers/empty_created.json");
        assertCustomerKeyOrder(response.json());
    }

    @Test
    void no_body_at_all_creates_a_customer_too() {
        assertThat(hc.send("POST", "/customers", null, null).status()).isEqualTo(201);
    }

    @Test
    void last_seen_defaults_to_first_seen_and_both_accept_numbers_and_numeric_strings() {
        JsonNode fromString = hc.post("/customers", "{\"firstSeen\":\"1603885746\"}").json();
        JsonNode fromNumber = hc.post("/customers", "{\"firstSeen\":1603885746,\"lastSeen\":1700000000.75}").json();

        assertThat(fromString.get("firstSeen").asText()).isEqualTo("1603885746");
        assertThat(fromString.get("lastSeen").asText()).isEqualTo("1603885746");
        assertThat(fromNumber.get("firstSeen").isTextual()).isTrue();
        assertThat(fromNumber.get("lastSeen").asText()).isEqualTo("1700000000");
    }

    @Test
    void a_name_is_split_at_its_first_space_and_joined_back_with_one() {
        assertThat(nameOf("{\"name\":\"  Mary Ann   Smith \"}")).isEqualTo("Mary Ann   Smith");
        assertThat(nameOf("{\"name\":\"Cher\"}")).isEqualTo("Cher");
        assertThat(nameOf("{\"name\":\"   \"}")).isNull();
    }

    @Test
    void a_second_customer_with_the_same_user_id_is_refused_with_invalid_user_id_value() {
        create(hc, "{\"userId\":\"user_1\"}");

        assertGolden(hc.post("/customers", "{\"userId\":\"user_1\",\"name\":\"Copy\"}"), 400,
                "errors/duplicate_userId.json");
        assertThat(hc.get("/customers").json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void user_ids_are_unique_per_account_only() {
        create(hc, "{\"userId\":\"user_1\"}");

        assertThat(backend.tenant().hc().post("/customers", "{\"userId\":\"user_1\"}").status()).isEqualTo(201);
    }

    @Test
    void a_second_customer_with_the_same_email_is_refused_with_invalid_email_value() {
        create(hc, "{\"email\":\"john@example.com\"}");

        assertErrors(hc.post("/customers", "{\"email\":\"JOHN@example.com\"}"), 400,
                "invalid_email_value", "is already used by customer " + firstId());
    }

    @Test
    void locale_must_be_a_current_iso_639_1_code_in_lower_case() {
        assertThat(hc.post("/customers", "{\"locale\":\"uk\"}").status()).isEqualTo(201);
        assertThat(hc.post("/customers", "{\"locale\":\"zu\"}").status()).isEqualTo(201);
        for (String bad : new String[] {"UK", "ukr", "uk-UA", "xx", "iw", "u"}) {
            assertInvalid(hc.post("/customers", "{\"locale\":\"" + bad + "\"}"), "locale",
                    "This value is not a valid language.");
        }
    }

    @Test
    void values_of_the_wrong_type_are_all_reported_under_their_paths() {
        Response response = hc.post("/customers", """
                {"name": {"first": "John"}, "blocked": "yes", "unsubscribed": 1, "tags": "x",
                 "firstSeen": "yesterday", "location": "Kyiv", "customData": "plan"}""");

        assertGolden(response, 400, "errors/wrong_types.json");
    }

    @Test
    void nested_values_are_reported_with_their_index() {
        Response response = hc.post("/customers", """
                {"tags": [{"name": "ok"}, {"color": "#fff"}, 7],
                 "customData": [{"property": "plan", "value": {"nested": true}}, {"value": 1}, "x"],
                 "location": {"city": ["Kyiv"]}}""");

        assertErrors(response, 400,
                "location.city", "This value should be of type string.",
                "tags[1].name", "This value should not be blank.",
                "tags[2]", "This value should be of type object.",
                "customData[0].value", "This value should be of type scalar.",
                "customData[1].property", "This value should not be blank.",
                "customData[2]", "This value should be of type object.");
    }

    @Test
    void a_value_of_the_wrong_type_inside_a_list_is_reported_once() {
        assertErrors(hc.post("/customers", "{\"tags\":[{\"name\":true}],\"customData\":[{\"property\":[],"
                        + "\"value\":1},{\"property\":\"n\",\"value\":1e400}],\"email\":5}"), 400,
                "email", "This value is not a valid email address.",
                "tags[0].name", "This value should be of type string.",
                "customData[0].property", "This value should be of type string.",
                "customData[1].value", "This value is not valid.");
    }

    @Test
    void dates_out_of_range_and_too_long_values_are_refused() {
        assertInvalid(hc.post("/customers", "{\"firstSeen\":-1}"), "firstSeen",
                "This value is not a valid UNIX timestamp.");
        assertInvalid(hc.post("/customers", "{\"lastSeen\":\"99999999999999\"}"), "lastSeen",
                "This value is not a valid UNIX timestamp.");
        assertInvalid(hc.post("/customers", "{\"tags\":[{\"name\":\"" + "t".repeat(101) + "\"}]}"),
                "tags[0].name", "This value is too long. It should have 100 characters or less.");
        assertInvalid(hc.post("/customers", "{\"customData\":[{\"property\":\"p\",\"value\":\"" + "v".repeat(256)
                + "\"}]}"), "customData[0].value", "This value is too long. It should have 255 characters or less.");
    }

    @Test
    void a_body_that_is_not_an_object_is_refused() {
        assertInvalid(hc.post("/customers", "[]"), "body", "This value should be of type object.");
        assertInvalid(hc.post("/customers", "\"John\""), "body", "This value should be of type object.");
    }

    @Test
    void malformed_json_is_refused_in_the_helpcrunch_envelope() {
        assertErrors(hc.post("/customers", "{\"name\": "), 400,
                "invalid_json", "Malformed JSON in the request body");
    }

    @Test
    void new_tags_get_the_default_color_or_the_given_one_and_existing_tags_keep_theirs() {
        create(hc, "{\"tags\":[{\"name\":\"vip\",\"color\":\"#ff0000\"}]}");

        JsonNode tags = hc.post("/customers", "{\"tags\":[{\"name\":\"vip\",\"color\":\"#000000\"},"
                + "{\"name\":\"Lead\"},{\"name\":\"VIP\",\"color\":\"#ccc\"},\"bare\"]}").json().get("tags");

        assertThat(tags.toString()).isEqualTo("[{\"name\":\"Lead\",\"color\":\"#c377e0\"},"
                + "{\"name\":\"VIP\",\"color\":\"#ccc\"},{\"name\":\"bare\",\"color\":\"#c377e0\"},"
                + "{\"name\":\"vip\",\"color\":\"#ff0000\"}]");
    }

    @Test
    void custom_data_keeps_the_kind_of_each_value_and_may_be_sent_as_an_object() {
        JsonNode data = hc.post("/customers", """
                {"customData": {"Plan": "gold", "Seats": 12, "Ratio": 0.25, "Trial": false, "Gone": null}}""")
                .json().get("customData");

        assertThat(data.toString()).isEqualTo("{\"Plan\":\"gold\",\"Seats\":12,\"Ratio\":0.25,\"Trial\":false}");
    }

    @Test
    void blank_strings_are_stored_as_nothing() {
        JsonNode customer = hc.post("/customers", "{\"email\":\"\",\"userId\":\" \",\"phone\":\"\"}").json();

        assertThat(customer.get("email").isNull()).isTrue();
        assertThat(customer.get("userId").isNull()).isTrue();
        assertThat(customer.get("phone").isNull()).isTrue();
    }

    @Test
    void flat_location_keys_of_the_older_docs_write_the_location() {
        JsonNode location = hc.post("/customers", """
                {"location": {"city": "Lviv", "countryCode": "UA"}, "city": "Kyiv", "regionCode": "Kyiv Oblast"}""")
                .json().get("location");

        assertThat(location.toString())
                .isEqualTo("{\"regionCode\":\"Kyiv Oblast\",\"countryCode\":\"UA\",\"city\":\"Kyiv\"}");
    }

    @Test
    void read_only_keys_are_ignored() {
        JsonNode customer = hc.post("/customers", "{\"id\": 5, \"device\": {\"ip\": \"1.2.3.4\"}}").json();

        assertThat(customer.get("id").asLong()).isNotEqualTo(5);
        assertThat(customer.get("device").isNull()).isTrue();
    }

    private String nameOf(String json) {
        JsonNode name = hc.post("/customers", json).json().get("name");
        return name.isNull() ? null : name.asText();
    }

    private long firstId() {
        return hc.get("/customers").json().at("/data/0/id").asLong();
    }
}
