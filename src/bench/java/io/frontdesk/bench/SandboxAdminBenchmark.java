package io.frontdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.config.ConfigKey;
import io.frontdesk.config.ConfigSources;
import io.frontdesk.config.FrontdeskConfig;
import io.frontdesk.db.Database;
import io.frontdesk.db.DatabaseSettings;
import io.frontdesk.web.Json;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sandbox's admin API as a test suite uses it between tests, timed over HTTP on a sandbox launched as a harness
 * launches it (`java -jar frontdesk.jar sandbox`), whose first account holds the customers (and some conversations)
 * a suite seeds: throwaway account creation, an account's reset, the reset of everything, a snapshot and its restore.
 * Every answer's status is checked; the report prints how many were not the expected one.
 */
final class SandboxAdminBenchmark {

    static final String ADMIN = "Bearer sandbox-admin-token";

    /** What to run: sizes and repetitions. */
    /** @param settleMillis a pause before each restore, for the server's work after an answer to end first */
    record Settings(int customers, int conversations, int repeat, int warmup, List<String> jvm, long settleMillis) {
    }

    /** One timed operation's samples. */
    record Operation(String name, String target, Latencies times) {
    }

    /** One database's run. */
    record Result(String database, int customers, int conversations, long snapshotRows, List<Operation> operations,
                  long errors, String loadBefore, String loadAfter, double loadSeconds) {
    }

    private final Settings settings;
    private final AtomicLong errors = new AtomicLong();

    SandboxAdminBenchmark(Settings settings) {
        this.settings = settings;
    }

    Result run(BenchDatabase.Kind kind, String postgresUrl, Path work) throws Exception {
        String name = kind.name().toLowerCase(Locale.ROOT);
        String loadBefore = loadAverage();
        try (BenchDatabase database = BenchDatabase.create(kind, postgresUrl);
             Sandbox sandbox = Sandbox.launch(settings.jvm(), database, work.resolve("sandbox-" + name))) {
            System.err.printf("%s: sandbox ready at %s; loading %,d customers, %,d conversations…%n", name,
                    sandbox.url, settings.customers(), settings.conversations());
            long started = System.nanoTime();
            load(sandbox, database);
            double loadSeconds = (System.nanoTime() - started) / 1e9;
            System.err.printf("%s: loaded in %.1f s; timing…%n", name, loadSeconds);
            try (RawHttpClient admin = sandbox.client()) {
                return measure(admin, name, loadBefore, loadSeconds);
            }
        }
    }

    private Result measure(RawHttpClient admin, String name, String loadBefore, double loadSeconds)
            throws IOException {
        expect(admin, "POST", "/_frontdesk/snapshots", "{\"name\":\"seeded\"}", 201);
        long rows = Json.MAPPER.readTree(expect(admin, "GET", "/_frontdesk/snapshots", null, 200).body())
                .path(0).path("rows").asLong(-1);
        List<Operation> list = new ArrayList<>();
        for (String[] op : new String[][]{
            {"POST /_frontdesk/accounts (throwaway account)", "≤ 20 ms"},
            {"POST /_frontdesk/accounts/{id}/reset (throwaway account, 3 customers written since)", "≤ 50 ms"},
            {"POST /_frontdesk/accounts/1/reset (the account of the seeded customers)", "≤ 50 ms"},
            {"POST /_frontdesk/reset (everything)", "≤ 50 ms"},
            {"POST /_frontdesk/snapshots", "–"},
            {"POST /_frontdesk/snapshots/{name}/restore (the three rows below together)", "≤ 200 ms"},
            {"DELETE /_frontdesk/accounts/{id} (throwaway account, after its reset)", "–"},
            {"… restore after a few writes (a throwaway account made, reset and deleted)", "≤ 200 ms"},
            {"… restore after the seeded account's reset", "≤ 200 ms"},
            {"… restore after the reset of everything", "≤ 200 ms"}}) {
            list.add(new Operation(op[0], op[1], new Latencies()));
        }
        // untimed rounds first: the server's JIT compiles these paths while they run
        for (int i = 0; i < settings.warmup(); i++) {
            round(admin, null);
        }
        for (int i = 0; i < settings.repeat(); i++) {
            round(admin, list);
        }
        return new Result(name, settings.customers(), settings.conversations(), rows, list, errors.get(),
                loadBefore, loadAverage(), loadSeconds);
    }

