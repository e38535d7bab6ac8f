package io.frontdesk.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.LongFunction;

/**
 * The search benchmark: bulk-load N customers, then time a fixed set of `GET /v2/customers?query=…` requests over
 * HTTP, one client, after a warm-up. Each query varies its value per request (drawn from the loaded data), so no
 * cache can answer it.
 */
final class SearchBenchmark {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    /** One query of the set: a name, and a function from a random customer number to the query text. */
    record QuerySpec(String name, String example, LongFunction<String> query) {
    }

    /** Results for one database and size. */
    record Result(String database, long customers, double loadSeconds, List<Row> rows) {
    }

    record Row(String query, String example, double p50, double p99, long matches) {
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static List<QuerySpec> querySet(long size, CustomerGenerator generator) {
        return List.of(
                new QuerySpec("no query (default list)", "", n -> null),
                new QuerySpec("email, exact address", "email:\"james.smith.42@domain7.example.com\"",
                        n -> "email:\"" + generator.customer(n).emails().get(0) + "\""),
                new QuerySpec("email, containing", "email:\".42@\"", n -> "email:\"." + n + "@\""),
                new QuerySpec("first AND last name", "(firstName:\"Amanda\" AND lastName:\"Smithson512\")",
                        n -> "(firstName:\"" + generator.customer(n).firstName() + "\" AND lastName:\""
                                + generator.customer(n).lastName() + "\")"),
                new QuerySpec("last name OR last name", "(lastName:\"Bearson17\" OR lastName:\"Leeson901\")",
                        n -> "(lastName:\"" + generator.customer(n).lastName() + "\" OR lastName:\""
                                + generator.customer(n + 1).lastName() + "\")"),
                new QuerySpec("bare term (names and emails)", "smithson512",
                        n -> generator.customer(n).lastName().toLowerCase(Locale.ROOT)),
                new QuerySpec("email domain", "emailDomain:\"domain17.example.com\"",
                        n -> "emailDomain:\"domain" + (n % generator.domains()) + ".example.com\""),
                new QuerySpec("modifiedAt one-day range", "modifiedAt:[2024-05-01T00:00:00Z TO 2024-05-02T00:00:00Z]",
                        n -> {
                            long t = generator.customer(n).createdAtMillis();
                            return "modifiedAt:[" + ISO.format(Instant.ofEpochMilli(t)) + " TO "
                                    + ISO.format(Instant.ofEpochMilli(t + 86_400_000L)) + "]";
                        }),
                new QuerySpec("NOT within a selective set", "(lastName:\"Bearson17\" NOT firstName:\"John\")",
                        n -> "(lastName:\"" + generator.customer(n).lastName() + "\" NOT firstName:\"John\")"));
    }

    Result run(BenchServer server, String database, long size, double loadSeconds, CustomerGenerator generator,
               int warmup, int repeat) throws IOException, InterruptedException {
        List<Row> rows = new ArrayList<>();
        Random random = new Random(42);
        // One untimed pass over the whole set first, so the JIT and the caches are warm for every query, not only
        // for the ones measured last.
        for (QuerySpec spec : querySet(size, generator)) {
            for (int i = 0; i < warmup; i++) {
                get(server, spec.query().apply(Math.floorMod(random.nextLong(), size)));
            }
        }
        for (QuerySpec spec : querySet(size, generator)) {
            Latencies latencies = new Latencies();
            long matches = 0;
            for (int i = 0; i < warmup + repeat; i++) {
                String query = spec.query().apply(Math.floorMod(random.nextLong(), size));
                long start = System.nanoTime();
                HttpResponse<String> response = get(server, query);
                long elapsed = System.nanoTime() - start;
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(spec.name() + " failed: " + response.statusCode() + " "
                            + response.body());
                }
                if (i >= warmup) {
                    latencies.record(elapsed);
                    matches += totalElements(response.body());
                }
            }
            rows.add(new Row(spec.name(), spec.example(), latencies.percentileMillis(50),
                    latencies.percentileMillis(99), matches / repeat));
        }
        return new Result(database, size, loadSeconds, rows);
    }

    private HttpResponse<String> get(BenchServer server, String query) throws IOException, InterruptedException {
        String url = server.baseUrl() + "/v2/customers" + (query == null ? "" : "?query=" + BenchServer.enc(query));
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + server.token())
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long totalElements(String body) {
        int at = body.indexOf("\"totalElements\":");
        if (at < 0) {
            return 0;
        }
        int start = at + "\"totalElements\":".length();
        int end = start;
        while (end < body.length() && Character.isDigit(body.charAt(end))) {
            end++;
        }
        return Long.parseLong(body.substring(start, end));
    }
}
