package io.frontdesk.crossdialect;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HelpCrunch and Help Scout are views of one customer store (docs/customer-mapping.md): `name` is first + last name,
 * `email`/`phone` the first email/phone, `company` the organization, `notes` the background, `location` the address
 * city/state/country, `customData` the properties.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class HelpCrunchHelpScoutTest {

    private static final String HELPCRUNCH_CUSTOMER = """
            {"name": "John Doe", "email": "john@example.com", "userId": "user_1234567890",
             "company": "Example Inc.", "phone": "+10233456781", "firstSeen": "1603885746", "notes": "Lorem ipsum",
             "location": {"city": "Kyiv", "regionCode": "Kyyivs'ka Oblast", "countryCode": "UA"},
             "customData": [{"property": "subscription_status", "value": "active"},
                            {"property": "number_of_payments", "value": 15}]}""";

    private static final String HELPSCOUT_CUSTOMER = """
            {"firstName": "Vernon", "lastName": "Bear", "organization": "Acme, Inc", "jobTitle": "CEO",
             "background": "Met at the fair.",
             "emails": [{"value": "vbear@mywork.com", "type": "work"}, {"value": "vernon@home.com", "type": "home"}],
             "phones": [{"value": "222-333-4444", "type": "home"}],
             "address": {"lines": ["123 West Main St"], "city": "Dallas", "state": "TX", "postalCode": "74206",
                         "country": "US"},
             "properties": [{"slug": "plan", "value": "gold"}]}""";

    @Parameter
    Backend backend;

    private Tenant tenant;

    @BeforeEach
    void tenant() {
        tenant = backend.tenant();
    }

    @Test
    void a_customer_created_through_helpcrunch_reads_through_help_scout_2_0() {
        long id = createThroughHelpCrunch();

        Response response = tenant.v2().get("/v2/customers/" + id);

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        JsonNode customer = response.json();
        assertThat(customer.get("firstName").asText()).isEqualTo("John");
        assertThat(customer.get("lastName").asText()).isEqualTo("Doe");
        assertThat(customer.get("organization").asText()).isEqualTo("Example Inc.");
        assertThat(customer.get("background").asText()).isEqualTo("Lorem ipsum");
        assertThat(customer.at("/_embedded/emails/0/value").asText()).isEqualTo("john@example.com");
        assertThat(customer.at("/_embedded/phones/0/value").asText()).isEqualTo("+10233456781");
        assertThat(customer.at("/_embedded/address/city").asText()).isEqualTo("Kyiv");
        assertThat(customer.at("/_embedded/address/state").asText()).isEqualTo("Kyyivs'ka Oblast");
        assertThat(customer.at("/_embedded/address/country").asText()).isEqualTo("UA");
        List<String> properties = new ArrayList<>();
        customer.at("/_embedded/properties").forEach(p -> properties.add(p.get("name").asText() + "="
                + p.get("value").asText()));
        assertThat(properties).containsExactlyInAnyOrder("subscription_status=active", "number_of_payments=15");
    }

    @Test
    void a_customer_created_through_helpcrunch_reads_through_help_scout_1_0() {
        long id = createThroughHelpCrunch();

        Response response = tenant.v1().get("/v1/customers/" + id + ".json");

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        JsonNode item = response.json().get("item");
        assertThat(item.get("firstName").asText()).isEqualTo("John");
        assertThat(item.get("lastName").asText()).isEqualTo("Doe");
        assertThat(item.get("fullName").asText()).isEqualTo("John Doe");
        assertThat(item.get("organization").asText()).isEqualTo("Example Inc.");
        assertThat(item.get("background").asText()).isEqualTo("Lorem ipsum");
        assertThat(item.at("/emails/0/value").asText()).isEqualTo("john@example.com");
        assertThat(item.at("/phones/0/value").asText()).isEqualTo("+10233456781");
        assertThat(item.at("/address/city").asText()).isEqualTo("Kyiv");
        assertThat(item.at("/address/country").asText()).isEqualTo("UA");
    }

    @Test
    void a_customer_created_through_help_scout_2_0_reads_through_helpcrunch() {
        long id = createThroughHelpScout();

        Response response = tenant.hc().get("/customers/" + id);

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        JsonNode customer = response.json();
        assertThat(customer.get("name").asText()).isEqualTo("Vernon Bear");
        assertThat(customer.get("email").asText()).isEqualTo("vbear@mywork.com");
        assertThat(customer.get("phone").asText()).isEqualTo("222-333-4444");
        assertThat(customer.get("company").asText()).isEqualTo("Acme, Inc");
        assertThat(customer.get("notes").asText()).isEqualTo("Met at the fair.");
        assertThat(customer.get("location").toString())
                .isEqualTo("{\"regionCode\":\"TX\",\"countryCode\":\"US\",\"city\":\"Dallas\"}");
        assertThat(customer.get("customData").toString()).isEqualTo("{\"Plan\":\"gold\"}");
        assertThat(customer.get("userId").isNull()).isTrue();
        assertThat(customer.get("device").isNull()).isTrue();
    }

    @Test
    void a_customer_created_through_help_scout_2_0_is_found_by_helpcrunch_search() {
        long id = createThroughHelpScout();

        assertThat(search("customers.email", "=", "\"vernon@home.com\"")).containsExactly(id);
        assertThat(search("customers.name", "=", "\"Vernon Bear\"")).containsExactly(id);
        assertThat(search("customers.name", "~", "\"bear\"")).containsExactly(id);
        assertThat(search("customers.company", "=", "\"acme, inc\"")).containsExactly(id);
        assertThat(search("customers.city", "=", "\"Dallas\"")).containsExactly(id);
        assertThat(search("customers.regionCode", "=", "\"TX\"")).containsExactly(id);
        assertThat(search("customers.countryCode", "!=", "\"US\"")).isEmpty();
        assertThat(search("customers.phone", "~", "\"333\"")).containsExactly(id);
        assertThat(search("customers.id", "=", Long.toString(id))).containsExactly(id);
    }

    @Test
    void a_help_scout_customer_with_a_first_name_only_has_that_name_in_helpcrunch() {
        Response created = tenant.v2().post("/v2/customers", "{\"firstName\": \"Cher\"}");
        long id = Long.parseLong(created.header("Resource-ID"));

        assertThat(tenant.hc().get("/customers/" + id).json().get("name").asText()).isEqualTo("Cher");
        assertThat(search("customers.name", "=", "\"Cher\"")).containsExactly(id);
    }

    @Test
    void helpcrunch_changes_show_in_help_scout_and_keep_what_only_help_scout_has() {
        long id = createThroughHelpScout();

        Response patched = tenant.hc().patch("/customers/" + id, """
                {"name": "Karl Bär", "email": "karl@example.com", "company": "Beta", "city": "Prague",
                 "customData": [{"property": "plan", "value": "silver"}]}""");
        assertThat(patched.status()).as("%s", patched).isEqualTo(200);

        JsonNode v2 = tenant.v2().get("/v2/customers/" + id).json();
        assertThat(v2.get("firstName").asText()).isEqualTo("Karl");
        assertThat(v2.get("lastName").asText()).isEqualTo("Bär");
        assertThat(v2.get("jobTitle").asText()).isEqualTo("CEO");
        assertThat(v2.get("organization").asText()).isEqualTo("Beta");
        List<String> emails = new ArrayList<>();
        v2.at("/_embedded/emails").forEach(e -> emails.add(e.get("value").asText()));
        assertThat(emails).containsExactly("karl@example.com", "vernon@home.com");
        assertThat(v2.at("/_embedded/address/city").asText()).isEqualTo("Prague");
        assertThat(v2.at("/_embedded/address/lines/0").asText()).isEqualTo("123 West Main St");
        assertThat(v2.at("/_embedded/address/postalCode").asText()).isEqualTo("74206");
        assertThat(v2.at("/_embedded/properties/0/value").asText()).isEqualTo("silver");
    }

    @Test
    void removing_the_helpcrunch_email_surfaces_the_next_help_scout_email() {
        long id = createThroughHelpScout();

        JsonNode customer = tenant.hc().patch("/customers/" + id, "{\"email\": null}").json();

        assertThat(customer.get("email").asText()).isEqualTo("vernon@home.com");
        assertThat(tenant.v2().get("/v2/customers/" + id).json().at("/_embedded/emails").size()).isEqualTo(1);
    }

    @Test
    void a_strict_put_clears_helpcrunch_fields_and_keeps_what_only_help_scout_has() {
        tenant.server().app().accounts().setStrictPut(tenant.accountId(), true);
        long id = createThroughHelpScout();

        JsonNode customer = tenant.hc().put("/customers/" + id, "{\"notes\": \"Only notes\"}").json();

        assertThat(customer.get("name").isNull()).isTrue();
        assertThat(customer.get("email").asText()).isEqualTo("vernon@home.com");
        assertThat(customer.get("company").isNull()).isTrue();
        assertThat(customer.get("customData").size()).isZero();
        JsonNode v2 = tenant.v2().get("/v2/customers/" + id).json();
        assertThat(v2.get("jobTitle").asText()).isEqualTo("CEO");
        assertThat(v2.get("background").asText()).isEqualTo("Only notes");
        assertThat(v2.has("firstName")).isFalse();
        assertThat(v2.at("/_embedded/address").isMissingNode()).isTrue();
        assertThat(v2.at("/_embedded/properties").size()).isZero();
    }

    @Test
    void a_help_scout_dropdown_property_takes_and_shows_labels_in_helpcrunch() {
        Response property = tenant.v2().post("/v2/customer-properties", """
                {"type": "dropdown", "slug": "tier", "name": "Tier",
                 "options": [{"label": "Gold"}, {"label": "Silver"}]}""");
        assertThat(property.status()).as("%s", property).isEqualTo(201);

        JsonNode customer = tenant.hc().post("/customers", "{\"customData\": {\"Tier\": \"Silver\"}}").json();
        Response wrong = tenant.hc().post("/customers",
                "{\"customData\": [{\"property\": \"tier\", \"value\": \"Bronze\"}]}");

        assertThat(customer.get("customData").toString()).isEqualTo("{\"Tier\":\"Silver\"}");
        JsonNode v2 = tenant.v2().get("/v2/customers/" + customer.get("id").asLong()).json();
        assertThat(v2.at("/_embedded/properties/0/text").asText()).isEqualTo("Silver");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().at("/errors/1/code").asText()).isEqualTo("customData[0].value");
    }

    @Test
    void an_email_taken_through_help_scout_cannot_be_taken_through_helpcrunch() {
        createThroughHelpScout();

        Response response = tenant.hc().post("/customers", "{\"email\": \"VERNON@home.com\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/errors/1/code").asText()).isEqualTo("invalid_email_value");
    }

    @Test
    void a_customer_deleted_through_helpcrunch_is_gone_from_help_scout() {
        long id = createThroughHelpCrunch();

        assertThat(tenant.hc().delete("/customers/" + id).status()).isEqualTo(200);

        assertThat(tenant.v2().get("/v2/customers/" + id).status()).isEqualTo(404);
        assertThat(tenant.v1().get("/v1/customers/" + id + ".json").status()).isEqualTo(404);
    }

    private long createThroughHelpCrunch() {
        Response created = tenant.hc().post("/customers", HELPCRUNCH_CUSTOMER);
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private long createThroughHelpScout() {
        Response property = tenant.v2().post("/v2/customer-properties",
                "{\"type\": \"text\", \"slug\": \"plan\", \"name\": \"Plan\"}");
        assertThat(property.status()).as("%s", property).isEqualTo(201);
        Response created = tenant.v2().post("/v2/customers", HELPSCOUT_CUSTOMER);
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return Long.parseLong(created.header("Resource-ID"));
    }

    private List<Long> search(String field, String operator, String value) {
        Response response = tenant.hc().post("/customers/search", "{\"filter\":[{\"field\":\"" + field
                + "\",\"operator\":\"" + operator + "\",\"value\":" + value + "}]}");
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        response.json().get("data").forEach(customer -> ids.add(customer.get("id").asLong()));
        return ids;
    }
}