    /**
     * One of each operation, in an order that leaves the store as seeded at the end of the round: every reset of
     * the seeded account or of everything is followed by a restore of the seeded snapshot, timed too.
     */
    private void round(RawHttpClient admin, List<Operation> ops) throws IOException {
        JsonNode account = Json.MAPPER.readTree(time(ops, 0, admin, "POST", "/_frontdesk/accounts", "{}", 201).body());
        long id = account.path("id").asLong();
        String crunch = "Bearer " + account.path("credentials").path("helpcrunch").path("apiKey").asText();
        for (int c = 0; c < 3; c++) {
            expect(admin, "POST", "/helpcrunch/v1/customers", crunch, "{\"name\":\"Reset Me " + c + "\",\"email\":"
                    + "\"reset" + c + "@throwaway.test\",\"userId\":\"r" + c + "\"}", 201);
        }
        time(ops, 1, admin, "POST", "/_frontdesk/accounts/" + id + "/reset", null, 204);
        time(ops, 6, admin, "DELETE", "/_frontdesk/accounts/" + id, null, 204);
        time(ops, 4, admin, "POST", "/_frontdesk/snapshots", "{\"name\":\"again\"}", 201);
        restore(ops, 7, admin);
        time(ops, 2, admin, "POST", "/_frontdesk/accounts/1/reset", null, 204);
        restore(ops, 8, admin);
        time(ops, 3, admin, "POST", "/_frontdesk/reset", null, 200);
        restore(ops, 9, admin);
    }

