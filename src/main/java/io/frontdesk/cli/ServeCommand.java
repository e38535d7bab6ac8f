package io.frontdesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** `frontdesk serve`: the server on the configured store, until SIGTERM ({@link ServerRun}). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the HTTP server. Every option can also be set in a config file or a FRONTDESK_* variable.")
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        long started = System.nanoTime();
        return ServerRun.run(ConfigOptions.load(spec, System.getenv()), started, System.out, http -> { }, () -> { });
    }
}
