package io.frontdesk.bench;

import io.frontdesk.account.CredentialKind;
import io.frontdesk.account.IssuedSecret;
import io.frontdesk.account.Role;
import io.frontdesk.config.ConfigKey;
import io.frontdesk.db.Database;
import io.frontdesk.db.DbVendor;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The reports benchmark: one account with N conversations over a year (report facts written straight as rows, see
 * {@link ReportFactLoader}), then every report path served ({@link ReportRequests}) asked for that year over HTTP, one
 * request at a time, without and (where the report has one) with a previous period. The previous period is the same
 * year again: the worst case, both periods full.
 */
final class ReportsBenchmark {

    static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    static final Instant END = Instant.parse("2026-01-01T00:00:00Z");

    /**
     * The account's office hours, which the {@code officeHours=true} requests measure durations in: set on a loaded
     * store with {@link #ZONE} before its rollups are built, and on a reused store that has none in the zone it
     * already has (a new zone would start its rollups over).
     */
    static final String HOURS = "mon-fri 09:00-17:00";
    static final String ZONE = "Europe/Berlin";

    /** {@code reused}: the kept database timed again (`--reuse`), whose load and rebuild were not repeated; or null. */
    record Result(String database, long conversations, long facts, double loadSeconds, double rollupSeconds,
                  long rollupRows, List<Row> rows, String reused) {

        /** Requests that did not answer 200 (a statement timeout's 503, most likely). */
        long failures() {
            return rows.stream().filter(r -> r.median() < 0 || r.medianPrevious() < 0).count();
        }
    }

