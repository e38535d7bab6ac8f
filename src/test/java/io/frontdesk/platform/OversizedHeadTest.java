package io.frontdesk.platform;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request line or header block over 8 kB is refused with 414 or 431 in the format of the dialect its path names,
 * like every other refusal: Jetty used to refuse a long request line before it knew the path, in the plain format.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class OversizedHeadTest {

    private static final String LONG_QUERY = "?query=" + "b".repeat(9_000);
    private static final String URI_TOO_LONG = "URI too long: the request line must fit in 8 kB";
    private static final String HEADERS_TOO_LARGE = "Request headers too large: they must fit in 8 kB";

    @Parameter
    Backend backend;

    private Tenant tenant;

    @BeforeEach
    void tenant() {
        tenant = backend.tenant();
    }

    @Test
    void help_scout_2_answers_a_long_request_line_with_its_vnd_error() {
        for (String method : new String[] {"GET", "PUT", "DELETE"}) {
            Response response = tenant.v2().send(method, "/v2/customers/1" + LONG_QUERY, null, null);

            assertThat(response.status()).as(method).isEqualTo(414);
            assertThat(response.header("Content-Type")).startsWith("application/vnd.error+json");
            assertThat(response.json().get("message").asText()).isEqualTo(URI_TOO_LONG);
            assertThat(response.json().has("logRef")).isTrue();
        }
    }

    @Test
    void help_scout_1_answers_a_long_request_line_with_status_and_message() {
        Response response = tenant.v1().get("/v1/customers.json" + LONG_QUERY);

        assertThat(response.status()).isEqualTo(414);
        assertThat(response.json().get("status").asInt()).isEqualTo(414);
        assertThat(response.json().get("message").asText()).isEqualTo(URI_TOO_LONG);
    }

    @Test
    void helpcrunch_answers_a_long_request_line_with_its_errors_list() {
        Response response = tenant.hc().get("/customers" + LONG_QUERY);

        assertThat(response.status()).isEqualTo(414);
        JsonNode body = response.json();
        assertThat(body.at("/errors/0/code").asText()).isEqualTo("invalid_request");
        assertThat(body.at("/errors/1/message").asText()).isEqualTo(URI_TOO_LONG);
    }

    @Test
    void headers_over_8_kb_are_a_431_in_the_dialects_format() {
        Response v2 = tenant.v2().withHeader("X-Pad", "h".repeat(9_000)).get("/v2/users/me");
        assertThat(v2.status()).isEqualTo(431);
        assertThat(v2.json().get("message").asText()).isEqualTo(HEADERS_TOO_LARGE);
        assertThat(v2.json().has("logRef")).isTrue();

        Response v1 = tenant.v1().withHeader("X-Pad", "h".repeat(9_000)).get("/v1/users/me.json");
        assertThat(v1.status()).isEqualTo(431);
        assertThat(v1.json().get("status").asInt()).isEqualTo(431);
    }

    @Test
    void a_head_just_under_the_limit_is_served() {
        Response response = tenant.v2().get("/v2/customers?query=" + "(firstName:b)".repeat(300));

        assertThat(response.status()).as(response.toString()).isLessThan(414);
    }
}
