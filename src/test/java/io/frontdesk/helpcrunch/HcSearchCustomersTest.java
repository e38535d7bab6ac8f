package io.frontdesk.helpcrunch;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static io.frontdesk.helpcrunch.HcTests.assertGolden;
import static io.frontdesk.helpcrunch.HcTests.assertInvalid;
import static io.frontdesk.helpcrunch.HcTests.create;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * `POST /customers/search`: every operator on every field type, the type rules, `comparison`, tags and paging. Three
 * customers: John (all fields, tags Lead and VIP), Jane (all fields, tag Lead) and Cher (a name only).
 */
@ParameterizedClass
@EnumSource(Backend.class)
class HcSearchCustomersTest {

    private static final String JOHN = "John Doe";
    private static final String JANE = "Jane Roe";
    private static final String CHER = "Cher";
    private static final String[] ALL = {JOHN, JANE, CHER};
    private static final String[] NONE = {};

    @Parameter
    Backend backend;

    private Client hc;
    private long johnId;
    private long janeId;

    @BeforeEach
    void customers() {
        hc = backend.tenant().hc();
        johnId = create(hc, """
                {"name": "John Doe", "email": "john@example.com", "userId": "u1", "company": "Acme",
                 "phone": "+100", "location": {"city": "Kyiv", "regionCode": "Kyiv Oblast", "countryCode": "UA"},
                 "firstSeen": 1000, "lastSeen": 2000, "tags": [{"name": "Lead"}, {"name": "VIP"}]}""");
        janeId = create(hc, """
                {"name": "Jane Roe", "email": "jane@gmail.com", "userId": "u2", "company": "Globex",
                 "phone": "+200", "location": {"city": "Lviv", "regionCode": "Lviv Oblast", "countryCode": "UA"},
                 "firstSeen": "3000", "lastSeen": "4000", "tags": [{"name": "Lead"}]}""");
        create(hc, "{\"name\": \"Cher\"}");
    }

