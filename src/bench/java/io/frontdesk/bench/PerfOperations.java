package io.frontdesk.bench;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The main operations of the performance benchmark, as HTTP requests. Writes make every request unique (worker and
 * sequence number in the email) so no request collides with another.
 */
final class PerfOperations {

    /** One measured operation: its name, the status it must answer, and the request for worker w's nth request. */
    record Operation(String name, boolean write, int status, BiFunction<Integer, Long, RawHttpClient.Request> requests) {
    }

    /**
     * Ids the read and thread operations use, created before measuring; conversation i belongs to customer i. There
     * are enough conversations that no run brings one near the 100-thread limit.
     */
    record Fixture(String bearer, List<Long> customerIds, List<Long> conversationIds, long mailboxId) {
    }

    private PerfOperations() {
    }

    static final String V1_AUTH = "Basic " + Base64.getEncoder().encodeToString((ServerProcess.API_KEY + ":X")
            .getBytes(StandardCharsets.UTF_8));
    static final String HC_AUTH = "Bearer " + ServerProcess.HELPCRUNCH_KEY;

    static List<Operation> all(Fixture fixture, String run) {
        String bearer = "Bearer " + fixture.bearer();
        List<Long> customers = fixture.customerIds();
        List<Long> conversations = fixture.conversationIds();
        return List.of(
                new Operation("1.0 create customer", true, 201, (w, n) -> new RawHttpClient.Request("POST",
                        "/v1/customers.json", V1_AUTH, json("{\"firstName\":\"Vernon\",\"lastName\":\"Bear\","
                        + "\"emails\":[{\"value\":\"v1." + run + "." + w + "." + n + "@bench.test\",\"location\":\"work\"}]}"))),
                new Operation("2.0 create customer", true, 201, (w, n) -> new RawHttpClient.Request("POST",
                        "/v2/customers", bearer, json("{\"firstName\":\"Vernon\",\"lastName\":\"Bear\","
                        + "\"emails\":[{\"type\":\"work\",\"value\":\"v2." + run + "." + w + "." + n + "@bench.test\"}]}"))),
                new Operation("2.0 get customer", false, 200, (w, n) -> new RawHttpClient.Request("GET",
                        "/v2/customers/" + customers.get((int) ((w * 7919L + n) % customers.size())), bearer, null)),
                new Operation("2.0 list with query=", false, 200, (w, n) -> new RawHttpClient.Request("GET",
                        "/v2/customers?query=" + enc("(email:\"fixture." + ((w * 7919L + n) % customers.size())
                                + "@bench.test\")"), bearer, null)),
                new Operation("HelpCrunch create customer", true, 201, (w, n) -> new RawHttpClient.Request("POST",
                        "/helpcrunch/v1/customers", HC_AUTH, json("{\"name\":\"John Doe\",\"email\":\"hc." + run + "."
                        + w + "." + n + "@bench.test\",\"userId\":\"u-" + run + "-" + w + "-" + n + "\"}"))),
                new Operation("HelpCrunch search", false, 200, (w, n) -> new RawHttpClient.Request("POST",
                        "/helpcrunch/v1/customers/search", HC_AUTH, json("{\"filter\":[{\"field\":\"customers.email\","
                        + "\"operator\":\"=\",\"value\":\"fixture." + ((w * 7919L + n) % customers.size())
                        + "@bench.test\"}],\"limit\":10}"))),
                new Operation("create conversation (3 threads)", true, 201, (w, n) -> new RawHttpClient.Request("POST",
                        "/v2/conversations", bearer, json("{\"subject\":\"Help with order " + n + "\",\"type\":\"email\","
                        + "\"mailboxId\":" + fixture.mailboxId() + ",\"status\":\"active\","
                        + "\"customer\":{\"id\":" + customers.get((int) ((w * 31L + n) % customers.size())) + "},"
                        + "\"threads\":[{\"type\":\"customer\",\"customer\":{\"id\":"
                        + customers.get((int) ((w * 31L + n) % customers.size())) + "},\"text\":\"My order is late\"},"
                        + "{\"type\":\"note\",\"text\":\"Checking the warehouse\"},"
                        + "{\"type\":\"reply\",\"customer\":{\"id\":" + customers.get((int) ((w * 31L + n) % customers.size()))
                        + "},\"text\":\"It ships tomorrow\"}]}"))),
                new Operation("add a reply thread", true, 201, (w, n) -> {
                    int i = (int) ((w * 131L + n) % conversations.size());
                    return new RawHttpClient.Request("POST", "/v2/conversations/" + conversations.get(i) + "/reply",
                            bearer, json("{\"customer\":{\"id\":" + customers.get(i % customers.size())
                            + "},\"text\":\"Following up " + n + "\"}"));
                }));
    }

    static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String enc(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