    /** The seeded snapshot restored, timed in the row of every restore and in the row of what came before. */
    private void restore(List<Operation> ops, int after, RawHttpClient admin) throws IOException {
        if (settings.settleMillis() > 0) {
            try {
                Thread.sleep(settings.settleMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
        long start = System.nanoTime();
        expect(admin, "POST", "/_frontdesk/snapshots/seeded/restore", null, 200);
        if (ops != null) {
            long took = System.nanoTime() - start;
            ops.get(5).times().record(took);
            ops.get(after).times().record(took);
        }
    }

    private RawHttpClient.Answer time(List<Operation> ops, int index, RawHttpClient client, String method, String path,
                                      String body, int status) throws IOException {
        long start = System.nanoTime();
        RawHttpClient.Answer answer = expect(client, method, path, body, status);
        if (ops != null) {
            ops.get(index).times().record(System.nanoTime() - start);
        }
        return answer;
    }

    private RawHttpClient.Answer expect(RawHttpClient client, String method, String path, String body, int status)
            throws IOException {
        return expect(client, method, path, ADMIN, body, status);
    }

    private RawHttpClient.Answer expect(RawHttpClient client, String method, String path, String authorization,
                                        String body, int status) throws IOException {
        RawHttpClient.Answer answer = client.send(new RawHttpClient.Request(method, path, authorization,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8)));
        if (answer.status() != status) {
            long n = errors.incrementAndGet();
            if (n <= 5) {
                System.err.printf("error: %s %s answered %d (expected %d): %s%n", method, path, answer.status(),
                        status, answer.text());
            }
        }
        return answer;
    }

    /** Customers through Help Scout 2.0 on a few connections, then conversations of random seeded customers. */
    private void load(Sandbox sandbox, BenchDatabase database) throws Exception {
        String token;
        try (RawHttpClient client = sandbox.client()) {
            String form = "/v2/oauth2/token?grant_type=client_credentials&client_id=sandbox-client-id"
                    + "&client_secret=" + URLEncoder.encode("sandbox-client-secret", StandardCharsets.UTF_8);
            token = "Bearer " + Json.MAPPER.readTree(expect(client, "POST", form, null, null, 200).body())
                    .path("access_token").asText();
        }
        // The customers go straight into the store, as the other benchmarks load theirs (over HTTP, 10,000 creates
        // take minutes on this shared machine); the conversations go through the API, with everything a create writes.
        seedCustomers(database);
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int lane = t;
                done.add(pool.submit(() -> {
                    try (RawHttpClient client = sandbox.client()) {
                        for (int n = lane; n < settings.conversations(); n += threads) {
                            long customer = 1 + (n * 7919L) % settings.customers();
                            expect(client, "POST", "/v2/conversations", token, "{\"subject\":\"Seeded " + n
                                    + "\",\"type\":\"email\",\"mailboxId\":1,\"status\":\"active\",\"customer\":"
                                    + "{\"id\":" + customer + "},\"threads\":[{\"type\":\"customer\",\"customer\":"
                                    + "{\"id\":" + customer + "},\"text\":\"Hello, seeded conversation " + n
                                    + "\"}]}", 201);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    private void seedCustomers(BenchDatabase database) {
        Map<ConfigKey, String> flags = new EnumMap<>(ConfigKey.class);
        flags.put(ConfigKey.DATA_DIR, database.dataDir().toString());
        flags.put(ConfigKey.DATABASE_URL, database.databaseUrl());
        FrontdeskConfig config = FrontdeskConfig.from(ConfigSources.merge(null, Map.of(), flags));
        try (Database db = Database.open(DatabaseSettings.from(config))) {
            BulkLoader.load(db, 1, settings.customers(), new CustomerGenerator(settings.customers()));
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    static String render(List<Result> results, String commandLine) {
        StringBuilder text = new StringBuilder("## Sandbox admin operations\n\n")
                .append("Machine: ").append(MarkdownSection.machine()).append("\n\n")
                .append("Command:\n\n```sh\n").append(commandLine).append("\n```\n\n")
                .append("A sandbox launched as a harness launches it (`java -XX:SharedArchiveFile=target/frontdesk.jsa "
                        + "-jar target/frontdesk.jar sandbox`, on PostgreSQL with `--database-url` of a fresh "
                        + "database), on SQLite with `--data-dir` of a fresh temporary directory (so that the bench can seed it), its first account seeded (the customers bulk-loaded into the store as the search benchmark does, the conversations over Help Scout 2.0), then each admin call timed over "
                        + "HTTP from request to the end of the answer, one at a time on one connection. A round makes "
                        + "a throwaway account, writes three customers into it, resets it and deletes it, takes a "
                        + "snapshot, restores the seeded snapshot, resets the seeded account, restores, resets "
                        + "everything and restores again (so each restore puts back the seeded store, whichever "
                        + "reset came before). "
                        + "Untimed rounds come first, for the JIT.\n\n");
        for (Result r : results) {
            text.append(String.format(Locale.ROOT, "### %s: %,d customers, %,d conversations (snapshot of %,d rows)%n%n",
                    r.database().equals("sqlite") ? "SQLite" : "PostgreSQL", r.customers(), r.conversations(),
                    r.snapshotRows()));
            text.append(String.format(Locale.ROOT, "Seeded in %.1f s. Load average (1 min) before: %s, "
                    + "after: %s. Errors (an answer other than the expected status): **%d**.%n%n", r.loadSeconds(),
                    r.loadBefore(), r.loadAfter(), r.errors()));
            text.append("| Operation | n | min | median | p95 | max | target |\n|---|---:|---:|---:|---:|---:|---|\n");
            for (Operation op : r.operations()) {
                Latencies t = op.times();
                text.append(String.format(Locale.ROOT, "| %s | %d | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %s |%n",
                        op.name(), t.count(), t.percentileMillis(0.0001), t.percentileMillis(50),
                        t.percentileMillis(95), t.percentileMillis(100), op.target()));
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** `java -jar frontdesk.jar sandbox` as a child process, waited for through its ready file. */
    static final class Sandbox implements AutoCloseable {

        private final Process process;
        final String url;
        private final String host;
        private final int port;

        private Sandbox(Process process, String url) {
            this.process = process;
            this.url = url;
            URI uri = URI.create(url);
            this.host = uri.getHost();
            this.port = uri.getPort();
        }

        static Sandbox launch(List<String> jvm, BenchDatabase database, Path work) throws IOException,
                InterruptedException {
            Files.createDirectories(work);
            Path ready = work.resolve("ready.json");
            Path log = work.resolve("sandbox.log");
            List<String> command = new ArrayList<>();
            command.add(ProcessHandle.current().info().command().orElse("java"));
            command.addAll(jvm);
            String classPath = ServerProcess.serverJar().map(Path::toString)
                    .orElse(System.getProperty("java.class.path"));
            ServerProcess.cdsArchive().ifPresent(archive -> {
                command.add("-XX:SharedArchiveFile=" + archive);
                command.add("-Xlog:cds=off");
            });
            command.addAll(List.of("-cp", classPath, "io.frontdesk.Main", "sandbox", "--ready-file",
                    ready.toString()));
            if (database.databaseUrl().isEmpty()) {
                // the bench's own temporary directory, so that it can seed the store beside the running server
                command.addAll(List.of("--data-dir", database.dataDir().toString()));
            } else {
                command.addAll(List.of("--database-url", database.databaseUrl()));
            }
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().keySet().removeIf(key -> key.startsWith("FRONTDESK_"));
            Process process = builder.start();
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (!Files.exists(ready)) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    throw new IllegalStateException("sandbox not ready: " + Files.readString(log));
                }
                Thread.sleep(5);
            }
            return new Sandbox(process, Json.MAPPER.readTree(Files.readString(ready)).path("url").asText());
        }

        RawHttpClient client() {
            return new RawHttpClient(host, port);
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
