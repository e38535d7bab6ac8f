package io.frontdesk.helpscout.v1;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Golden;
import io.frontdesk.testing.Response;
import io.frontdesk.web.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;

import static org.assertj.core.api.Assertions.assertThat;

/** `PUT /v1/customers/{id}.json`: seed 001 replayed, and each of its id rules on its own. */
@ParameterizedClass
@EnumSource(Backend.class)
class V1CustomerUpdateTest {

    /** Differs from seed 001 in every value, so replaying 001 visibly changes each one. */
    private static final String BEFORE_001 = """
            {"firstName": "Vern", "lastName": "Bearly", "organization": "Old Co", "jobTitle": "Intern",
             "background": "New here.",
             "address": {"lines": ["1 Old Road"], "city": "Austin", "state": "TX", "postalCode": "73301",
                         "country": "CA"},
             "socialProfiles": [{"value": "https://twitter.com/old", "type": "facebook"}],
             "emails": [{"value": "vbear@mywork.com", "location": "home"}, {"value": "keep@mywork.com"}],
             "phones": [{"value": "111-111-1111", "location": "mobile"}],
             "chats": [{"value": "oldchat", "type": "skype"}],
             "websites": [{"value": "http://old.example.com"}]}""";

    @Parameter
    Backend backend;

    V1CustomerApi api;

    @BeforeEach
    void setUp() {
        api = new V1CustomerApi(backend.tenant());
    }

    @Test
    void the_literal_seed_body_has_comments_so_it_is_malformed_and_changes_nothing() {
        long id = api.create(BEFORE_001);
        JsonNode before = api.item(id);

        Response response = api.update(id, V1Seeds.updateLiteral());

        assertThat(response.status()).isEqualTo(400);
        Golden.assertMatches(response, "helpscout-v1/errors/malformed_json.json", "");
        assertThat(api.item(id)).isEqualTo(before);
    }

    @Test
    void the_cleaned_seed_body_with_its_own_ids_names_entries_that_do_not_exist() {
        long id = api.create(V1Seeds.createCorrected());
        JsonNode before = api.item(id);

        Response response = api.update(id, V1Seeds.updateCleaned());

        assertThat(response.status()).isEqualTo(404);
        Golden.assertMatches(response, "helpscout-v1/customers/entry_not_found.json", "");
        assertThat(api.item(id)).isEqualTo(before);
    }

    @Test
    void the_cleaned_seed_body_applies_every_id_rule_and_ignores_postcal_code() {
        long id = api.create(BEFORE_001);
        JsonNode before = api.item(id);
        ObjectNode body = parse(V1Seeds.updateCleaned());
        ((ObjectNode) body.get("address")).put("id", before.at("/address/id").asLong());
        ((ObjectNode) body.at("/socialProfiles/0")).put("id", before.at("/socialProfiles/0/id").asLong());
        ((ObjectNode) body.at("/emails/0")).put("id", -before.at("/emails/0/id").asLong());
        ((ObjectNode) body.at("/phones/0")).put("id", before.at("/phones/0/id").asLong());
        ((ObjectNode) body.at("/chats/0")).put("id", before.at("/chats/0/id").asLong());
        ((ObjectNode) body.at("/websites/0")).put("id", before.at("/websites/0/id").asLong());

        api.updateOk(id, body.toString());

        JsonNode after = api.item(id);
        assertThat(after.get("firstName").asText()).isEqualTo("Vernon");
        assertThat(after.get("lastName").asText()).isEqualTo("Bear");
        assertThat(after.get("organization").asText()).isEqualTo("Acme, Inc");
        assertThat(after.get("jobTitle").asText()).isEqualTo("CEO and Co-Founder");
        assertThat(after.get("background").asText())
                .isEqualTo("I've worked with Vernon before and he's really great.");
        assertThat(after.at("/address/id")).isEqualTo(before.at("/address/id"));
        assertThat(after.at("/address/lines").toString()).isEqualTo("[\"123 West Main St\",\"Suite 123\"]");
        assertThat(after.at("/address/city").asText()).isEqualTo("Dallas");
        assertThat(after.at("/address/country").asText()).isEqualTo("US");
        assertThat(after.at("/address/postalCode").asText()).as("postcalCode is unknown, so ignored")
                .isEqualTo("73301");
        assertThat(after.get("socialProfiles")).isEqualTo(json("""
                [{"id": %d, "value": "https://twitter.com/helpscout", "type": "twitter"}]"""
                .formatted(before.at("/socialProfiles/0/id").asLong())));
        assertThat(after.get("emails")).isEqualTo(json("""
                [{"id": %d, "value": "keep@mywork.com", "location": "work"}]"""
                .formatted(before.at("/emails/1/id").asLong())));
        assertThat(after.get("phones")).isEqualTo(json("""
                [{"id": %d, "value": "222-333-4444", "location": "home"}]"""
                .formatted(before.at("/phones/0/id").asLong())));
        assertThat(after.get("chats")).isEqualTo(json("""
                [{"id": %d, "value": "jsprout", "type": "aim"}]""".formatted(before.at("/chats/0/id").asLong())));
        assertThat(after.get("websites")).isEqualTo(json("""
                [{"id": %d, "value": "http://www.somewhere.com"}]"""
                .formatted(before.at("/websites/0/id").asLong())));
    }

