package io.frontdesk.bench;

import io.frontdesk.db.Database;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * `java -jar target/frontdesk-bench.jar search|perf|webhooks`: the benchmarks. They are commands, not tests: they print
 * their figures and write them into docs/benchmarks.md; nothing asserts a time. They live in their own source set
 * (src/bench/java) and jar, beside the server's, so the server jar carries none of them; the bench jar's manifest puts
 * frontdesk.jar from the same directory on its class path.
 */
@Command(name = "frontdesk-bench", mixinStandardHelpOptions = true,
        description = "Benchmarks (not part of the test suite).",
        subcommands = {BenchCommand.Search.class, BenchCommand.Perf.class, BenchCommand.Webhooks.class,
            BenchCommand.SandboxStart.class, BenchCommand.SandboxAdmin.class,
            BenchCommand.ReportsBench.class})
public final class BenchCommand {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cli = new CommandLine(new BenchCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli.execute(args);
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = "Bulk-load customers, then time a fixed set of query= searches over HTTP.")
    static final class Search implements Callable<Integer> {

        @Mixin
        DatabaseOptions databases;

        @Option(names = "--sizes", split = ",", defaultValue = "10000,1000000",
                description = "Customer counts to load (default: 10000,1000000)")
        List<Long> sizes;

        @Option(names = "--repeat", defaultValue = "200", description = "Timed requests per query (default: 200)")
        int repeat;

        @Option(names = "--warmup", defaultValue = "30", description = "Untimed requests per query first (default: 30)")
        int warmup;

        @Option(names = "--keep", description = "Keep the loaded databases for inspection instead of dropping them")
        boolean keep;

        @Option(names = "--out", description = "Markdown file whose search section is rewritten (e.g. docs/benchmarks.md)")
        Path out;

        @Override
        public Integer call() throws Exception {
            List<SearchBenchmark.Result> results = new ArrayList<>();
            for (BenchDatabase.Kind kind : databases.kinds) {
                for (long size : sizes) {
                    results.add(runOne(kind, size));
                }
            }
            String report = SearchReport.render(results, commandLine());
            System.out.println(report);
            if (out != null) {
                MarkdownSection.write(out, "search", report);
                System.out.println("written to " + out);
            }
            return 0;
        }

        private SearchBenchmark.Result runOne(BenchDatabase.Kind kind, long size) throws Exception {
            String name = kind.name().toLowerCase(Locale.ROOT);
            try (BenchDatabase database = BenchDatabase.create(kind, databases.postgresUrl);
                 BenchServer server = BenchServer.start(database)) {
                database.keep = keep;
                CustomerGenerator generator = new CustomerGenerator(size);
                System.err.printf("%s: loading %,d customers…%n", name, size);
                long start = System.nanoTime();
                Database db = server.app().database();
                BulkLoader.load(db, server.accountId(), size, generator);
                double seconds = (System.nanoTime() - start) / 1e9;
                System.err.printf("%s: loaded %,d customers in %.1f s; querying…%n", name, size, seconds);
                return new SearchBenchmark().run(server, name, size, seconds, generator, warmup, repeat);
            }
        }

        private String commandLine() {
            return "java -jar target/frontdesk-bench.jar search" + databases.commandLine()
                    + " --sizes " + String.join(",", sizes.stream().map(String::valueOf).toList())
                    + " --repeat " + repeat + " --warmup " + warmup + (out == null ? "" : " --out " + out)
                    + "   # run " + Instant.now().truncatedTo(ChronoUnit.SECONDS);
        }
    }

    @Command(name = "perf", mixinStandardHelpOptions = true,
            description = "Drive a server process over HTTP for every main operation and compare with JDBC.")
    static final class Perf implements Callable<Integer> {

        @Mixin
        DatabaseOptions databases;

        @Option(names = "--clients", defaultValue = "32", description = "Concurrent clients for the table (default: 32)")
        int clients;

        @Option(names = "--curve", split = ",", defaultValue = "1,4,16,32",
                description = "Client counts for the throughput curve of create and get (default: 1,4,16,32)")
        List<Integer> curve;

        @Option(names = "--start-warmup", defaultValue = "60",
                description = "Warm-up seconds of the first run after the server starts, for the JIT (default: 60)")
        double startWarmup;

        @Option(names = "--warmup", defaultValue = "5",
                description = "Warm-up seconds of every other run and of each ceiling (default: 5)")
        double warmup;

        @Option(names = "--seconds", defaultValue = "10", description = "Measured seconds per run (default: 10)")
        double seconds;

