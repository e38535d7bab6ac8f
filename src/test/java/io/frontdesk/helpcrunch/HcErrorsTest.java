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
import static io.frontdesk.helpcrunch.HcTests.create;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every customer and event endpoint answers errors in the HelpCrunch envelope, and no client input makes it fail
 * with a 500.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class HcErrorsTest {

    /** Method and path of every endpoint; `{id}` is an existing customer. */
    private static final List<String[]> ENDPOINTS = List.of(
            new String[] {"POST", "/customers"}, new String[] {"GET", "/customers"},
            new String[] {"GET", "/customers/{id}"}, new String[] {"POST", "/customers/search"},
            new String[] {"PUT", "/customers/{id}"}, new String[] {"PATCH", "/customers/{id}"},
            new String[] {"PUT", "/customers/batch"}, new String[] {"PUT", "/customers/{id}/tags"},
            new String[] {"DELETE", "/customers/{id}/tags"}, new String[] {"DELETE", "/customers/{id}"},
            new String[] {"POST", "/events"});

    @Parameter
    Backend backend;

    private Client hc;
    private long id;

    @BeforeEach
    void customer() {
        hc = backend.tenant().hc();
        id = create(hc, "{\"name\":\"John Doe\"}");
    }

    @Test
    void every_endpoint_wants_the_key() {
        for (String[] endpoint : ENDPOINTS) {
            Response response = hc.withoutAuth().send(endpoint[0], path(endpoint[1]), "{}", "application/json");
            assertGolden(response, 401, "errors/unauthorized.json");
        }
        assertThat(hc.get("/customers/" + id).status()).isEqualTo(200);
    }

    @Test
    void malformed_json_is_refused_by_every_endpoint_that_reads_a_body() {
        for (String[] endpoint : ENDPOINTS) {
            if (!endpoint[0].equals("GET") && !endpoint[1].equals("/customers/{id}")) {
                assertGolden(hc.send(endpoint[0], path(endpoint[1]), "{\"name\": ", "application/json"), 400,
                        "errors/malformed_json.json");
            }
        }
    }

    @Test
    void a_method_the_resource_does_not_have_is_405() {
        assertGolden(hc.send("DELETE", "/customers", null, null), 405, "errors/method_not_allowed.json");
        assertGolden(hc.send("GET", "/events", null, null), 405, "errors/method_not_allowed.json");
    }

    static Stream<Arguments> hostileBodies() {
        return Stream.of("null", "[]", "\"x\"", "1", "true", "{}", "[{}]", "[null]",
                "{\"name\":{},\"email\":[],\"tags\":{},\"customData\":[[]],\"customer\":{}}",
                "{\"customData\":{\"big\":1e400,\"small\":-1e-400,\"n\":123456789012345678901234567890}}",
                "{\"firstSeen\":1e400,\"lastSeen\":\"1e5\",\"customer\":1e30,\"limit\":1e30,\"offset\":\"9e99\"}",
                "{\"filter\":[{\"field\":\"customers.id\",\"operator\":\"=\",\"value\":1e30}],\"comparison\":[]}",
                "{\"filter\":[{\"field\":\"customers.lastSeen\",\"operator\":\">\",\"value\":\"99999999999999999\"}]}",
                "{\"filter\":[{\"field\":[],\"operator\":{},\"value\":[[[]]]}]}",
                "{\"name\":\"\\u0000\\uD83D\\uDE00\",\"tags\":[\"\\u0000\"],\"locale\":\"\\u00fc\\u00fc\"}",
                "{\"filter\":[{\"field\":\"customers.name\",\"operator\":\"~\",\"value\":\"\\u0000\"},"
                        + "{\"field\":\"customers.tagsData\",\"operator\":\"=\",\"value\":[\"\\u0000\"]}],"
                        + "\"customData\":{\"\\u0000\":\"\\u0000\"},\"sort\":\"\\u0000\",\"data\":{\"k\":\"\\u0000\"}}",
                "{\"location\":{\"city\":{},\"countryCode\":1},\"city\":[],\"regionCode\":true}",
                "[{\"customer\":-1},{\"customer\":0},{\"customer\":\"00\"},{\"customer\":9223372036854775807}]",
                "{\"name\":\"" + "x".repeat(100_000) + "\"}",
                "[" + "[".repeat(60) + "]".repeat(60) + "]")
                .map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("hostileBodies")
    void no_body_makes_any_endpoint_fail(String body) {
        for (String[] endpoint : ENDPOINTS) {
            Response response = hc.send(endpoint[0], path(endpoint[1]), body, "application/json");
            assertThat(response.status()).as("%s %s → %s", endpoint[0], endpoint[1], response).isLessThan(500);
            if (response.status() >= 400) {
                assertEnvelope(response);
            }
        }
    }

    static Stream<Arguments> hostilePaths() {
        return Stream.of(arguments("/customers/0"), arguments("/customers/-5"), arguments("/customers/1.5"),
                arguments("/customers/99999999999999999999"), arguments("/customers?limit=&offset="),
                arguments("/customers?limit=1e3"),
                arguments("/customers?sort=&order="), arguments("/customers?offset=99999999999999999999"));
    }

    @ParameterizedTest
    @MethodSource("hostilePaths")
    void no_path_or_query_makes_a_read_fail(String path) {
        Response response = hc.get(path);

        assertThat(response.status()).as("%s", response).isLessThan(500);
        if (response.status() >= 400) {
            assertEnvelope(response);
        }
    }

    private String path(String template) {
        return template.replace("{id}", Long.toString(id));
    }

    private static void assertEnvelope(Response response) {
        assertThat(response.header("Content-Type")).isEqualTo("application/json");
        JsonNode errors = response.json().get("errors");
        assertThat(errors.isArray()).as("%s", response).isTrue();
        assertThat(errors.get(0).get("code").asText()).isEqualTo("invalid_request");
        List<String> codes = new ArrayList<>();
        errors.forEach(error -> codes.add(error.get("code").asText()));
        assertThat(codes).as("%s", response).hasSizeGreaterThan(1).doesNotContain("internal_error", "");
    }
}
