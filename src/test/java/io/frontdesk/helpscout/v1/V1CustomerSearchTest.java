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
import org.junit.jupiter.params.provider.EnumSource;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** `GET /v1/search/customers.json`: the 1.0 documented searches, SearchCustomer items, paging and sorting. */
@ParameterizedClass
@EnumSource(Backend.class)
class V1CustomerSearchTest {

    @Parameter
    Backend backend;

    Tenant tenant;
    V1CustomerApi api;

    @BeforeEach
    void setUp() {
        tenant = backend.tenant();
        api = new V1CustomerApi(tenant);
        api.create("John", "Appleseed", "john@appleseed.com");
        api.create("Johnny", "Appleseed", "johnappleseed@gmail.com");
        api.create("Amanda", "Bear", "amanda@bear.org");
    }

    private JsonNode search(String query, String extra) {
        Response response = tenant.v1().get("/v1/search/customers.json?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8) + extra);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static List<String> firstNames(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("items").forEach(item -> names.add(item.get("firstName").asText()));
        return names;
    }

    @Test
    void first_name() {
        assertThat(firstNames(search("(firstName:\"John\")", "&sortField=firstName&sortOrder=asc")))
                .containsExactly("John");
    }

    @Test
    void first_name_or_first_name() {
        assertThat(firstNames(search("(firstName:\"Amanda\" OR firstName:\"Johnny\")", "&sortField=firstName")))
                .containsExactly("Johnny", "Amanda");
    }

    @Test
    void first_and_last_name() {
        assertThat(firstNames(search("(firstName:\"John\" AND lastName:\"Appleseed\")", "&sortField=firstName"
                + "&sortOrder=asc"))).containsExactly("John");
    }

    @Test
    void bare_email_and_grouped_emails() {
        assertThat(firstNames(search("(john@appleseed.com)", ""))).containsExactly("John");
        assertThat(firstNames(search("(\"john@appleseed.com\" OR \"johnappleseed@gmail.com\")", "")))
                .containsExactlyInAnyOrder("John", "Johnny");
    }

    @Test
    void modified_since() {
        assertThat(search("(modifiedSince:\"2013-11-20T00:00:00Z\")", "").get("count").asLong()).isEqualTo(3);
        assertThat(search("(modifiedSince:\"2099-01-01T00:00:00Z\")", "").get("count").asLong()).isZero();
    }

    @Test
    void star_and_no_query_match_everyone() {
        assertThat(search("*", "").get("count").asLong()).isEqualTo(3);
        Response response = tenant.v1().get("/v1/search/customers.json");
        assertThat(response.json().get("count").asLong()).isEqualTo(3);
    }

    @Test
    void score_ranks_exact_matches_first() {
        assertThat(firstNames(search("john", ""))).containsExactly("John", "Johnny");
    }

    @Test
    void items_are_search_customers_with_emails_as_strings() {
        Response response = tenant.v1().get("/v1/search/customers.json?query="
                + URLEncoder.encode("(firstName:\"Amanda\")", StandardCharsets.UTF_8));
        Golden.assertMatches(response, "helpscout-v1/search/amanda.json", tenant.server().baseUrl());
    }

    @Test
    void page_size_pages_and_page_null() {
        JsonNode first = search("*", "&pageSize=2&page=null&sortField=firstName&sortOrder=asc");
        assertThat(first.get("pages").asInt()).isEqualTo(2);
        assertThat(firstNames(first)).containsExactly("Amanda", "John");
        JsonNode second = search("*", "&pageSize=2&page=2&sortField=firstName&sortOrder=asc");
        assertThat(firstNames(second)).containsExactly("Johnny");
        JsonNode none = search("*", "&pageSize=0");
        assertThat(none.get("items")).isEmpty();
        assertThat(none.get("count").asLong()).isEqualTo(3);
    }

    @Test
    void bad_parameters_are_400_in_the_validation_body() {
        for (String bad : List.of("&pageSize=51", "&pageSize=x", "&sortField=shoeSize", "&sortOrder=up", "&page=0")) {
            Response response = tenant.v1().get("/v1/search/customers.json?query=*" + bad);
            assertThat(response.status()).as(bad).isEqualTo(400);
            assertThat(response.json().get("validationErrors")).as(bad).isNotEmpty();
        }
        Response syntax = tenant.v1().get("/v1/search/customers.json?query="
                + URLEncoder.encode("(firstName:\"John\"", StandardCharsets.UTF_8));
        Golden.assertMatches(syntax, "helpscout-v1/search/syntax_error.json", tenant.server().baseUrl());
    }

    @Test
    void another_account_finds_nothing_of_this_one() {
        Tenant other = backend.tenant();
        Response response = other.v1().get("/v1/search/customers.json?query=john");
        assertThat(response.json().get("count").asLong()).isZero();
    }

    /** The Java SDK appends the query without URL-encoding it: quotes and parentheses arrive raw. */
    @Test
    void an_unencoded_query_from_the_java_sdk_is_understood() throws Exception {
        URI base = URI.create(tenant.server().baseUrl());
        String auth = Base64.getEncoder().encodeToString((tenant.apiKey().secret() + ":X")
                .getBytes(StandardCharsets.UTF_8));
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /v1/search/customers.json?query=(firstName:\"Amanda\")&page=null HTTP/1.1\r\n"
                    + "Host: " + base.getHost() + "\r\nAuthorization: Basic " + auth + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8));
            String status = in.readLine();
            StringBuilder rest = new StringBuilder();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                rest.append(line).append('\n');
            }
            assertThat(status).contains(" 200 ");
            assertThat(rest.toString()).contains("\"firstName\":\"Amanda\"").contains("\"count\":1");
        }
    }
}
