package io.frontdesk.bench;

import io.frontdesk.config.ConfigKey;
import io.frontdesk.config.ConfigSources;
import io.frontdesk.config.FrontdeskConfig;
import io.frontdesk.db.Database;
import io.frontdesk.db.DatabaseSettings;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The performance benchmark of one database: the server as a child process driven over HTTP by {@link LoadRun},
 * then the same work through JDBC ({@link JdbcCeiling}), then start-up time and memory with a million customers.
 */
final class PerfBenchmark {

    /**
     * Settings of one benchmark run.
     *
     * @param startWarmupSeconds warm-up of the first run after a server starts, long enough for the JIT
     * @param warmupSeconds      warm-up of every other run: the server's next concurrency level, and each ceiling
     */
    record Settings(List<Integer> curveClients, int tableClients, double startWarmupSeconds, double warmupSeconds,
                    double seconds, int fixtureCustomers, int fixtureConversations, long memoryCustomers,
                    List<String> jvmOptions, List<String> only) {

        boolean includes(String operation) {
            return only.isEmpty() || only.stream().anyMatch(operation::equalsIgnoreCase);
        }
    }

    /**
     * One operation's figures: the server at the table's concurrency, and the ceiling at the same concurrency.
     *
     * @param ceiling      statements compiled once per connection: the ceiling the targets are judged against
     * @param perUse       every statement compiled at each use, as earlier tables measured the ceiling
     */
    record OperationResult(String name, boolean write, LoadRun.Result server, LoadRun.Result ceiling,
                           LoadRun.Result perUse) {

        double ratio() {
            return server.throughput() / ceiling.throughput();
        }

        double perUseRatio() {
            return server.throughput() / perUse.throughput();
        }
    }

    /**
     * Everything measured for one database.
     *
     * @param httpAlone the same server answering `GET /health/live` (no authentication, no database) at the table's
     *                  concurrency: what HTTP alone costs on this machine, the bound of every read's ratio
     */
    record Result(String database, List<OperationResult> operations, Map<String, List<LoadRun.Result>> curves,
                  LoadRun.Result httpAlone, double startupMillis, double startupWithoutArchiveMillis,
                  double rssAfterLoadMib, double rssMemoryMib, long memoryCustomers) {
    }

    private final Settings settings;

    PerfBenchmark(Settings settings) {
        this.settings = settings;
    }

    Result run(BenchDatabase.Kind kind, String postgresUrl) throws Exception {
        String name = kind.name().toLowerCase(java.util.Locale.ROOT);
        try (BenchDatabase database = BenchDatabase.create(kind, postgresUrl)) {
            Map<String, List<LoadRun.Result>> curves = new LinkedHashMap<>();
            String run = UUID.randomUUID().toString().substring(0, 6);
            List<OperationResult> operations = new ArrayList<>();
            long account = 1;
            double startup;
            PerfOperations.Fixture fixture;
            LoadRun.Result httpAlone;
            try (ServerProcess process = ServerProcess.start(database, settings.jvmOptions())) {
                startup = process.startupMillis();
                log(name, "ready in %.0f ms; creating the fixture…", startup);
                fixture = PerfFixture.create("127.0.0.1", process.port(), settings.fixtureCustomers(),
                        settings.fixtureConversations());
                httpAlone = HttpLoad.run("127.0.0.1", process.port(), settings.tableClients(),
                        settings.startWarmupSeconds(), settings.seconds(), 200,
                        (w, n) -> new RawHttpClient.Request("GET", "/health/live", null, null));
                log(name, "HTTP alone (GET /health/live): %.0f/s, p99 %.2f ms", httpAlone.throughput(),
                        httpAlone.p99());
            }
            double rssAfterLoad = 0;
            // each ceiling run writes its own unique emails and userIds, as each server run does
            Map<String, JdbcCeiling.Work> kept = JdbcCeiling.workloads(account, fixture, run + "k");
            Map<String, JdbcCeiling.Work> perUse = JdbcCeiling.workloads(account, fixture, run + "u");
            Map<String, JdbcCeiling.Work> serverPool = JdbcCeiling.workloads(account, fixture, run + "p");
            for (String opName : PerfOperations.all(fixture, run).stream().map(PerfOperations.Operation::name)
                    .filter(settings::includes).toList()) {
                boolean curve = opName.equals("2.0 create customer") || opName.equals("2.0 get customer");
                List<Integer> levels = curve ? settings.curveClients() : List.of(settings.tableClients());
                LoadRun.Result atTable = null;
                // Every operation gets a server of its own, started afresh and warmed on that operation alone: on
                // two busy cores the JIT needs up to a minute to compile a request's path (measured: a customer read
                // went from 1,400/s in its first six seconds to 7,600/s after thirty, a `query=` list from 1,400/s to
                // 5,500/s after fifty), so a short warm-up measured the compiler, and whichever operation ran earlier
                // warmed the later ones.
                try (ServerProcess process = ServerProcess.start(database, settings.jvmOptions())) {
                    double warmup = settings.startWarmupSeconds();
                    for (int clients : levels) {
                        // Each run writes its own unique values, so runs never collide on emails or userIds.
                        PerfOperations.Operation op = PerfOperations.all(fixture, run + "c" + clients).stream()
                                .filter(o -> o.name().equals(opName)).findFirst().orElseThrow();
                        LoadRun.Result result = HttpLoad.run("127.0.0.1", process.port(), clients, warmup,
                                settings.seconds(), op.status(), op.requests());
                        warmup = settings.warmupSeconds();
                        log(name, "%s @%d: %.0f/s, p99 %.2f ms", op.name(), clients, result.throughput(),
                                result.p99());
                        if (curve) {
                            curves.computeIfAbsent(op.name(), k -> new ArrayList<>()).add(result);
                        }
                        if (clients == settings.tableClients()) {
                            atTable = result;
                        }
                    }
                    rssAfterLoad = Math.max(rssAfterLoad, process.rssMib());
                }
                if (atTable == null) {
                    continue;
                }
                // The ceiling runs right after the server's run of the same operation, on the same database, with
                // the server stopped: this machine's speed drifts over minutes, and on SQLite the idle server's
                // checkpoints met the ceiling's writers in SQLite's busy handler (measured: a create ceiling of
                // 565/s beside the idle server, 1,128/s alone). This process opens the database only for the ceiling,
                // so its own upkeep never meets the server's writers either.
                LoadRun.Result ceiling;
                LoadRun.Result compiledPerUse;
                // The ceiling is the better of a connection per worker and the server's own pool: with 32 workers on
                // two cores, 32 PostgreSQL backends can lose to five (a conversation create's ceiling waited on the
                // account's counter row), and five hand-offs can lose to 32 connections.
                try (Database db = Database.open(DatabaseSettings.from(config(database, settings.tableClients())))) {
                    ceiling = ceiling(name, db, opName, kept.get(opName), true);
                    compiledPerUse = ceiling(name, db, opName, perUse.get(opName), false);
                }
                DatabaseSettings serverDefaults = DatabaseSettings.from(config(database, null));
                try (Database db = Database.open(serverDefaults)) {
                    LoadRun.Result pooled = ceiling(name, db, opName + " (the server's pool of "
                            + serverDefaults.poolSize() + ")", serverPool.get(opName), true);
                    if (pooled.throughput() > ceiling.throughput()) {
                        ceiling = pooled;
                    }
                }
                boolean write = !opName.contains("get") && !opName.contains("search") && !opName.contains("list");
                operations.add(new OperationResult(opName, write, atTable, ceiling, compiledPerUse));
            }
            if (settings.memoryCustomers() > 0) {
                try (Database db = Database.open(DatabaseSettings.from(config(database, settings.tableClients())))) {
                    log(name, "loading %,d customers for the memory figure…", settings.memoryCustomers());
                    BulkLoader.load(db, account, settings.memoryCustomers(),
                            new CustomerGenerator(settings.memoryCustomers()));
                }
            }
            double rssMemory = Double.NaN;
            if (settings.memoryCustomers() > 0) {
                rssMemory = memoryWithCustomers(database, fixture);
            }
            return new Result(name, operations, curves, httpAlone, startup, startupWithoutArchive(kind, postgresUrl), rssAfterLoad,
                    rssMemory, settings.memoryCustomers());
        }
    }