    /**
     * Times of one request in milliseconds: median and slowest of the timed requests, without and with previous (NaN
     * where the report has no previous period). {@code aliases}: the 1.0 paths one handler serves with it.
     */
    record Row(String endpoint, List<String> aliases, double median, double max, double medianPrevious,
               double maxPrevious) {
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Result run(BenchDatabase database, long conversations, int warmup, int repeat, int statementTimeout)
            throws Exception {
        return run(database, conversations, warmup, repeat, statementTimeout, null, List.of());
    }

    /**
     * With {@code reused} (a PostgreSQL database or SQLite data directory an earlier run kept), times this build on that run's data: no load
     * and no rebuild; when a migration of this build started the rollups over, it waits for the start-up's fold.
     * {@code only}: time only the requests whose label holds one of these (empty: all).
     */
    Result run(BenchDatabase database, long asked, int warmup, int repeat, int statementTimeout,
               String reused, List<String> only) throws Exception {
        ReportRequests.all(new long[] {1}); // a served report without parameters stops here, before the load
        long conversations = asked;
        String name = database.kind().name().toLowerCase(Locale.ROOT);
        try (BenchServer server = BenchServer.start(database, Map.of(ConfigKey.STATEMENT_TIMEOUT_SECONDS,
                String.valueOf(statementTimeout)), reused != null)) {
            long account = server.accountId();
            List<Long> users = new ArrayList<>();
            if (reused == null) {
                for (int i = 0; i < 20; i++) {
                    users.add(server.app().accounts().createUser(account, "Agent", "Number" + i,
                            "agent" + i + "@bench.test", Role.USER).id());
                }
            } else {
                server.app().database().withStatements(s -> {
                    s.forEach("SELECT id FROM users WHERE account_id = ? AND email LIKE 'agent%@bench.test'"
                            + " ORDER BY id", List.of(account), (rs, ctx) -> rs.getLong(1), users::add);
                    return null;
                });
            }
            officeHours(server, account, reused != null);
            IssuedSecret key = server.app().accounts().issueCredential(account, users.get(0),
                    CredentialKind.HELPSCOUT_API_KEY, "bench-v1", Optional.empty(), Optional.empty());
            long facts;
            long[] tags;
            double loadSeconds = 0;
            double rollupSeconds = 0;
            if (reused == null) {
                long customers = Math.max(1, conversations / 5);
                System.err.printf("%s: loading %,d customers and %,d conversations (rows and report facts)…%n", name,
                        customers, conversations);
                long started = System.nanoTime();
                long firstCustomer = BulkLoader.load(server.app().database(), account, customers,
                        new CustomerGenerator(customers));
                ReportFactLoader.Loaded loaded = new ReportFactLoader(account, START.toEpochMilli(),
                        END.toEpochMilli() - START.toEpochMilli(), firstCustomer, customers, users,
                        new long[] {1, 2, 3, 4, 5, 6}).load(server.app().database(), conversations);
                facts = loaded.facts();
                tags = loaded.tags();
                loadSeconds = (System.nanoTime() - started) / 1e9;
                System.err.printf("%s: loaded %,d facts in %.1f s; building rollups…%n", name, facts, loadSeconds);
            } else {
                facts = server.app().database().withStatements(s -> s.returningLong(
                        "SELECT COUNT(*) FROM report_facts WHERE account_id = ?", List.of(account)));
                conversations = server.app().database().withStatements(s -> s.returningLong(
                        "SELECT COUNT(DISTINCT conversation_id) FROM report_facts WHERE account_id = ?",
                        List.of(account)));
                List<Long> ids = new ArrayList<>();
                server.app().database().withStatements(s -> { // the loader made them most used first
                    s.forEach("SELECT id FROM tags WHERE account_id = ? ORDER BY id", List.of(account),
                            (rs, ctx) -> rs.getLong(1), ids::add);
                    return null;
                });
                tags = ids.stream().mapToLong(Long::longValue).toArray();
            }
            if (reused == null) {
                long started = System.nanoTime();
                // at once, set-wise on both databases: on SQLite the batched fold took over 1 h 40 min at 1M with
                // the cells
                server.app().reports().rebuildRollupsAtOnce(account);
                rollupSeconds = (System.nanoTime() - started) / 1e9;
            } else if (server.app().database().withStatements(s -> s.returningLong(
                    "SELECT COUNT(*) FROM report_rollup_state WHERE account_id = ?", List.of(account))) == 0) {
                // a migration of this build started the rollups over (V73): the bench's server runs no job lane, so
                // no start-up fold would ever come; rebuilt here at once, as after a load
                long started = System.nanoTime();
                server.app().reports().rebuildRollupsAtOnce(account);
                rollupSeconds = (System.nanoTime() - started) / 1e9;
                System.err.printf("%s: rollups started over by a migration, rebuilt at once in %.0f s%n", name,
                        rollupSeconds);
            }
            settle(server.app().database());
            long rollupRows = server.app().database().withStatements(s -> s.returningLong(
                    "SELECT COUNT(*) FROM report_rollups WHERE account_id = ?", List.of(account)));
            System.err.printf("%s: %,d rollup rows in %.1f s; timing…%n", name, rollupRows, rollupSeconds);
            long user = users.get(3);
            List<Row> rows = new ArrayList<>();
            List<ReportRequests.Request> requests = ReportRequests.all(tags, only);
            for (ReportRequests.Request r : requests) {
                get(server, key.secret(), r.path(), "?start=" + START + "&end=" + START.plus(Duration.ofDays(1))
                        + r.query(user));
            }
            for (ReportRequests.Request r : requests) {
                double[] plain = time(server, key.secret(), r.path(), r.query(user), false, warmup, repeat);
                double[] previous = r.previous()
                        ? time(server, key.secret(), r.path(), r.query(user), true, warmup, repeat)
                        : new double[] {Double.NaN, Double.NaN};
                rows.add(new Row(r.label(), r.aliases(), plain[0], plain[1], previous[0], previous[1]));
                System.err.printf(Locale.ROOT, "%s: %-64s %8.0f ms %11s%n", name, r.label(), plain[0],
                        r.previous() ? String.format(Locale.ROOT, "%.0f ms", previous[0]) : "–");
            }
            return new Result(name, conversations, facts, loadSeconds, rollupSeconds, rollupRows, rows, reused);
        }
    }

    /**
     * Sets {@link #HOURS} through the service the command line uses ({@code frontdesk reports office-hours}). A loaded
     * store gets {@link #ZONE} too, before anything is folded; a reused one keeps its zone, since a change of zone
     * starts the rollups over (ReportService.setOfficeHours), and hours it already has.
     */
    private static void officeHours(BenchServer server, long account, boolean reused) {
        var reports = server.app().reports();
        if (!reused) {
            reports.setOfficeHours(account, ZONE, HOURS);
        } else if (!reports.settings(account).officeHours().isSet()) {
            reports.setOfficeHours(account, null, HOURS);
        }
        System.err.printf("office hours: %s%n", reports.settings(account));
    }

    /**
     * PostgreSQL's rollup tables as autovacuum leaves them a minute after a rebuild's millions of inserts: their
     * visibility map set, so key counts read the indexes alone (right after the rebuild they also read every row's
     * page: 4.7 s against 1.5 s for the filtered report at 1M). This machine's PostgreSQL runs without autovacuum,
     * so the bench does it, as the loader does for the facts.
     */
    private static void settle(Database db) throws SQLException {
        if (db.vendor() != DbVendor.POSTGRESQL) {
            return;
        }
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("VACUUM ANALYZE report_rollups, report_rollup_keys, report_customer_keys, report_scoped_rollups,"
                    + " report_scoped_keys, report_folder_rollups, report_folder_keys, report_tag_rollups,"
                    + " report_tag_keys, report_tag_folded, report_tag_subjects, report_tag_customer_keys");
        }
    }

