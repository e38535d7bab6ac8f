package io.frontdesk.cli;

import ch.qos.logback.classic.LoggerContext;
import io.frontdesk.Application;
import io.frontdesk.config.FrontdeskConfig;
import io.frontdesk.setup.FirstStart;
import io.javalin.Javalin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/** `frontdesk serve`: migrate, run first start if the database is empty, serve HTTP until SIGTERM. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the HTTP server. Every option can also be set in a config file or a FRONTDESK_* variable.")
public final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        long started = System.nanoTime();
        FrontdeskConfig config = ConfigOptions.load(spec, System.getenv());
        // the routes are built while the schema migrates: both are mostly class loading, side by side on two cores
        AtomicReference<Javalin> routes = new AtomicReference<>();
        Application app = Application.open(config, Clock.systemUTC(), opening -> routes.set(opening.http()));
        Optional<FirstStart.Result> first = app.firstStart().runIfEmpty(config.bootstrap());
        first.ifPresent(result -> announce(config.dataDir(), result));
        Javalin http = routes.get().start(config.host(), config.port());
        app.start();
        LOG.info("Frontdesk ready on http://{}:{} in {} ms", config.host(), http.port(),
                (System.nanoTime() - started) / 1_000_000);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("stopping: finishing in-flight requests");
            http.stop();
            app.close();
            LOG.info("stopped");
            // The request log is written by a background thread; stopping logging writes out what it still holds.
            if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logging) {
                logging.stop();
            }
            stopped.countDown();
        }, "frontdesk-shutdown"));
        stopped.await();
        return 0;
    }

    private void announce(Path dataDir, FirstStart.Result result) {
        Path file = CredentialsFile.write(dataDir, result).toAbsolutePath();
        // Never logged, and printed only to a terminal: a service's standard output usually ends up in a log
        // (journald, docker logs), where a secret must not appear.
        System.out.println();
        if (System.console() != null) {
            System.out.println("First start: created account " + result.owner().accountId()
                    + ". These secrets are shown once and saved to " + file + " (mode 600):");
            System.out.println(CredentialsFile.text(result));
        } else {
            System.out.println("First start: created account " + result.owner().accountId()
                    + ". Its credentials are in " + file + " (mode 600).");
        }
        System.out.flush();
    }
}
