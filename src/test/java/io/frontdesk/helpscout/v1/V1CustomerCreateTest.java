package io.frontdesk.helpscout.v1;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Golden;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** `POST /v1/customers.json`, seed 000 replayed as decided in docs/helpscout-v1.md. */
@ParameterizedClass
@EnumSource(Backend.class)
class V1CustomerCreateTest {

    @Parameter
    Backend backend;

    Tenant tenant;
    V1CustomerApi api;

    @BeforeEach
    void setUp() {
        tenant = backend.tenant();
        api = new V1CustomerApi(tenant);
    }

    @Test
    void the_literal_seed_body_is_malformed_json_and_creates_nothing() {
        Response response = api.client().post("/v1/customers.json", V1Seeds.createLiteral());

        assertThat(response.status()).isEqualTo(400);
        Golden.assertMatches(response, "helpscout-v1/errors/malformed_json.json", "");
        assertThat(api.list("").get("count").asLong()).isZero();
    }

    @Test
    void each_defect_of_the_seed_body_alone_makes_it_malformed() {
        String onlyPlaceholdersRemoved = V1Seeds.removePlaceholders(V1Seeds.createLiteral());
        String onlyCommaAdded = V1Seeds.addMissingComma(V1Seeds.createLiteral());

        assertThat(api.client().post("/v1/customers.json", onlyPlaceholdersRemoved).status()).isEqualTo(400);
        assertThat(api.client().post("/v1/customers.json", onlyCommaAdded).status()).isEqualTo(400);
        assertThat(api.list("").get("count").asLong()).isZero();
    }