    private LoadRun.Result ceiling(String name, Database db, String opName, JdbcCeiling.Work work,
                                   boolean keepStatements) throws InterruptedException {
        LoadRun.Result ceiling;
        try {
            ceiling = JdbcCeiling.run(db, work, settings.tableClients(), settings.warmupSeconds(), settings.seconds(),
                    keepStatements);
        } catch (IllegalStateException e) {
            // One failed ceiling (SQLite refusing a writer after its busy timeout) must not lose the run.
            log(name, "ceiling %s failed: %s", opName, rootMessage(e));
            ceiling = new LoadRun.Result(settings.tableClients(), Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0,
                    Double.NaN);
        }
        log(name, "ceiling %s%s: %.0f/s", opName, keepStatements ? "" : " (statements compiled per use)",
                ceiling.throughput());
        return ceiling;
    }

    /** Start-up to ready on another empty database, loading every class from the jar; NaN when there is no archive. */
    private double startupWithoutArchive(BenchDatabase.Kind kind, String postgresUrl) throws Exception {
        if (ServerProcess.cdsArchive().isEmpty()) {
            return Double.NaN;
        }
        try (BenchDatabase empty = BenchDatabase.create(kind, postgresUrl);
             ServerProcess process = ServerProcess.start(empty, settings.jvmOptions(), false)) {
            return process.startupMillis();
        }
    }

    /** RSS of a fresh server over the loaded database after it has served lists, searches and reads. */
    private double memoryWithCustomers(BenchDatabase database, PerfOperations.Fixture fixture) throws Exception {
        try (ServerProcess process = ServerProcess.start(database, settings.jvmOptions())) {
            String token = PerfFixture.token("127.0.0.1", process.port());
            PerfOperations.Fixture fresh = new PerfOperations.Fixture(token, fixture.customerIds(),
                    fixture.conversationIds(), fixture.mailboxId());
            for (PerfOperations.Operation op : PerfOperations.all(fresh, "mem")) {
                if (!op.write()) {
                    HttpLoad.run("127.0.0.1", process.port(), settings.tableClients(), 0, 2, op.status(), op.requests());
                }
            }
            HttpLoad.run("127.0.0.1", process.port(), 4, 0, 2, 200, (w, n) -> new RawHttpClient.Request("GET",
                    "/v2/customers?page=" + (1 + n % 100), "Bearer " + token, null));
            return process.rssMib();
        }
    }

    /** @param poolSize null for the server's default */
    private static FrontdeskConfig config(BenchDatabase database, Integer poolSize) {
        Map<ConfigKey, String> flags = new EnumMap<>(ConfigKey.class);
        flags.put(ConfigKey.DATA_DIR, database.dataDir().toString());
        flags.put(ConfigKey.DATABASE_URL, database.databaseUrl());
        if (poolSize != null) {
            flags.put(ConfigKey.DATABASE_POOL_SIZE, poolSize.toString());
        }
        return FrontdeskConfig.from(ConfigSources.merge(null, Map.of(), flags));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    private static void log(String database, String format, Object... args) {
        System.err.println(database + ": " + String.format(java.util.Locale.ROOT, format, args));
    }
}