    static Stream<Arguments> matches() {
        return Stream.of(
                // text
                arguments("customers.name", "=", "\"John Doe\"", new String[] {JOHN}),
                arguments("customers.name", "=", "\"jOHN dOE\"", new String[] {JOHN}),
                arguments("customers.name", "=", "\"Cher\"", new String[] {CHER}),
                arguments("customers.name", "!=", "\"Cher\"", new String[] {JOHN, JANE}),
                arguments("customers.name", "~", "\"oe\"", new String[] {JOHN, JANE}),
                arguments("customers.name", "!~", "\"OE\"", new String[] {CHER}),
                arguments("customers.email", "=", "\"john@example.com\"", new String[] {JOHN}),
                arguments("customers.email", "!=", "\"john@example.com\"", new String[] {JANE, CHER}),
                arguments("customers.email", "~", "\"gmail\"", new String[] {JANE}),
                arguments("customers.email", "!~", "\"gmail\"", new String[] {JOHN, CHER}),
                arguments("customers.userId", "=", "\"u2\"", new String[] {JANE}),
                arguments("customers.userId", "!=", "\"u2\"", new String[] {JOHN, CHER}),
                arguments("customers.userId", "~", "\"u\"", new String[] {JOHN, JANE}),
                arguments("customers.userId", "!~", "\"1\"", new String[] {JANE, CHER}),
                arguments("customers.company", "=", "\"acme\"", new String[] {JOHN}),
                arguments("customers.company", "!=", "\"acme\"", new String[] {JANE, CHER}),
                arguments("customers.company", "~", "\"LOB\"", new String[] {JANE}),
                arguments("customers.company", "!~", "\"lob\"", new String[] {JOHN, CHER}),
                arguments("customers.phone", "=", "\"+100\"", new String[] {JOHN}),
                arguments("customers.phone", "!=", "\"+100\"", new String[] {JANE, CHER}),
                arguments("customers.phone", "~", "\"20\"", new String[] {JANE}),
                arguments("customers.phone", "!~", "\"20\"", new String[] {JOHN, CHER}),
                arguments("customers.city", "=", "\"Kyiv\"", new String[] {JOHN}),
                arguments("customers.city", "!=", "\"Kyiv\"", new String[] {JANE, CHER}),
                arguments("customers.city", "~", "\"v\"", new String[] {JOHN, JANE}),
                arguments("customers.city", "!~", "\"lv\"", new String[] {JOHN, CHER}),
                arguments("customers.countryCode", "=", "\"UA\"", new String[] {JOHN, JANE}),
                arguments("customers.countryCode", "!=", "\"UA\"", new String[] {CHER}),
                arguments("customers.countryCode", "~", "\"u\"", new String[] {JOHN, JANE}),
                arguments("customers.countryCode", "!~", "\"u\"", new String[] {CHER}),
                arguments("customers.regionCode", "=", "\"Lviv Oblast\"", new String[] {JANE}),
                arguments("customers.regionCode", "!=", "\"Lviv Oblast\"", new String[] {JOHN, CHER}),
                arguments("customers.regionCode", "~", "\"oblast\"", new String[] {JOHN, JANE}),
                arguments("customers.regionCode", "!~", "\"Oblast\"", new String[] {CHER}),
                // number: ${john} and ${jane} are the ids
                arguments("customers.id", "=", "${jane}", new String[] {JANE}),
                arguments("customers.id", "=", "\"${jane}\"", new String[] {JANE}),
                arguments("customers.id", "!=", "${jane}", new String[] {JOHN, CHER}),
                arguments("customers.id", ">", "${john}", new String[] {JANE, CHER}),
                arguments("customers.id", ">=", "${jane}", new String[] {JANE, CHER}),
                arguments("customers.id", "<", "${jane}", new String[] {JOHN}),
                arguments("customers.id", "<=", "${jane}", new String[] {JOHN, JANE}),
                // dates, as numbers and numeric strings, whole seconds
                arguments("customers.lastSeen", "=", "2000", new String[] {JOHN}),
                arguments("customers.lastSeen", "=", "\"2000\"", new String[] {JOHN}),
                arguments("customers.lastSeen", "=", "2000.9", new String[] {JOHN}),
                arguments("customers.lastSeen", "!=", "2000", new String[] {JANE, CHER}),
                arguments("customers.lastSeen", ">", "2000", new String[] {JANE}),
                arguments("customers.lastSeen", ">=", "2000", new String[] {JOHN, JANE}),
                arguments("customers.lastSeen", "<", "4000", new String[] {JOHN}),
                arguments("customers.lastSeen", "<=", "\"4000\"", new String[] {JOHN, JANE}),
                arguments("customers.firstSeen", "=", "\"3000\"", new String[] {JANE}),
                arguments("customers.firstSeen", "!=", "3000", new String[] {JOHN, CHER}),
                arguments("customers.firstSeen", ">", "999", new String[] {JOHN, JANE}),
                arguments("customers.firstSeen", ">=", "3000", new String[] {JANE}),
                arguments("customers.firstSeen", "<", "3000", new String[] {JOHN}),
                arguments("customers.firstSeen", "<=", "999", NONE),
                arguments("customers.createdAt", ">=", "0", ALL),
                arguments("customers.createdAt", ">", "253402300799", NONE),
                arguments("customers.createdAt", "<", "\"1000\"", NONE),
                arguments("customers.createdAt", "<=", "253402300799", ALL),
                arguments("customers.createdAt", "!=", "0", ALL),
                arguments("customers.createdAt", "=", "0", NONE),
                // tags: all of the listed names, case-sensitive
                arguments("customers.tagsData", "=", "[{\"name\": \"Lead\"}]", new String[] {JOHN, JANE}),
                arguments("customers.tagsData", "=", "[{\"name\": \"Lead\"}, {\"name\": \"VIP\"}]",
                        new String[] {JOHN}),
                arguments("customers.tagsData", "=", "[\"VIP\"]", new String[] {JOHN}),
                arguments("customers.tagsData", "=", "[{\"name\": \"lead\"}]", NONE),
                arguments("customers.tagsData", "=", "[]", ALL),
                // messenger ids are never stored
                arguments("customers.telegramId", "=", "\"123\"", NONE),
                arguments("customers.facebookId", "!=", "\"123\"", ALL),
                arguments("customers.instagramId", "~", "\"1\"", NONE),
                arguments("customers.viberId", "!~", "\"1\"", ALL),
                arguments("customers.whatsappId", "=", "123", NONE));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("matches")
    void each_operator_on_each_field_type_finds_the_right_customers(String field, String operator, String value,
                                                                    String[] expected) {
        Response response = hc.post("/customers/search", filter(field, operator, value));

        assertThat(names(response)).as("%s", response).containsExactly(expected);
        assertThat(response.json().get("total").asLong()).isEqualTo(expected.length);
    }

    static Stream<Arguments> typeErrors() {
        String type = "filter[0].value";
        return Stream.of(
                arguments("customers.name", "=", "true", type, "This value should be of type string."),
                arguments("customers.email", "~", "[\"a\"]", type, "This value should be of type string."),
                arguments("customers.city", "!=", "{\"a\": 1}", type, "This value should be of type string."),
                arguments("customers.id", "=", "\"abc\"", type, "This value should be of type numeric."),
                arguments("customers.id", ">", "true", type, "This value should be of type numeric."),
                arguments("customers.id", "<", "1.5", type, "This value should be of type integer."),
                arguments("customers.id", "<=", "\"1.5\"", type, "This value should be of type integer."),
                arguments("customers.lastSeen", ">", "\"yesterday\"", type, "This value should be of type numeric."),
                arguments("customers.firstSeen", "=", "false", type, "This value should be of type numeric."),
                arguments("customers.createdAt", "<", "-5", type, "This value is not a valid UNIX timestamp."),
                arguments("customers.tagsData", "=", "\"Lead\"", type, "This value should be of type array."),
                arguments("customers.tagsData", "=", "[{}]", "filter[0].value[0].name",
                        "This value should not be blank."),
                arguments("customers.tagsData", "=", "[true]", "filter[0].value[0]",
                        "This value should be of type string."),
                arguments("customers.telegramId", "=", "false", type, "This value should be of type string."),
                arguments("customers.name", "=", "null", type, "This value should not be blank."));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("typeErrors")
    void a_value_of_the_wrong_type_is_a_400_on_the_value(String field, String operator, String value, String code,
                                                         String message) {
        assertInvalid(hc.post("/customers/search", filter(field, operator, value)), code, message);
    }

    static Stream<Arguments> operatorErrors() {
        return Stream.of(
                arguments("customers.name", ">"), arguments("customers.email", "<"),
                arguments("customers.userId", ">="), arguments("customers.phone", "<="),
                arguments("customers.id", "~"), arguments("customers.id", "!~"),
                arguments("customers.lastSeen", "~"), arguments("customers.createdAt", "!~"),
                arguments("customers.tagsData", "!="), arguments("customers.tagsData", "~"),
                arguments("customers.tagsData", ">"), arguments("customers.viberId", ">"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("operatorErrors")
    void an_operator_the_field_type_does_not_take_is_a_400_on_the_operator(String field, String operator) {
        String value = field.equals("customers.tagsData") ? "[]" : "1";
        assertInvalid(hc.post("/customers/search", filter(field, operator, value)), "filter[0].operator",
                "The operator \"" + operator + "\" cannot be used with " + field + ".");
    }

    @Test
    void a_clause_without_a_field_is_the_documented_error() {
        Response response = hc.post("/customers/search", "{\"filter\":[{\"operator\":\"=\",\"value\":\"x\"}]}");

        assertGolden(response, 400, "errors/filter_field_blank.json");
    }

    @Test
    void every_broken_clause_is_reported_at_once() {
        Response response = hc.post("/customers/search", """
                {"filter": [{"field": "customers.nickname", "operator": "=", "value": "x"},
                            {"field": "customers.id", "operator": "==", "value": 1},
                            {"field": "customers.id", "value": 1},
                            {"field": "customers.lastSeen", "operator": "~", "value": "x"},
                            {"field": true, "operator": "=", "value": "x"},
                            "customers.name",
                            {"field": "customers.email", "operator": "="}],
                 "comparison": "XOR", "limit": 500, "sort": "customers.name", "order": "up"}""");

        assertGolden(response, 400, "errors/search_errors.json");
    }

    @Test
    void comparison_or_matches_any_clause_and_and_is_the_default() {
        String clauses = "[{\"field\":\"customers.name\",\"operator\":\"=\",\"value\":\"Cher\"},"
                + "{\"field\":\"customers.email\",\"operator\":\"~\",\"value\":\"gmail\"}]";

        assertThat(names(hc.post("/customers/search", "{\"filter\":" + clauses + ",\"comparison\":\"OR\"}")))
                .containsExactly(JANE, CHER);
        assertThat(names(hc.post("/customers/search", "{\"filter\":" + clauses + ",\"comparison\":\"or\"}")))
                .containsExactly(JANE, CHER);
        assertThat(names(hc.post("/customers/search", "{\"filter\":" + clauses + ",\"comparison\":\"AND\"}")))
                .isEmpty();
        assertThat(names(hc.post("/customers/search", "{\"filter\":" + clauses + "}"))).isEmpty();
    }

    @Test
    void and_narrows_across_clauses() {
        Response response = hc.post("/customers/search", """
                {"filter": [{"field": "customers.tagsData", "operator": "=", "value": [{"name": "Lead"}]},
                            {"field": "customers.lastSeen", "operator": ">", "value": "1700"},
                            {"field": "customers.telegramId", "operator": "!=", "value": "x"},
                            {"field": "customers.email", "operator": "!~", "value": "example"}]}""");

        assertThat(names(response)).containsExactly(JANE);
    }

    @Test
    void tag_or_tag_is_two_clauses_joined_by_or() {
        create(hc, "{\"name\":\"Tagged Only\",\"tags\":[\"VIP\"]}");
        Response response = hc.post("/customers/search", """
                {"comparison": "OR",
                 "filter": [{"field": "customers.tagsData", "operator": "=", "value": [{"name": "VIP"}]},
                            {"field": "customers.tagsData", "operator": "=", "value": [{"name": "Nope"}]}]}""");

        assertThat(names(response)).containsExactly(JOHN, "Tagged Only");
    }

    @Test
    void a_missing_or_empty_filter_matches_everyone() {
        assertThat(names(hc.post("/customers/search", "{}"))).containsExactly(ALL);
        assertThat(names(hc.post("/customers/search", "{\"filter\":[]}"))).containsExactly(ALL);
        assertThat(names(hc.post("/customers/search", "{\"filter\":null,\"limit\":100,\"offset\":0}")))
                .containsExactly(ALL);
        assertThat(names(hc.send("POST", "/customers/search", null, null))).containsExactly(ALL);
    }

    @Test
    void paging_and_sorting_come_from_the_body_and_total_counts_every_match() {
        Response response = hc.post("/customers/search", """
                {"filter": [{"field": "customers.name", "operator": "~", "value": "e"}],
                 "sort": "customers.lastSeen", "order": "DESC", "offset": 1, "limit": "1"}""");

        assertThat(names(response)).containsExactly(JOHN);
        assertThat(response.json().get("total").asLong()).isEqualTo(3);
    }

    @Test
    void the_result_is_the_list_envelope_with_full_customers() {
        Response response = hc.post("/customers/search",
                "{\"filter\":[{\"field\":\"customers.userId\",\"operator\":\"=\",\"value\":\"u1\"}],\"limit\":1}");

        assertGolden(response, 200, "customers/search_result.json");
        assertThat(response.json().at("/data/0/id").asLong()).isEqualTo(johnId);
    }

    @Test
    void the_filter_must_be_an_array_of_objects() {
        assertInvalid(hc.post("/customers/search", "{\"filter\":{\"field\":\"customers.id\"}}"), "filter",
                "This value should be of type array.");
        assertInvalid(hc.post("/customers/search", "{\"filter\":[\"customers.id\"]}"), "filter[0]",
                "This value should be of type object.");
        assertInvalid(hc.post("/customers/search", "[]"), "body", "This value should be of type object.");
    }

    private String filter(String field, String operator, String value) {
        String resolved = value.replace("${john}", Long.toString(johnId)).replace("${jane}", Long.toString(janeId));
        return "{\"filter\":[{\"field\":\"" + field + "\",\"operator\":\"" + operator + "\",\"value\":" + resolved
                + "}]}";
    }

    private static List<String> names(Response response) {
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        List<String> names = new ArrayList<>();
        for (JsonNode customer : response.json().get("data")) {
            names.add(customer.get("name").asText());
        }
        return names;
    }
}