    @Test
    void the_corrected_seed_body_creates_the_customer_with_every_field() {
        Response response = api.client().post("/v1/customers.json", V1Seeds.createCorrected());

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.body()).isEmpty();
        assertThat(response.header("Location"))
                .isEqualTo(tenant.server().baseUrl() + "/v1/customers/" + response.locationId() + ".json");
        Response read = api.client().get(V1CustomerApi.path(response.locationId()));
        Golden.assertMatches(read, "helpscout-v1/customers/item_vernon.json", "");
        assertThat(read.json().at("/item/id").asLong()).isEqualTo(response.locationId());
    }

    @Test
    void the_address_times_in_the_body_are_read_only() {
        long id = api.create(V1Seeds.createCorrected());

        JsonNode address = api.item(id).get("address");

        assertThat(address.get("createdAt").asText()).isNotEqualTo("2012-07-23T12:34:12Z");
        assertThat(address.get("modifiedAt").asText()).isNotEqualTo("2012-07-24T20:18:33Z");
    }

    @Test
    void reload_answers_the_created_customer_as_an_item() {
        Response response = api.client().post("/v1/customers.json?reload=true", V1Seeds.createCorrected());

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        Golden.assertMatches(response, "helpscout-v1/customers/item_vernon.json", "");
        assertThat(response.json().at("/item/id").asLong()).isEqualTo(response.locationId());
        assertThat(response.json().get("item")).isEqualTo(api.item(response.locationId()));
    }

    @Test
    void reload_false_keeps_the_body_empty() {
        Response response = api.client().post("/v1/customers.json?reload=false", V1Seeds.createCorrected());

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void a_minimal_customer_has_empty_collections_and_no_address() {
        long id = api.create("Mia", "Minimal", "mia@example.com");

        Golden.assertMatches(api.client().get(V1CustomerApi.path(id)), "helpscout-v1/customers/item_minimal.json",
                "");
    }

    @Test
    void the_1_0_object_fields_are_stored_when_sent() {
        long id = api.create("""
                {"firstName": "Vernon", "lastName": "Bear", "emails": [{"value": "vbear@mywork.com"}],
                 "photoUrl": "https://example.com/v.png", "photoType": "Twitter", "gender": "Male", "age": "30-35",
                 "location": "Greater Dallas/FT Worth Area", "id": 77, "fullName": "ignored",
                 "createdAt": "2001-01-01T00:00:00Z", "modifiedAt": "2001-01-01T00:00:00Z"}""");

        JsonNode item = api.item(id);

        assertThat(item.get("id").asLong()).isEqualTo(id);
        assertThat(item.get("photoUrl").asText()).isEqualTo("https://example.com/v.png");
        assertThat(item.get("photoType").asText()).isEqualTo("twitter");
        assertThat(item.get("gender").asText()).isEqualTo("male");
        assertThat(item.get("age").asText()).isEqualTo("30-35");
        assertThat(item.get("location").asText()).isEqualTo("Greater Dallas/FT Worth Area");
        assertThat(item.get("fullName").asText()).isEqualTo("Vernon Bear");
        assertThat(item.get("createdAt").asText()).doesNotStartWith("2001");
    }

    @Test
    void a_numeric_age_is_kept_as_text() {
        long id = api.create("""
                {"firstName": "A", "lastName": "B", "age": 52, "emails": [{"value": "a@b.com"}]}""");

        assertThat(api.item(id).get("age").isTextual()).isTrue();
        assertThat(api.item(id).get("age").asText()).isEqualTo("52");
    }

    @Test
    void first_name_last_name_and_an_email_are_required() {
        Response response = api.client().post("/v1/customers.json", "{}");

        assertThat(response.status()).isEqualTo(400);
        Golden.assertMatches(response, "helpscout-v1/customers/validation_required.json", "");
        assertThat(api.list("").get("count").asLong()).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            "lastName": "B", "emails": [{"value": "a@b.com"}]                       | firstName
            "firstName": null, "lastName": "B", "emails": [{"value": "a@b.com"}]    | firstName
            "firstName": "  ", "lastName": "B", "emails": [{"value": "a@b.com"}]    | firstName
            "firstName": "A", "emails": [{"value": "a@b.com"}]                      | lastName
            "firstName": "A", "lastName": "", "emails": [{"value": "a@b.com"}]      | lastName
            "firstName": "A", "lastName": "B"                                       | emails
            "firstName": "A", "lastName": "B", "emails": []                         | emails
            "firstName": "A", "lastName": "B", "emails": null                       | emails
            "firstName": "A", "lastName": "B", "emails": [{"location": "work"}]     | emails[0].value
            "firstName": "A", "lastName": "B", "emails": [{"value": ""}]            | emails[0].value
            """)
    void each_requirement_is_named_at_its_path(String fields, String property) {
        Response response = api.client().post("/v1/customers.json", "{" + fields + "}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(properties(response)).containsExactly(property);
    }

    @Test
    void every_documented_type_is_accepted_including_the_java_sdk_spellings() {
        long id = api.create("""
                {"firstName": "A", "lastName": "B",
                 "emails": [{"value": "w@x.com", "location": "work"}, {"value": "h@x.com", "location": "home"},
                            {"value": "o@x.com", "location": "OTHER"}],
                 "phones": [{"value": "1", "location": "home"}, {"value": "2", "location": "work"},
                            {"value": "3", "location": "mobile"}, {"value": "4", "location": "fax"},
                            {"value": "5", "location": "pager"}, {"value": "6", "location": "other"}],
                 "chats": [{"value": "1", "type": "aim"}, {"value": "2", "type": "gtalk"},
                           {"value": "3", "type": "icq"}, {"value": "4", "type": "xmpp"},
                           {"value": "5", "type": "msn"}, {"value": "6", "type": "skype"},
                           {"value": "7", "type": "yahoo"}, {"value": "8", "type": "qq"},
                           {"value": "9", "type": "other"}, {"value": "10", "type": "xmmp"}],
                 "socialProfiles": [{"value": "1", "type": "twitter"}, {"value": "2", "type": "facebook"},
                           {"value": "3", "type": "linkedin"}, {"value": "4", "type": "aboutme"},
                           {"value": "5", "type": "google"}, {"value": "6", "type": "googleplus"},
                           {"value": "7", "type": "tungleme"}, {"value": "8", "type": "quora"},
                           {"value": "9", "type": "foursquare"}, {"value": "10", "type": "youtube"},
                           {"value": "11", "type": "flickr"}, {"value": "12", "type": "other"}]}""");

        JsonNode item = api.item(id);

        assertThat(values(item.get("emails"), "location")).containsExactly("work", "home", "other");
        assertThat(values(item.get("phones"), "location"))
                .containsExactly("home", "work", "mobile", "fax", "pager", "other");
        assertThat(values(item.get("chats"), "type"))
                .containsExactly("aim", "gtalk", "icq", "xmpp", "msn", "skype", "yahoo", "qq", "other", "xmpp");
        assertThat(values(item.get("socialProfiles"), "type")).containsExactly("twitter", "facebook", "linkedin",
                "aboutme", "google", "googleplus", "tungleme", "quora", "foursquare", "youtube", "flickr", "other");
    }

    @Test
    void an_entry_without_a_type_gets_the_default() {
        long id = api.create("""
                {"firstName": "A", "lastName": "B", "emails": [{"value": "a@b.com"}], "phones": [{"value": "1"}],
                 "chats": [{"value": "x"}], "socialProfiles": [{"value": "y"}], "websites": [{"value": "z.com"}]}""");

        JsonNode item = api.item(id);

        assertThat(item.at("/emails/0/location").asText()).isEqualTo("work");
        assertThat(item.at("/phones/0/location").asText()).isEqualTo("work");
        assertThat(item.at("/chats/0/type").asText()).isEqualTo("other");
        assertThat(item.at("/socialProfiles/0/type").asText()).isEqualTo("other");
        assertThat(item.at("/websites/0").has("type")).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            "emails": [{"value": "a@b.com", "location": "mobile"}]                           | emails[0].location
            "emails": [{"value": "a@b.com"}], "phones": [{"value": "1", "location": "cell"}] | phones[0].location
            "emails": [{"value": "a@b.com"}], "chats": [{"value": "1", "type": "irc"}]       | chats[0].type
            "emails": [{"value": "a@b.com"}], "socialProfiles": [{"value": "1", "type": "myspace"}] \
                | socialProfiles[0].type
            "emails": [{"value": "a@b.com"}], "photoType": "selfie"                          | photoType
            "emails": [{"value": "a@b.com"}], "gender": "other"                              | gender
            """)
    void a_value_outside_an_enum_is_refused_at_its_path(String fields, String property) {
        Response response = api.client().post("/v1/customers.json",
                "{\"firstName\": \"A\", \"lastName\": \"B\", " + fields + "}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(properties(response)).containsExactly(property);
        assertThat(response.json().at("/validationErrors/0/message").asText()).startsWith("must be one of: ");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            "emails": [{"value": "a@b.com"}, {"value": "not an email"}]     | emails[1].value
            "emails": [{"value": "a@b.com"}, {"value": "A@B.com"}]          | emails[1].value
            "emails": [{"value": "a@b.com"}], "firstName": {"x": 1}         | firstName
            "emails": "a@b.com"                                             | emails
            "emails": ["a@b.com"]                                           | emails[0]
            "emails": [{"value": "a@b.com"}], "address": {"lines": [{}]}    | address.lines[0]
            "emails": [{"value": "a@b.com"}], "address": "Dallas"           | address
            "emails": [{"value": "a@b.com"}], "phones": [{"value": ["1"]}]  | phones[0].value
            """)
    void a_wrong_value_is_refused_at_its_path(String fields, String property) {
        String body = fields.contains("firstName") ? "{\"lastName\": \"B\", " + fields + "}"
                : "{\"firstName\": \"A\", \"lastName\": \"B\", " + fields + "}";

        Response response = api.client().post("/v1/customers.json", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(properties(response)).contains(property);
        assertThat(api.list("").get("count").asLong()).isZero();
    }

    @ParameterizedTest
    @CsvSource({"firstName, 41", "lastName, 41", "organization, 61", "jobTitle, 61", "location, 61",
            "background, 201", "photoUrl, 201"})
    void the_shared_length_limits_apply(String property, int length) {
        String names = property.endsWith("Name") ? "" : "\"firstName\": \"A\", \"lastName\": \"B\", ";
        String fill = "\"" + property + "\": \"" + "x".repeat(length) + "\"";
        String body = "{" + names + fill + (property.equals("firstName") ? ", \"lastName\": \"B\"" : "")
                + (property.equals("lastName") ? ", \"firstName\": \"A\"" : "")
                + ", \"emails\": [{\"value\": \"a@b.com\"}]}";

        Response response = api.client().post("/v1/customers.json", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(properties(response)).containsExactly(property);
        String fits = body.replace("x".repeat(length), "x".repeat(length - 1));
        assertThat(api.client().post("/v1/customers.json", fits).status()).isEqualTo(201);
    }

    @Test
    void a_body_that_is_not_an_object_is_a_bad_request() {
        Response response = api.client().post("/v1/customers.json", "[]");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("status").asInt()).isEqualTo(400);
    }

    @Test
    void an_email_another_customer_has_is_a_conflict_whatever_its_case() {
        api.create("Vernon", "Bear", "vbear@mywork.com");

        Response response = api.client().post("/v1/customers.json", """
                {"firstName": "Other", "lastName": "Person",
                 "emails": [{"value": "new@mywork.com"}, {"value": "VBear@MyWork.com"}]}""");

        assertThat(response.status()).isEqualTo(409);
        Golden.assertMatches(response, "helpscout-v1/customers/conflict.json", "");
        assertThat(api.list("").get("count").asLong()).isOne();
        assertThat(api.list("?email=new@mywork.com").get("count").asLong()).isZero();
    }

    static List<String> properties(Response response) {
        List<String> properties = new ArrayList<>();
        response.json().get("validationErrors").forEach(error -> properties.add(error.get("property").asText()));
        return properties;
    }

    private static List<String> values(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(entry -> values.add(entry.get(field).asText()));
        return values;
    }
}
