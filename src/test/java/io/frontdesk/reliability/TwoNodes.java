package io.frontdesk.reliability;

import io.frontdesk.config.ConfigKey;
import io.frontdesk.testing.ChildServer;
import io.frontdesk.testing.PostgresLane;
import org.jdbi.v3.core.Jdbi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Two `serve` processes on one fresh PostgreSQL database, each with a data directory of its own as on two machines,
 * started at the same moment so that they also race through migration and first start.
 */
final class TwoNodes implements AutoCloseable {

    private final String databaseUrl;
    private final List<Path> dataDirs;
    private final List<ChildServer> nodes = new ArrayList<>();
    private final Jdbi jdbi;

    private TwoNodes(String databaseUrl, List<Path> dataDirs) {
        this.databaseUrl = databaseUrl;
        this.dataDirs = dataDirs;
        this.jdbi = Jdbi.create(databaseUrl);
    }

    /** Creates the database (skipping loudly, or failing under CI, without a server); starts nothing yet. */
    static TwoNodes create() {
        String url = PostgresLane.createDatabase();
        try {
            return new TwoNodes(url, List.of(Files.createTempDirectory("frontdesk-node1-"),
                    Files.createTempDirectory("frontdesk-node2-")));
        } catch (IOException e) {
            PostgresLane.dropDatabaseLater(url);
            throw new UncheckedIOException(e);
        }
    }

    /** Starts both nodes at once with {@code settings} as their `FRONTDESK_*` environment. */
    void start(String name, Map<ConfigKey, String> settings) throws Exception {
        List<CompletableFuture<ChildServer>> starting = new ArrayList<>();
        for (int i = 0; i < dataDirs.size(); i++) {
            ChildServer.Options options = ChildServer.options(name + "-node" + (i + 1), dataDirs.get(i))
                    .withDatabaseUrl(databaseUrl);
            for (Map.Entry<ConfigKey, String> setting : settings.entrySet()) {
                options = options.withEnv(setting.getKey().envName(), setting.getValue());
            }
            ChildServer.Options node = options;
            starting.add(CompletableFuture.supplyAsync(() -> ChildServer.start(node)));
        }
        // Every start is awaited, so a node that came up beside one that failed is still closed by close().
        ExecutionException failed = null;
        for (CompletableFuture<ChildServer> node : starting) {
            try {
                nodes.add(node.get());
            } catch (ExecutionException e) {
                failed = e;
            }
        }
        if (failed != null) {
            throw failed;
        }
    }

    ChildServer node(int n) {
        return nodes.get(n - 1);
    }

    String databaseUrl() {
        return databaseUrl;
    }

    Path dataDir(int n) {
        return dataDirs.get(n - 1);
    }

    Jdbi jdbi() {
        return jdbi;
    }

    /** How many times {@code pattern} occurs in the two nodes' logs together. */
    int logCount(Pattern pattern) {
        int count = 0;
        for (ChildServer node : nodes) {
            Matcher matcher = pattern.matcher(node.logText());
            while (matcher.find()) {
                count++;
            }
        }
        return count;
    }

    @Override
    public void close() {
        nodes.forEach(ChildServer::close);
        PostgresLane.dropDatabaseLater(databaseUrl);
        for (Path dir : dataDirs) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                System.err.println("could not delete " + dir + ": " + e.getMessage());
            }
        }
    }
}
