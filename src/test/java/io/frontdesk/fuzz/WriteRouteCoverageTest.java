package io.frontdesk.fuzz;

import io.frontdesk.testing.Backend;
import io.frontdesk.web.BodyLimit;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fuzz suite covers every write route: a route table that gains a POST, PUT, PATCH or DELETE fails here until
 * {@link WriteRoutes} names it (with valid bodies), and a listed route that no longer exists fails too.
 */
class WriteRouteCoverageTest {

    /** Routes only tests register (TestRoutes): they echo bodies and store nothing. */
    private static final Set<String> TEST_ONLY = Set.of("POST /v2/test/echo", "POST /v1/test/echo.json",
            "POST /helpcrunch/v1/test/echo");

    @Test
    void every_registered_write_route_is_fuzzed_and_every_fuzzed_route_is_registered() {
        Set<String> registered = new TreeSet<>(RegisteredRoutes.writes(Backend.SQLITE.server().app()).keySet());
        registered.removeAll(TEST_ONLY);
        Set<String> fuzzed = WriteRoutes.ALL.stream().map(WriteRoute::key)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(fuzzed).as("WriteRoutes.ALL names each route once").hasSize(WriteRoutes.ALL.size());
        assertThat(fuzzed).as("write routes the fuzz suite covers (WriteRoutes.ALL) vs the route tables")
                .containsExactlyInAnyOrderElementsOf(registered);
    }

    @Test
    void routes_declare_the_documented_body_limits() {
        Map<String, BodyLimit> limits = RegisteredRoutes.writes(Backend.SQLITE.server().app());

        assertThat(limits).containsEntry("POST /v2/conversations", BodyLimit.CONVERSATION)
                .containsEntry("POST /v2/conversations/{id}/threads/{threadId}/attachments", BodyLimit.ATTACHMENT)
                .containsEntry("POST /v2/customers", BodyLimit.DEFAULT)
                .containsEntry("PUT /helpcrunch/v1/customers/batch", BodyLimit.DEFAULT)
                .containsEntry("POST /v1/conversations.json", BodyLimit.CONVERSATION)
                .containsEntry("POST /v1/conversations/{id}.json", BodyLimit.DEFAULT)
                .containsEntry("POST /v1/attachments.json", BodyLimit.ATTACHMENT);
        assertThat(limits.values().stream().filter(limit -> limit != BodyLimit.DEFAULT)).hasSize(4);
    }
}