        @Option(names = "--fixture-customers", defaultValue = "2000", description = "Customers read by the read runs")
        int fixtureCustomers;

        @Option(names = "--fixture-conversations", defaultValue = "3000",
                description = "Conversations that the thread run adds to")
        int fixtureConversations;

        @Option(names = "--memory-customers", defaultValue = "1000000",
                description = "Customers loaded for the memory figure; 0 skips it (default: 1000000)")
        long memoryCustomers;

        @Option(names = "--jvm", split = " ", defaultValue = "-Xmx256m -XX:+UseSerialGC",
                description = "JVM options of the server process")
        List<String> jvm;

        @Option(names = "--out", description = "Markdown file whose perf section is rewritten (e.g. docs/benchmarks.md)")
        Path out;

        @Option(names = "--only", split = ",", description = "Run only these operations, by name (for profiling one;"
                + " not with --out, whose table must be whole)")
        List<String> only = List.of();

        @Override
        public Integer call() throws Exception {
            if (!only.isEmpty() && out != null) {
                System.err.println("--only measures part of the table; it cannot rewrite --out");
                return 2;
            }
            PerfBenchmark.Settings settings = new PerfBenchmark.Settings(curve, clients, startWarmup, warmup, seconds,
                    fixtureCustomers, fixtureConversations, memoryCustomers, jvm, only);
            List<PerfBenchmark.Result> results = new ArrayList<>();
            for (BenchDatabase.Kind kind : databases.kinds) {
                results.add(new PerfBenchmark(settings).run(kind, databases.postgresUrl));
            }
            String plot = null;
            if (out != null) {
                Path png = out.toAbsolutePath().getParent().resolve("benchmarks-throughput.png");
                Plot.write(png, "Throughput against concurrency", Plot.curves(results));
                plot = png.getFileName().toString();
            }
            String report = PerfReport.render(results, settings, commandLine(), plot);
            System.out.println(report);
            if (out != null) {
                MarkdownSection.write(out, "perf", report);
                System.out.println("written to " + out);
            }
            return 0;
        }

        private String commandLine() {
            return "java -jar target/frontdesk-bench.jar perf" + databases.commandLine()
                    + " --clients " + clients + " --curve " + curve.stream().map(String::valueOf)
                    .collect(Collectors.joining(",")) + " --start-warmup " + startWarmup
                    + " --warmup " + warmup + " --seconds " + seconds
                    + " --memory-customers " + memoryCustomers + (out == null ? "" : " --out " + out)
                    + "   # run " + Instant.now().truncatedTo(ChronoUnit.SECONDS);
        }
    }

    @Command(name = "webhooks", mixinStandardHelpOptions = true,
            description = "Customer creates with and without a webhook subscription, deliveries per second to a local "
                    + "receiver, and commit-to-delivery latency at a fixed rate of changes.")
    static final class Webhooks implements Callable<Integer> {

        @Mixin
        DatabaseOptions databases;

        @Option(names = "--creates", defaultValue = "2000", description = "Timed creates per side (default: 2000)")
        int creates;

        @Option(names = "--rate", defaultValue = "100", description = "Changes per second for the latency run")
        int rate;

        @Option(names = "--seconds", defaultValue = "10", description = "Length of the latency run (default: 10)")
        int seconds;

        @Option(names = "--out", description = "Markdown file whose webhooks section is rewritten")
        Path out;

        @Override
        public Integer call() throws Exception {
            List<WebhookBenchmark.Result> results = new ArrayList<>();
            for (BenchDatabase.Kind kind : databases.kinds) {
                try (BenchDatabase database = BenchDatabase.create(kind, databases.postgresUrl)) {
                    results.add(WebhookBenchmark.run(kind.name().toLowerCase(Locale.ROOT), database, creates, rate,
                            seconds));
                }
            }
            String report = WebhookBenchmark.render(results, "java -jar target/frontdesk-bench.jar webhooks --creates " + creates
                    + " --rate " + rate + " --seconds " + seconds);
            System.out.println(report);
            if (out != null) {
                MarkdownSection.write(out, "webhooks", report);
                System.out.println("written to " + out);
            }
            return 0;
        }
    }

    @Command(name = "sandbox-start", mixinStandardHelpOptions = true,
            description = "Launch to ready of `sandbox`: the jar with and without the archive, and the distribution.")
    static final class SandboxStart implements Callable<Integer> {

        @Option(names = "--runs", defaultValue = "10", description = "Launches of each kind (default: 10)")
        int runs;