    @Test
    void a_positive_id_updates_only_the_parts_given() {
        long id = api.create(BEFORE_001);
        long phone = api.item(id).at("/phones/0/id").asLong();

        api.updateOk(id, "{\"phones\": [{\"id\": " + phone + ", \"value\": \"999\"}]}");
        assertThat(api.item(id).get("phones")).isEqualTo(json(
                "[{\"id\": " + phone + ", \"value\": \"999\", \"location\": \"mobile\"}]"));

        api.updateOk(id, "{\"phones\": [{\"id\": " + phone + ", \"location\": \"fax\", \"value\": null}]}");
        assertThat(api.item(id).get("phones")).isEqualTo(json(
                "[{\"id\": " + phone + ", \"value\": \"999\", \"location\": \"fax\"}]"));
    }

    @Test
    void a_positive_id_may_be_sent_as_a_string() {
        long id = api.create(BEFORE_001);
        long chat = api.item(id).at("/chats/0/id").asLong();

        api.updateOk(id, "{\"chats\": [{\"id\": \"" + chat + "\", \"type\": \"xmmp\"}]}");

        assertThat(api.item(id).at("/chats/0/type").asText()).isEqualTo("xmpp");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\"id\": 0, ", "\"id\": false, ", "\"id\": null, ", "\"id\": \"\", ",
            "\"id\": \"0\", "})
    void a_missing_or_falsy_id_creates_an_entry(String id) {
        long customer = api.create(BEFORE_001);
        JsonNode before = api.item(customer);

        api.updateOk(customer, "{\"emails\": [{" + id + "\"value\": \"new@mywork.com\", \"location\": \"other\"}]}");

        JsonNode emails = api.item(customer).get("emails");
        assertThat(emails).hasSize(3);
        assertThat(emails.get(0)).isEqualTo(before.at("/emails/0"));
        assertThat(emails.get(1)).isEqualTo(before.at("/emails/1"));
        assertThat(emails.get(2).get("value").asText()).isEqualTo("new@mywork.com");
        assertThat(emails.get(2).get("location").asText()).isEqualTo("other");
        assertThat(emails.get(2).get("id").asLong()).isPositive();
    }

    @Test
    void a_negative_id_deletes_that_entry_only() {
        long id = api.create(BEFORE_001);
        JsonNode before = api.item(id);

        api.updateOk(id, "{\"emails\": [{\"id\": " + -before.at("/emails/1/id").asLong() + "}],"
                + " \"websites\": [{\"id\": " + -before.at("/websites/0/id").asLong() + ", \"value\": \"ignored\"}]}");

        JsonNode after = api.item(id);
        assertThat(after.get("emails")).containsExactly(before.at("/emails/0"));
        assertThat(after.get("websites")).isEmpty();
        assertThat(after.get("phones")).isEqualTo(before.get("phones"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-999999999", "999999999"})
    void an_unknown_entry_id_is_404_and_changes_nothing(String entryId) {
        long id = api.create(BEFORE_001);
        JsonNode before = api.item(id);

        Response response = api.update(id, "{\"firstName\": \"Changed\", \"emails\": [{\"value\": \"n@x.com\"}],"
                + " \"phones\": [{\"id\": " + entryId + ", \"value\": \"1\"}]}");

        assertThat(response.status()).isEqualTo(404);
        Golden.assertMatches(response, "helpscout-v1/customers/entry_not_found.json", "");
        assertThat(api.item(id)).isEqualTo(before);
    }

    @Test
    void an_id_from_another_collection_or_customer_is_404() {
        long id = api.create(BEFORE_001);
        long other = api.create("Other", "Person", "other@x.com");
        long phone = api.item(id).at("/phones/0/id").asLong();
        long otherEmail = api.item(other).at("/emails/0/id").asLong();

        assertThat(api.update(id, "{\"emails\": [{\"id\": " + phone + ", \"value\": \"p@x.com\"}]}").status())
                .isEqualTo(404);
        assertThat(api.update(id, "{\"emails\": [{\"id\": " + -otherEmail + "}]}").status()).isEqualTo(404);
        assertThat(api.item(other).get("emails")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"abc\"", "true", "1.5", "{}"})
    void an_id_that_is_neither_a_number_nor_falsy_is_refused_at_its_path(String entryId) {
        long id = api.create(BEFORE_001);

        Response response = api.update(id, "{\"emails\": [{\"id\": " + entryId + ", \"value\": \"n@x.com\"}]}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(V1CustomerCreateTest.properties(response)).containsExactly("emails[0].id");
    }

    @Test
    void a_changed_entry_is_still_checked_at_its_path() {
        long id = api.create(BEFORE_001);
        long email = api.item(id).at("/emails/0/id").asLong();

        Response response = api.update(id, "{\"emails\": [{\"id\": " + email + ", \"value\": \"nope\"},"
                + " {\"value\": \"ok@x.com\", \"location\": \"desk\"}], \"chats\": [{\"value\": \"\"}]}");

        assertThat(response.status()).isEqualTo(400);
        Golden.assertMatches(response, "helpscout-v1/customers/validation_entries.json", "");
    }

    @Test
    void an_address_with_its_id_changes_only_the_parts_given() {
        long id = api.create(BEFORE_001);
        JsonNode before = api.item(id).get("address");

        api.updateOk(id, "{\"address\": {\"id\": " + before.get("id").asLong() + ", \"city\": \"Dallas\","
                + " \"state\": null}}");

        JsonNode after = api.item(id).get("address");
        assertThat(after.get("id")).isEqualTo(before.get("id"));
        assertThat(after.get("city").asText()).isEqualTo("Dallas");
        assertThat(after.get("state").isNull()).isTrue();
        assertThat(after.get("lines")).isEqualTo(before.get("lines"));
        assertThat(after.get("postalCode")).isEqualTo(before.get("postalCode"));
        assertThat(after.get("createdAt")).isEqualTo(before.get("createdAt"));
    }

    @Test
    void an_address_without_an_id_takes_the_place_of_the_old_one() {
        long id = api.create(BEFORE_001);
        JsonNode before = api.item(id).get("address");

        api.updateOk(id, "{\"address\": {\"id\": 0, \"lines\": [\"9 New St\"], \"city\": \"Paris\"}}");

        JsonNode after = api.item(id).get("address");
        assertThat(after.get("id")).as("one address per customer, kept in place").isEqualTo(before.get("id"));
        assertThat(after.get("lines")).isEqualTo(json("[\"9 New St\"]"));
        assertThat(after.get("city").asText()).isEqualTo("Paris");
        assertThat(after.get("state").isNull()).isTrue();
        assertThat(after.get("postalCode").isNull()).isTrue();
        assertThat(after.get("country").isNull()).isTrue();
    }

    @Test
    void an_address_without_an_id_is_created_when_there_is_none() {
        long id = api.create("Mia", "Minimal", "mia@example.com");

        api.updateOk(id, "{\"address\": {\"city\": \"Prague\", \"country\": \"CZ\"}}");

        JsonNode address = api.item(id).get("address");
        assertThat(address.get("id").asLong()).isPositive();
        assertThat(address.get("lines")).isEmpty();
        assertThat(address.get("city").asText()).isEqualTo("Prague");
    }

    @Test
    void an_address_with_its_negative_id_or_null_is_deleted() {
        long first = api.create(BEFORE_001);
        long second = api.create(BEFORE_001.replace("mywork.com", "other.com"));
        long addressId = api.item(first).at("/address/id").asLong();

        api.updateOk(first, "{\"address\": {\"id\": " + -addressId + "}}");
        api.updateOk(second, "{\"address\": null}");

        assertThat(api.item(first).get("address").isNull()).isTrue();
        assertThat(api.item(second).get("address").isNull()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"999999999", "-999999999"})
    void an_address_id_that_is_not_the_customers_is_404_and_changes_nothing(String addressId) {
        long id = api.create(BEFORE_001);
        JsonNode before = api.item(id);

        Response response = api.update(id, "{\"jobTitle\": \"CTO\", \"address\": {\"id\": " + addressId
                + ", \"city\": \"Nowhere\"}}");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("message").asText()).isEqualTo("Address not found");
        assertThat(api.item(id)).isEqualTo(before);
    }

    @Test
    void absent_properties_stay_and_a_present_null_clears() {
        long id = api.create(BEFORE_001);
        JsonNode before = api.item(id);

        api.updateOk(id, "{\"jobTitle\": \"CTO\", \"organization\": null}");

        JsonNode after = api.item(id);
        assertThat(after.get("jobTitle").asText()).isEqualTo("CTO");
        assertThat(after.get("organization").isNull()).isTrue();
        for (String unchanged : new String[] {"firstName", "lastName", "background", "address", "socialProfiles",
                "emails", "phones", "chats", "websites", "createdAt"}) {
            assertThat(after.get(unchanged)).as(unchanged).isEqualTo(before.get(unchanged));
        }
    }

    @Test
    void an_empty_body_changes_nothing_but_is_still_200() {
        long id = api.create(BEFORE_001);
        JsonNode before = api.item(id);

        api.updateOk(id, "{}");

        ObjectNode after = (ObjectNode) api.item(id);
        after.set("modifiedAt", before.get("modifiedAt"));
        assertThat(after).isEqualTo(before);
    }

    @Test
    void the_scalar_rules_of_create_apply_to_what_is_sent() {
        long id = api.create(BEFORE_001);

        Response response = api.update(id, "{\"firstName\": \"\", \"gender\": \"robot\", \"jobTitle\": \""
                + "x".repeat(61) + "\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(V1CustomerCreateTest.properties(response)).containsExactly("firstName", "gender", "jobTitle");
    }

    @Test
    void reload_answers_the_updated_customer_as_an_item() {
        long id = api.create(V1Seeds.createCorrected());

        Response response = api.client().put(V1CustomerApi.path(id) + "?reload=true", "{\"age\": \"30-35\"}");

        assertThat(response.status()).isEqualTo(200);
        JsonNode item = response.json().get("item");
        assertThat(item.get("age").asText()).isEqualTo("30-35");
        assertThat(item).isEqualTo(api.item(id));
    }

    @Test
    void an_email_another_customer_has_is_a_conflict_and_changes_nothing() {
        api.create("Other", "Person", "taken@x.com");
        long id = api.create(BEFORE_001);
        JsonNode before = api.item(id);
        long email = before.at("/emails/0/id").asLong();

        Response added = api.update(id, "{\"jobTitle\": \"CTO\", \"emails\": [{\"value\": \"TAKEN@x.com\"}]}");
        Response changed = api.update(id, "{\"emails\": [{\"id\": " + email + ", \"value\": \"taken@X.com\"}]}");

        assertThat(added.status()).isEqualTo(409);
        Golden.assertMatches(added, "helpscout-v1/customers/conflict.json", "");
        assertThat(changed.status()).isEqualTo(409);
        assertThat(api.item(id)).isEqualTo(before);
    }

    @Test
    void an_unknown_customer_is_404() {
        Response response = api.update(999_999_999L, "{\"firstName\": \"X\"}");

        assertThat(response.status()).isEqualTo(404);
        Golden.assertMatches(response, "helpscout-v1/customers/not_found.json", "");
    }

    static ObjectNode parse(String text) {
        return (ObjectNode) json(text);
    }

    static JsonNode json(String text) {
        try {
            return Json.MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
