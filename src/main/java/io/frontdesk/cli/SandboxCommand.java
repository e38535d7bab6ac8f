package io.frontdesk.cli;

import io.frontdesk.config.ConfigKey;
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

    @Spec
    CommandSpec spec;

    @Option(names = "--ready-file", paramLabel = "FILE",
            description = "Also write the ready line to this file (whole, once the server listens)")
    Path readyFile;

    @Override
    public Integer call() throws InterruptedException {
        long started = System.nanoTime();
        Map<ConfigKey, String> values = ConfigOptions.values(spec, System.getenv(), SandboxDefaults.VALUES);
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
        try {
            config = FrontdeskConfig.from(values);
        } catch (RuntimeException e) {
            removeThrowaway.run();
            throw e;
        }
        try {
            // first start's notice goes to standard error: standard output carries the ready line alone
            return ServerRun.run(config, started, System.err, http -> announce(config, http, throwaway == null),
                    removeThrowaway);
        } catch (RuntimeException | Error e) {
            removeThrowaway.run();
            throw e;
        }
    }

    private void announce(FrontdeskConfig config, Javalin http, boolean kept) {
        String line = ReadyLine.render(config, http.port(), kept);
        if (readyFile != null) {
            ReadyLine.write(readyFile, line);
        }
        System.out.println(line);
        System.out.flush();
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("frontdesk-sandbox-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the sandbox's temporary data directory", e);
        }
    }
}
