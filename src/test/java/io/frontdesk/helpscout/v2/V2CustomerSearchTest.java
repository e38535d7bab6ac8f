package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Golden;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** `GET /v2/customers?query=…`: seed 002's examples over HTTP, combined with the other list parameters. */
@ParameterizedClass
@EnumSource(Backend.class)
class V2CustomerSearchTest {

    @Parameter
    Backend backend;

    Tenant tenant;
    Client client;

    @BeforeEach
    void setUp() {
        tenant = backend.tenant();
        client = tenant.v2();
        create("John", "Appleseed", "john@appleseed.com");
        create("Johnny", "Appleseed", "johnappleseed@gmail.com");
        create("Amanda", "Bear", "amanda@bear.org");
    }

    private void create(String first, String last, String email) {
        V2Support.create(client, "{\"firstName\":\"" + first + "\",\"lastName\":\"" + last
                + "\",\"emails\":[{\"type\":\"work\",\"value\":\"" + email + "\"}]}");
    }

    private Response search(String query, String extra) {
        return client.get("/v2/customers?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + extra);
    }

    private List<String> firstNames(String query, String extra) {
        Response response = search(query, extra);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        response.json().at("/_embedded/customers").forEach(c -> names.add(c.get("firstName").asText()));
        return names;
    }

    @Test
    void seed_002_first_name() {
        assertThat(firstNames("(firstName:\"John\")", "&sortField=firstName&sortOrder=asc"))
                .containsExactly("John");
    }

    @Test
    void seed_002_last_name() {
        assertThat(firstNames("(lastName:\"Appleseed\")", "&sortField=firstName&sortOrder=asc"))
                .containsExactly("John", "Johnny");
    }

    @Test
    void seed_002_first_name_or_first_name() {
        assertThat(firstNames("(firstName:\"John\" OR firstName:\"Johnny\")", "&sortField=firstName&sortOrder=asc"))
                .containsExactly("John", "Johnny");
    }

    @Test
    void seed_002_first_and_last_name() {
        assertThat(firstNames("(firstName:\"Amanda\" AND lastName:\"Bear\")", "")).containsExactly("Amanda");
    }

    @Test
    void seed_002_email_containing() {
        assertThat(firstNames("(email:\"john@appleseed.com\")", "")).containsExactly("John");
    }

    @Test
    void seed_002_grouped_emails() {
        assertThat(firstNames("(email:(\"john@appleseed.com\" OR \"johnappleseed@gmail.com\"))",
                "&sortField=firstName&sortOrder=asc")).containsExactly("John", "Johnny");
    }

    @Test
    void seed_002_modified_since_range() {
        assertThat(firstNames("modifiedAt:[2013-11-20T00:00:00Z TO *]", "")).hasSize(3);
    }

    @Test
    void query_is_anded_with_the_other_parameters() {
        assertThat(firstNames("(lastName:\"Appleseed\")", "&firstName=johnny")).containsExactly("Johnny");
    }

    @Test
    void score_sorts_exact_matches_first() {
        assertThat(firstNames("john", "&sortField=score")).containsExactly("John", "Johnny");
    }

    @Test
    void the_templated_page_link_keeps_the_query() {
        JsonNode body = search("(lastName:\"Appleseed\")", "").json();
        assertThat(body.at("/_links/page/href").asText()).contains("query=").endsWith("{&page}");
        assertThat(body.at("/_links/page/templated").asBoolean()).isTrue();
        assertThat(body.at("/page/totalElements").asLong()).isEqualTo(2);
    }

    @Test
    void a_query_with_no_match_embeds_an_empty_array() {
        JsonNode body = search("firstName:\"Nobody\"", "").json();
        assertThat(body.at("/_embedded/customers").toString()).isEqualTo("[]");
        assertThat(body.at("/page/totalElements").asLong()).isZero();
    }

    @Test
    void a_syntax_error_is_a_400_vnd_error_on_query() {
        Response response = search("(firstName:\"John\"", "");
        Golden.assertMatches(response, "helpscout-v2/search/syntax_error.json", client.base());
        assertThat(response.header("Content-Type")).isEqualTo("application/vnd.error+json");
    }

    @Test
    void an_unknown_field_is_a_400_naming_it() {
        Response response = search("shoeSize:12", "");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/_embedded/errors/0/message").asText()).contains("shoeSize");
    }

    @Test
    void another_account_never_sees_these_customers() {
        Response response = backend.tenant().v2().get("/v2/customers?query="
                + URLEncoder.encode("(firstName:\"John\")", StandardCharsets.UTF_8));
        assertThat(response.json().at("/page/totalElements").asLong()).isZero();
    }
}
