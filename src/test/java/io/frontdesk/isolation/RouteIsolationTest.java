package io.frontdesk.isolation;

import io.frontdesk.isolation.RegisteredRoutes.Route;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.TestServer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Tenant isolation, proven for every route the running server registered: tenant B sends each route A's ids (alone,
 * mixed with its own, and guessed) and gets 404 or a refusal, never A's data, and A's data reads back unchanged. The
 * owner of a fresh fixture sends the same request and succeeds, so each 404 is about ownership, not a bad request.
 * A route {@link IsolationTable} does not know fails here: nobody adds an unproven endpoint by accident.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class RouteIsolationTest {

    @Parameter
    Backend backend;

    @TestFactory
    Stream<DynamicTest> every_route_keeps_one_account_out_of_another() {
        TestServer server = backend.server();
        String hc = server.app().config().helpcrunchPrefix();
        List<Call> table = IsolationTable.calls(hc);
        List<Route> routes = RegisteredRoutes.of(server.http());
        // Neighbours on both sides of A, so that A's ids ± 1 are mostly a third account's rows, not B's.
        Party left = Party.create(backend.tenant());
        Party a = Party.create(backend.tenant());
        Party right = Party.create(backend.tenant());
        Party b = Party.create(backend.tenant());
        Probe probe = new Probe(server, List.of(left, right));
        // Reads change nothing, so one owner serves every GET control; each write gets a fresh owner.
        Party reader = Party.create(backend.tenant());
        // A's data after one route is its data before the next (the routes run one after the other), so each
        // snapshot serves twice; a route that ends early leaves none, and the next takes its own.
        AtomicReference<Snapshot> last = new AtomicReference<>();

        Stream<DynamicTest> perRoute = routes.stream().map(route -> dynamicTest(route.toString(), () -> {
            List<Call> calls = table.stream()
                    .filter(call -> call.method().equals(route.method()) && call.path().equals(route.path()))
                    .toList();
            if (calls.isEmpty()) {
                fail(route + " is registered but IsolationTable has no request for it. Add one (which fixture id "
                        + "each path parameter names, a valid body for writes) so its tenant isolation is proven.");
            }
            Snapshot before = last.getAndSet(null);
            Snapshot unchanged = before != null ? before : Snapshot.of(a, hc);
            List<String> failures = new ArrayList<>();
            for (Call call : calls) {
                assertThat(call.pathRefs().keySet()).as("path parameters IsolationTable fills for %s", route)
                        .containsExactlyInAnyOrderElementsOf(route.params());
                failures.addAll(probe.attack(call, a, b));
                String control = probe.control(call, call.method().equals("GET") ? reader
                        : Party.create(backend.tenant()));
                if (control != null) {
                    failures.add("control: " + control);
                }
            }
            Snapshot after = Snapshot.of(a, hc);
            last.set(after);
            List<String> changes = after.changesSince(unchanged);
            if (!changes.isEmpty()) {
                failures.add("B's requests changed A's data:\n    " + String.join("\n    ", changes));
            }
            if (!failures.isEmpty()) {
                fail(route + ":\n  " + String.join("\n  ", failures));
            }
        }));
        DynamicTest noStaleEntries = dynamicTest("IsolationTable names only registered routes", () -> {
            List<String> registered = routes.stream().map(Route::toString).toList();
            List<String> stale = table.stream().map(Call::route).filter(name -> !registered.contains(name))
                    .distinct().toList();
            assertThat(stale).as("table entries for routes the server does not register").isEmpty();
        });
        return Stream.concat(perRoute, Stream.of(noStaleEntries));
    }
}
