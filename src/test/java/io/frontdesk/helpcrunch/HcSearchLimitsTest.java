package io.frontdesk.helpcrunch;

import io.frontdesk.search.QueryParser;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.frontdesk.helpcrunch.HcTests.assertInvalid;
import static io.frontdesk.helpcrunch.HcTests.create;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A search's size is bounded before it reaches the database, in each dialect's error shape: hundreds of HelpCrunch
 * clauses (or thousands of tags) and Help Scout queries of hundreds of terms are the client's error (400), never a
 * 500 from SQLite's expression limit nor minutes of PostgreSQL.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class HcSearchLimitsTest {

    private static final Duration QUICKLY = Duration.ofSeconds(20);

    @Parameter
    Backend backend;

    private Tenant tenant;
    private Client hc;

    @BeforeEach
    void setUp() {
        tenant = backend.tenant();
        hc = tenant.hc();
        create(hc, "{\"name\":\"Ann Example\",\"email\":\"ann@example.com\",\"tags\":[{\"name\":\"Lead\"}]}");
    }

    private static String contains(int count, String comparison) {
        return IntStream.range(0, count)
                .mapToObj(i -> "{\"field\":\"customers.email\",\"operator\":\"~\",\"value\":\"x\"}")
                .collect(Collectors.joining(",", "{\"comparison\":\"" + comparison + "\",\"filter\":[", "]}"));
    }

    @Test
    void the_most_clauses_search_and_one_more_is_refused_on_filter() {
        Response most = hc.post("/customers/search", contains(HcSearchFilters.MAX_FILTERS, "OR")
                .replace("\"x\"", "\"ann\""));

        assertThat(most.status()).isEqualTo(200);
        assertThat(most.json().get("total").asLong()).isEqualTo(1);
        assertInvalid(hc.post("/customers/search", contains(HcSearchFilters.MAX_FILTERS + 1, "AND")), "filter",
                "This collection should contain " + HcSearchFilters.MAX_FILTERS + " elements or less.");
    }

    @Test
    void hundreds_of_clauses_are_a_400_at_once_whether_anded_or_ored() {
        Response and = assertTimeoutPreemptively(QUICKLY, () -> hc.post("/customers/search", contains(200, "AND")));
        Response or = assertTimeoutPreemptively(QUICKLY, () -> hc.post("/customers/search", contains(996, "OR")));

        assertThat(and.status()).isEqualTo(400);
        assertThat(or.status()).isEqualTo(400);
        assertThat(or.json().at("/errors/1/code").asText()).isEqualTo("filter");
    }

    @Test
    void a_tags_clause_naming_thousands_of_tags_is_a_400_on_its_value() {
        String tags = IntStream.range(0, 5000).mapToObj(i -> "{\"name\":\"t" + i + "\"}")
                .collect(Collectors.joining(",", "[", "]"));

        Response response = assertTimeoutPreemptively(QUICKLY, () -> hc.post("/customers/search",
                "{\"filter\":[{\"field\":\"customers.tagsData\",\"operator\":\"=\",\"value\":" + tags + "}]}"));

        assertInvalid(response, "filter[0].value", "This collection should contain " + HcSearchValues.MAX_TAGS
                + " elements or less.");
    }

    @Test
    void a_text_value_longer_than_any_stored_text_is_too_long() {
        String value = "a".repeat(HcSearchValues.MAX_TEXT + 1);

        assertInvalid(hc.post("/customers/search", "{\"filter\":[{\"field\":\"customers.name\",\"operator\":\"~\","
                + "\"value\":\"" + value + "\"}]}"), "filter[0].value",
                "This value is too long. It should have " + HcSearchValues.MAX_TEXT + " characters or less.");
    }

    @Test
    void a_help_scout_query_of_too_many_terms_is_a_400_in_v2_and_v1() {
        String query = String.join(" OR ", Collections.nCopies(QueryParser.MAX_TERMS + 1, "email:x"));
        String encoded = URLEncoder.encode("(" + query + ")", StandardCharsets.UTF_8);

        Response v2 = assertTimeoutPreemptively(QUICKLY, () -> tenant.v2().get("/v2/customers?query=" + encoded));
        Response conversations = tenant.v2().get("/v2/conversations?query=" + encoded);

        assertThat(v2.status()).isEqualTo(400);
        assertThat(v2.json().at("/_embedded/errors/0/path").asText()).isEqualTo("query");
        assertThat(conversations.status()).isEqualTo(400);
    }
}
