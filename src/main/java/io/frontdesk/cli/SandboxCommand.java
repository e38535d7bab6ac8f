package io.frontdesk.cli;

import io.frontdesk.Application;
import io.frontdesk.config.ConfigKey;
import io.frontdesk.db.NewStore;
import io.frontdesk.error.ApiException;
import io.frontdesk.logging.StartupPhases;
import io.frontdesk.sandbox.fixture.Pack;
import io.frontdesk.config.FrontdeskConfig;
import io.javalin.Javalin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * `frontdesk sandbox`: the server as a test stand-in. It runs on a throwaway SQLite database in a temporary directory
 * removed at exit (unless {@code --data-dir} names one to keep), with the fixed credentials of {@link SandboxDefaults},
 * rate limits reported instead of enforced and webhooks allowed to reach loopback. Once it listens it prints one JSON
 * line with its address and credentials ({@link ReadyLine}), and writes the same line to {@code --ready-file}.
 */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = "Start a throwaway server for tests: temporary store, fixed credentials, one JSON ready line.")
public final class SandboxCommand implements Callable<Integer> {

    /** The option names, also known to {@link SandboxArguments}. */
    static final String READY_FILE = "--ready-file";
    static final String FIXTURE = "--fixture";

    @Spec
    CommandSpec spec;

    @Option(names = READY_FILE, paramLabel = "FILE",
            description = "Also write the ready line to this file (whole, once the server listens)")
    Path readyFile;

    @Option(names = FIXTURE, paramLabel = "FILE",
            description = "Load this fixture pack (JSON, or YAML when named .yaml/.yml) once first start has run;"
                    + " repeatable, loaded in order. A kept data directory loads them only on its first launch.")
    List<Path> fixtures = new ArrayList<>();

    /** As picocli read the command line. */
    @Override
    public Integer call() throws InterruptedException {
        return run(ConfigOptions.given(spec));
    }

    /** Runs with the config flags given, however the command line was read (picocli or {@link SandboxArguments}). */
    int run(ConfigFlags given) throws InterruptedException {
        long started = System.nanoTime();
        StartupPhases.mark("command line parsed");
        Map<ConfigKey, String> values = given.values(System.getenv(), SandboxDefaults.VALUES);
        Path throwaway = values.get(ConfigKey.DATA_DIR).isEmpty() ? temporaryDirectory() : null;
        if (throwaway != null) {
            values.put(ConfigKey.DATA_DIR, throwaway.toString());
        }
        Runnable removeThrowaway = () -> {
            if (throwaway != null) {
                TemporaryDirectory.delete(throwaway);
            }
        };
        FrontdeskConfig config;
        List<Pack> packs;
        try {
            config = FrontdeskConfig.from(values);
            // read and shaped before the store opens: a typo in a pack costs no start-up
            packs = FixtureFiles.read(fixtures);
            StartupPhases.mark("config parsed");
        } catch (RuntimeException e) {
            removeThrowaway.run();
            throw e;
        }
        try {
            // first start's notice goes to standard error: standard output carries the ready line alone
            // a new store is a copy of the build's migrated template store (SqliteTemplate): no migration to wait for
            return ServerRun.run(config, NewStore.FROM_TEMPLATE, started, System.err,
                    (app, fresh) -> load(app, fresh, packs), http -> announce(config, http, throwaway == null),
                    removeThrowaway);
        } catch (RuntimeException | Error e) {
            removeThrowaway.run();
            throw e;
        }
    }

    /** The packs, in order, into a store first start has just made; a kept store had them from its first launch. */
    private void load(Application app, boolean fresh, List<Pack> packs) {
        if (packs.isEmpty()) {
            return;
        }
        if (!fresh) {
            System.err.println("sandbox: the data directory was made by an earlier launch; its fixtures were loaded"
                    + " then, so --fixture loads nothing now");
            return;
        }
        for (int i = 0; i < packs.size(); i++) {
            try {
                app.fixtures().load(packs.get(i));
            } catch (ApiException e) {
                throw FixtureFiles.in(fixtures.get(i), e);
            }
        }
    }

    private void announce(FrontdeskConfig config, Javalin http, boolean kept) {
        String line = ReadyLine.render(config, http.port(), kept);
        if (readyFile != null) {
            ReadyLine.write(readyFile, line);
        }
        System.out.println(line);
        System.out.flush();
        StartupPhases.mark("ready line written");
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("frontdesk-sandbox-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the sandbox's temporary data directory", e);
        }
    }
}
