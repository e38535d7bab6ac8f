package io.frontdesk.bench;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/** The performance benchmark's Markdown, with the targets checked line by line. */
final class PerfReport {

    static final double TARGET_RATIO = 0.5;
    static final double TARGET_GET_RPS = 8000;
    static final double TARGET_GET_P99 = 10;
    static final double TARGET_STARTUP_MS = 1500;
    static final double TARGET_RSS_MIB = 400;

    private PerfReport() {
    }

    private static String withoutArchive(PerfBenchmark.Result result) {
        return Double.isNaN(result.startupWithoutArchiveMillis()) ? "" : String.format(Locale.ROOT,
                "; %.0f ms without the class-data-sharing archive", result.startupWithoutArchiveMillis());
    }

    /**
     * For a read, the most a server could reach against its ceiling: reads are CPU-bound here (SQLite in the process,
     * PostgreSQL on the same cores), so answering one over HTTP costs at least what HTTP alone costs per request plus
     * what the ceiling's read costs, one after the other on the same cores: at most H·C/(H+C) a second, H/(H+C) of
     * the ceiling. H is what HTTP alone would answer with every core busy (its rate over the busy share it measured),
     * so an idle remainder raises the bound rather than hiding reach. Empty for a write: one writer at a time is a
     * lock, not the CPU, and HTTP overlaps it.
     */
    static OptionalDouble bound(PerfBenchmark.OperationResult op, LoadRun.Result httpAlone) {
        if (op.write()) {
            return OptionalDouble.empty();
        }
        double busy = httpAlone.cpuBusy();
        double http = httpAlone.throughput() / (busy > 0 && busy < 1 ? busy : 1);
        return OptionalDouble.of(http / (http + op.ceiling().throughput()));
    }

    private static boolean outOfReach(PerfBenchmark.OperationResult op, LoadRun.Result httpAlone) {
        return op.ratio() < TARGET_RATIO && bound(op, httpAlone).orElse(1) < TARGET_RATIO;
    }

    private static String verdict(PerfBenchmark.OperationResult op, LoadRun.Result httpAlone) {
        if (op.ratio() >= TARGET_RATIO) {
            return "yes";
        }
        return outOfReach(op, httpAlone) ? "**no** (out of reach)" : "**no**";
    }