        @Option(names = "--dist", defaultValue = "target/dist/frontdesk",
                description = "The distribution (./mvnw package -Pdist); left out when absent")
        Path dist;

        @Option(names = "--out", description = "Markdown file whose sandbox-start section is rewritten")
        Path out;

        @Override
        public Integer call() throws Exception {
            String java = ProcessHandle.current().info().command().orElse("java");
            List<SandboxStartBenchmark.Launch> launches = new ArrayList<>();
            Optional<Path> jar = ServerProcess.serverJar();
            if (jar.isPresent()) {
                ServerProcess.cdsArchive().ifPresent(archive -> {
                    launches.add(new SandboxStartBenchmark.Launch("jar with archive", List.of(java,
                            "-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-jar", jar.get().toString())));
                    // the documented sandbox launch (docs/sandbox.md): C1 only, as bin/frontdesk starts a sandbox
                    launches.add(new SandboxStartBenchmark.Launch("jar with archive, -XX:TieredStopAtLevel=1",
                            List.of(java, "-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off",
                                    "-XX:TieredStopAtLevel=1", "-jar", jar.get().toString())));
                });
                launches.add(new SandboxStartBenchmark.Launch("jar without archive", List.of(java, "-jar",
                        jar.get().toString())));
            } else {
                // the test suite's smoke run: the server's classes from target/classes
                launches.add(new SandboxStartBenchmark.Launch("class path", List.of(java, "-cp",
                        System.getProperty("java.class.path"), "io.frontdesk.Main")));
            }
            if (Files.isExecutable(dist.resolve("bin/frontdesk"))) {
                launches.add(new SandboxStartBenchmark.Launch("distribution (bin/frontdesk)",
                        List.of(dist.resolve("bin/frontdesk").toAbsolutePath().toString())));
            }
            Path work = Files.createTempDirectory("frontdesk-bench-sandbox-");
            List<SandboxStartBenchmark.Result> results = new ArrayList<>();
            String loadBefore = loadAverage();
            try {
                for (SandboxStartBenchmark.Launch launch : launches) {
                    System.err.printf("%s: %d launches…%n", launch.name(), runs);
                    results.add(SandboxStartBenchmark.run(launch, runs, work));
                }
            } finally {
                try (var files = Files.walk(work)) {
                    files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
            String report = SandboxStartBenchmark.render(results, "java -jar target/frontdesk-bench.jar sandbox-start"
                    + " --runs " + runs + (out == null ? "" : " --out " + out) + "   # run "
                    + Instant.now().truncatedTo(ChronoUnit.SECONDS),
                    "Load average (1 min) before: " + loadBefore + ", after: " + loadAverage() + ".");
            System.out.println(report);
            if (out != null) {
                MarkdownSection.write(out, "sandbox-start", report);
                System.out.println("written to " + out);
            }
            return 0;
        }

        /** Other work on the machine moves start-up times more than anything measured here: the report says how much. */
        private static String loadAverage() {
            try {
                return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
            } catch (java.io.IOException e) {
                return "unknown";
            }
        }
    }

    @Command(name = "sandbox-admin", mixinStandardHelpOptions = true,
            description = "Throwaway account, resets, snapshot and restore of a launched sandbox, timed over HTTP.")
    static final class SandboxAdmin implements Callable<Integer> {

        @Mixin
        DatabaseOptions databases;

        @Option(names = "--customers", defaultValue = "10000", description = "Customers seeded (default: 10000)")
        int customers;

        @Option(names = "--conversations", defaultValue = "1000",
                description = "Conversations seeded, one thread each (default: 1000)")
        int conversations;

        @Option(names = "--repeat", defaultValue = "30", description = "Timed rounds (default: 30)")
        int repeat;

        @Option(names = "--warmup", defaultValue = "10", description = "Untimed rounds first (default: 10)")
        int warmup;

        @Option(names = "--jvm", split = " ", defaultValue = "",
                description = "Extra JVM options of the sandbox process (e.g. a flight recording)")
        List<String> jvm;

        @Option(names = "--settle", defaultValue = "0",
                description = "Milliseconds to wait before each restore, so that the server's work after the previous"
                        + " answer (PostgreSQL's spare tables) is done (default: 0)")
        long settle;

        @Option(names = "--out", description = "Markdown file whose sandbox-admin section is rewritten")
        Path out;

        @Override
        public Integer call() throws Exception {
            List<String> options = jvm.stream().filter(o -> !o.isBlank()).toList();
            SandboxAdminBenchmark.Settings settings = new SandboxAdminBenchmark.Settings(customers, conversations,
                    repeat, warmup, options, settle);
            Path work = Files.createTempDirectory("frontdesk-bench-admin-");
            List<SandboxAdminBenchmark.Result> results = new ArrayList<>();
            try {
                for (BenchDatabase.Kind kind : databases.kinds) {
                    results.add(new SandboxAdminBenchmark(settings).run(kind, databases.postgresUrl, work));
                }
            } finally {
                try (var files = Files.walk(work)) {
                    files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
            String report = SandboxAdminBenchmark.render(results, "java -jar target/frontdesk-bench.jar sandbox-admin"
                    + databases.commandLine() + " --customers " + customers + " --conversations " + conversations
                    + " --repeat " + repeat + " --warmup " + warmup + (settle == 0 ? "" : " --settle " + settle)
                    + (options.isEmpty() ? "" : " --jvm '" + String.join(" ", options) + "'")
                    + (out == null ? "" : " --out " + out) + "   # run " + Instant.now().truncatedTo(ChronoUnit.SECONDS));
            System.out.println(report);
            long errors = results.stream().mapToLong(SandboxAdminBenchmark.Result::errors).sum();
            System.out.println("errors: " + errors);
            if (out != null && errors == 0) {
                MarkdownSection.write(out, "sandbox-admin", report);
                System.out.println("written to " + out);
            }
            return errors == 0 ? 0 : 1;
        }
    }

    @Command(name = "reports", mixinStandardHelpOptions = true,
            description = "Load a year of N conversations' report history, then time every report endpoint over HTTP.")
    static final class ReportsBench implements Callable<Integer> {

        @Mixin
        DatabaseOptions databases;

        @Option(names = "--conversations", defaultValue = "1000000",
                description = "Conversations over the year (default: 1000000)")
        long conversations;

        @Option(names = "--repeat", defaultValue = "3", description = "Timed requests per report (default: 3)")
        int repeat;

        @Option(names = "--warmup", defaultValue = "1", description = "Untimed requests per report first (default: 1)")
        int warmup;

        @Option(names = "--statement-timeout", defaultValue = "10",
                description = "The server's statement timeout in seconds (default: 10, the server's own default)")
        int statementTimeout;

        @Option(names = "--keep", description = "Keep the loaded databases for inspection instead of dropping them")
        boolean keep;

        @Option(names = "--out", description = "Markdown file whose reports section is rewritten")
        Path out;

        @Option(names = "--reuse", description = "Time this build on a store an earlier run kept"
                + " (--keep): a PostgreSQL database by name, or a SQLite data directory by path; no load, no rebuild (a migration that started the rollups over: waits for the start-up's"
                + " fold); never dropped")
        String reuse;

        @Option(names = "--only", split = ",", description = "Time only the requests whose path and parameters"
                + " hold one of these texts (e.g. officeHours=true); default: every request")
        List<String> only = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            List<ReportsBenchmark.Result> results = new ArrayList<>();
            if (reuse != null) {
                try (BenchDatabase database = BenchDatabase.existing(databases.postgresUrl, reuse)) {
                    results.add(new ReportsBenchmark().run(database, conversations, warmup, repeat, statementTimeout,
                            reuse, only));
                }
            }
            for (BenchDatabase.Kind kind : reuse != null ? List.<BenchDatabase.Kind>of() : databases.kinds) {
                try (BenchDatabase database = BenchDatabase.create(kind, databases.postgresUrl)) {
                    database.keep = keep;
                    results.add(new ReportsBenchmark().run(database, conversations, warmup, repeat, statementTimeout,
                            null, only));
                }
            }
            String report = ReportsBenchmark.render(results, "java -jar target/frontdesk-bench.jar reports"
                    + databases.commandLine()
                    + " --conversations " + conversations + " --warmup " + warmup + " --repeat " + repeat
                    + " --statement-timeout " + statementTimeout + (reuse == null ? "" : " --reuse " + reuse)
                    + (only.isEmpty() ? "" : " --only " + String.join(",", only))
                    + (out == null ? "" : " --out " + out)
                    + "   # run " + Instant.now().truncatedTo(ChronoUnit.SECONDS));
            System.out.println(report);
            long failures = results.stream().mapToLong(ReportsBenchmark.Result::failures).sum();
            System.out.println("failed reports: " + failures);
            if (out != null && failures == 0) {
                MarkdownSection.write(out, "reports", report);
                System.out.println("written to " + out);
            } else if (out != null) {
                System.out.println("not written to " + out + ": a table with failed requests measures nothing");
            }
            return failures == 0 ? 0 : 1;
        }
    }
}