    /** {@code warmup} untimed requests, then {@code repeat} timed ones: median and slowest in milliseconds. */
    private double[] time(BenchServer server, String apiKey, String path, String extra, boolean previous, int warmup,
                          int repeat) throws IOException, InterruptedException {
        String query = "?start=" + START + "&end=" + END + extra
                + (previous ? "&previousStart=" + START + "&previousEnd=" + END : "");
        Latencies latencies = new Latencies();
        for (int i = 0; i < warmup + repeat; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = get(server, apiKey, path, query);
            long elapsed = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                // the server's statement timeout (10 s by default) answers 503: the table shows it as a failure
                System.err.printf("%s: %d after %.0f ms%n", path, response.statusCode(), elapsed / 1e6);
                return new double[] {-response.statusCode(), elapsed / 1e6};
            }
            if (i >= warmup) {
                latencies.record(elapsed);
            }
        }
        return new double[] {latencies.percentileMillis(50), latencies.percentileMillis(100)};
    }

    private HttpResponse<String> get(BenchServer server, String apiKey, String path, String query)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path + query))
                .timeout(Duration.ofMinutes(5)).GET();
        if (path.startsWith("/v1/")) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((apiKey + ":X").getBytes(StandardCharsets.UTF_8)));
        } else {
            request.header("Authorization", "Bearer " + server.token());
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String render(List<Result> results, String commandLine) {
        StringBuilder md = new StringBuilder("## Reports over a year: every report path served\n\n");
        md.append("`").append(commandLine).append("`\n\n");
        md.append("Machine: ").append(MarkdownSection.machine()).append(". One account, its conversations spread over"
                + " 2025 in six mailboxes, 20 users, 60 % email, 30 % chat, 10 % phone; 85 % started by the customer,"
                + " one to three replies, 85 % closed, 10 % of those rated (40 % of ratings with a comment), 8 % reopened and closed"
                + " again; 60 % tagged at creation with one to three of 40 tags (the first ones most used), 30 % of"
                + " replies from one of 4 saved replies of the mailbox, 25 % run through an automatic workflow and 5 %"
                + " through a manual one (of 12); each fact with its folder state (status, assignee); report"
                + " facts written straight as rows (`ReportFactLoader`), with each conversation's `conversations` row"
                + " (its status, assignee, customer, mailbox and type those of its last fact, created and modified at"
                + " its first and last fact; no threads), which the drilldowns' lists and the user conversation"
                + " history join, then the rollups rebuilt from them"
                + " at once (`ReportService.rebuildRollupsAtOnce`: set-wise on both databases, docs/reports.md \"Rebuilding the rollups at once\"; on PostgreSQL the rollup tables then"
                + " vacuumed, as autovacuum would, which this machine's PostgreSQL runs without).\n\n"
                + "What is timed: every path the route table serves (`ReportRoutes`: the 2.0 paths, then below the"
                + " 2.0 variants the 1.0 paths), each once with the parameters it needs (`ReportRequests`: `user` for"
                + " the user reports, `field=tagid&fieldid=` the most used tag for the fields drilldown,"
                + " `range=responseTime&rangeId=2` for the company drilldown, `range=resolved` for 1.0's productivity"
                + " drilldown, which 1.0 requires); a 1.0 alias served by the same handler as a timed 1.0 path is"
                + " named beside it (\"also\") rather than timed again. `docs` (2.0 and 1.0) is not timed: it answers"
                + " 404 by design, Frontdesk having no Docs sites. Then 2.0's variants that cost otherwise: the"
                + " conversations report filtered by mailboxes and type, by the most and the least used tag and by two"
                + " folders; the ratings lists' pages and sorts; and deep pages of the lists (`page=100&rows=50`:"
                + " past 4,950 conversations; the conversation history's page 100 of 50), which answer an empty page"
                + " where the store has fewer. A served path the bench has no parameters for stops the bench before it"
                + " loads. Each request asks for the whole year over HTTP, one request at a time; first every request"
                + " once for one day (untimed, so the code is warm), then per request the untimed `--warmup` requests"
                + " and the timed ones: median and slowest of the timed ones, in ms. \"With previous\" asks"
                + " `previousStart`/`previousEnd` = the same year again (both periods full, the worst case); \"–\""
                + " where the report has no previous period (busy times, the ratings lists, the drilldowns, the"
                + " conversation history: timed once). User reports are for one of the 20 users. A **503** is the"
                + " server's statement timeout (10 s by default) stopping the report.\n\n");
        for (Result r : results) {
            md.append(r.reused() != null ? String.format(Locale.ROOT, "### %s, %,d conversations (%,d facts, %,d"
                    + " rollup rows; timed on the store `%s` an earlier run kept, not loaded or rebuilt again)%n%n",
                    r.database(), r.conversations(), r.facts(), r.rollupRows(), r.reused())
                    : String.format(Locale.ROOT, "### %s, %,d conversations (%,d facts; loaded in %.0f s; %,d rollup"
                    + " rows rebuilt from them in %.0f s)%n%n", r.database(), r.conversations(), r.facts(),
                    r.loadSeconds(), r.rollupRows(), r.rollupSeconds()));
            md.append("| Report | median | slowest | with previous: median | slowest |\n|---|---:|---:|---:|---:|\n");
            for (Row row : r.rows()) {
                String also = row.aliases().isEmpty() ? "" : row.aliases().stream().map(a -> "`" + a + "`")
                        .collect(Collectors.joining(", ", " (also ", ")"));
                md.append(String.format(Locale.ROOT, "| `%s`%s | %s | %s |%n", row.endpoint(), also,
                        cells(row.median(), row.max()), cells(row.medianPrevious(), row.maxPrevious())));
            }
            md.append('\n');
        }
        return md.toString();
    }

    /**
     * Two cells: median and slowest, the failure (a negative median is the HTTP status), or "–" for a previous period
     * the report does not have (NaN).
     */
    private static String cells(double median, double max) {
        if (Double.isNaN(median)) {
            return "– | –";
        }
        return median < 0 ? String.format(Locale.ROOT, "**%d** after %.0f | -", (int) -median, max)
                : String.format(Locale.ROOT, "%.0f | %.0f", median, max);
    }
}