    static String render(List<PerfBenchmark.Result> results, PerfBenchmark.Settings settings, String command,
                         String plot) {
        StringBuilder md = new StringBuilder("## Main operations, against the JDBC ceiling\n\n");
        md.append("Machine: ").append(MarkdownSection.machine()).append(".\n\n");
        md.append("Command:\n\n```sh\n").append(command).append("\n```\n\n");
        md.append(String.format(Locale.ROOT, "The server runs as a child process (`%s%s`), logging every request "
                        + "at INFO as in production; this process is the load generator: %d clients, each on its own "
                        + "keep-alive connection with one request outstanding, driven by one selector thread (as wrk "
                        + "does). Each operation gets a server started afresh on the same database and warmed on that "
                        + "operation alone for %.0f s before its first measured run (each further concurrency level: "
                        + "%.0f s), then %.0f s measured per run. Right after each operation the server stops and its "
                        + "ceiling writes the same rows and reads what its answer is made of (every column), through "
                        + "JDBC from one process on the same database with as many workers, and no HTTP, "
                        + "authentication or input checks: with each statement compiled once per connection and "
                        + "reused, on a connection per worker and on the server's own pool (the better of the two is "
                        + "the ceiling the targets are judged against), and once compiling every statement at each "
                        + "use, on a connection per worker (the ceiling of earlier tables). On SQLite "
                        + "the ceiling's writers queue on one in-process lock and write on one connection, as the "
                        + "server's do.%n%n", String.join(" ", settings.jvmOptions()),
                ServerProcess.cdsArchive().map(a -> " -XX:SharedArchiveFile=target/frontdesk.jsa").orElse(""),
                settings.tableClients(), settings.startWarmupSeconds(), settings.warmupSeconds(),
                settings.seconds()));
        for (PerfBenchmark.Result result : results) {
            md.append("### ").append(result.database().equals("sqlite") ? "SQLite" : "PostgreSQL").append("\n\n");
            LoadRun.Result http = result.httpAlone();
            md.append("| operation | req/s | p50 ms | p99 ms | p99.9 ms | ceiling req/s | server ÷ ceiling | ≥ 50% "
                    + "| most reachable | ceiling, statements compiled per use | server ÷ that |\n");
            md.append("|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|\n");
            for (PerfBenchmark.OperationResult op : result.operations()) {
                md.append(String.format(Locale.ROOT, "| %s | %,.0f | %.2f | %.2f | %.2f | %,.0f | %.0f%% | %s | %s "
                                + "| %,.0f | %.0f%% |%n",
                        op.name(), op.server().throughput(), op.server().p50(), op.server().p99(), op.server().p999(),
                        op.ceiling().throughput(), op.ratio() * 100, verdict(op, http),
                        bound(op, http).stream().mapToObj(b -> String.format(Locale.ROOT, "%.0f%%", b * 100))
                                .findFirst().orElse("—"), op.perUse().throughput(), op.perUseRatio() * 100));
            }
            List<String> outOfReach = result.operations().stream().filter(op -> outOfReach(op, http))
                    .map(PerfBenchmark.OperationResult::name).toList();
            md.append(String.format(Locale.ROOT, "%nMost reachable, for a read: H ÷ (H + ceiling), the share of the "
                    + "ceiling that a server would reach if a read over HTTP cost only what HTTP alone costs per "
                    + "request plus what the ceiling's read costs, one after the other on the same cores; H is HTTP "
                    + "alone's rate divided by the share of the CPU it kept busy. Where it is below %.0f%%, no "
                    + "change to what a request does can meet the target: %s.%n", TARGET_RATIO * 100,
                    outOfReach.isEmpty() ? "none here" : String.join(", ", outOfReach)));
            // an --only run may measure no curve operation
            if (!result.curves().isEmpty()) {
                md.append("\nThroughput against concurrency:\n\n| operation |");
                List<LoadRun.Result> any = result.curves().values().iterator().next();
                any.forEach(r -> md.append(" ").append(r.clients()).append(" clients |"));
                md.append("\n|---|").append("---:|".repeat(any.size())).append("\n");
                result.curves().forEach((name, runs) -> {
                    md.append("| ").append(name).append(" |");
                    runs.forEach(r -> md.append(String.format(Locale.ROOT, " %,.0f/s (p99 %.1f ms) |",
                            r.throughput(), r.p99())));
                    md.append("\n");
                });
            }
            md.append("\n");
            md.append(String.format(Locale.ROOT, "- HTTP alone, the same server answering `GET /health/live` (no "
                            + "authentication, no database) at %d clients: %,.0f req/s, p99 %.2f ms%s%n", http.clients(),
                    http.throughput(), http.p99(), Double.isNaN(http.cpuBusy()) ? "" : String.format(Locale.ROOT,
                            ", the machine's CPU %.0f%% busy", http.cpuBusy() * 100)));
            if (result.database().equals("sqlite")) {
                LoadRun.Result get = result.operations().stream().filter(o -> o.name().equals("2.0 get customer"))
                        .findFirst().map(PerfBenchmark.OperationResult::server).orElse(null);
                if (get != null) {
                    md.append(String.format(Locale.ROOT, "- 2.0 get customer at %d clients: %,.0f req/s, p99 %.2f ms "
                                    + "(target ≥ %,.0f req/s with p99 ≤ %.0f ms: %s)%n", get.clients(),
                            get.throughput(), get.p99(), TARGET_GET_RPS, TARGET_GET_P99,
                            get.throughput() >= TARGET_GET_RPS && get.p99() <= TARGET_GET_P99 ? "met" : "**missed**"));
                }
                md.append(String.format(Locale.ROOT, "- start-up to ready on an empty database: %.0f ms (target ≤ %.0f "
                        + "ms: %s)%s%n", result.startupMillis(), TARGET_STARTUP_MS,
                        result.startupMillis() <= TARGET_STARTUP_MS ? "met" : "**missed**",
                        withoutArchive(result)));
            } else {
                md.append(String.format(Locale.ROOT, "- start-up to ready on an empty database: %.0f ms%s%n",
                        result.startupMillis(), withoutArchive(result)));
            }
            md.append(String.format(Locale.ROOT, "- server RSS after the runs above (the highest after any one): %.0f "
                    + "MiB%n", result.rssAfterLoadMib()));
            if (result.memoryCustomers() > 0) {
                md.append(String.format(Locale.ROOT, "- server RSS with %,d customers, after serving lists, searches and "
                                + "reads: %.0f MiB (target ≤ %.0f MiB: %s)%n", result.memoryCustomers(),
                        result.rssMemoryMib(), TARGET_RSS_MIB,
                        result.rssMemoryMib() <= TARGET_RSS_MIB ? "met" : "**missed**"));
            }
            md.append("\n");
        }
        if (plot != null) {
            md.append("![Throughput against concurrency](").append(plot).append(")\n");
        }
        return md.toString();
    }
}
