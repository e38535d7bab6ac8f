package io.frontdesk.cli;

import ch.qos.logback.classic.LoggerContext;
import io.frontdesk.Application;
import io.frontdesk.config.FrontdeskConfig;
import io.frontdesk.core.Futures;
import io.frontdesk.db.DatabaseSettings;
import io.frontdesk.db.DbVendor;
import io.frontdesk.db.NewStore;
import io.frontdesk.logging.StartupPhases;
import io.javalin.Javalin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A server's life, shared by `serve` and `sandbox`: check that the port is free and take the data directory (SQLite)
 * before anything is created, then migrate, run first start if the store is fresh, serve HTTP until SIGTERM.
 */
final class ServerRun {

    private static final Logger LOG = LoggerFactory.getLogger(ServerRun.class);

    private ServerRun() {
    }

    /**
     * Runs until the JVM is told to stop.
     *
     * @param started      {@link System#nanoTime()} at launch, for the ready log line
     * @param notice       where first start says where the credentials are
     * @param ready        called once HTTP listens (the bound port is known)
     * @param afterStop    called last in the shutdown hook, once the store is closed and the directory released
     */
    static int run(FrontdeskConfig config, long started, PrintStream notice, Consumer<Javalin> ready,
                   Runnable afterStop) throws InterruptedException {
        return run(config, NewStore.MIGRATE, started, notice, (app, fresh) -> { }, ready, afterStop);
    }

    /**
     * {@link #run} with a step between first start and listening (the sandbox's fixtures): a failure there stops the
     * server before it ever listens.
     *
     * @param newStore how a store that does not exist yet gets its schema
     * @param prepare  given the application and whether first start ran in this launch (the store was fresh)
     */
    static int run(FrontdeskConfig config, NewStore newStore, long started, PrintStream notice,
                   BiConsumer<Application, Boolean> prepare, Consumer<Javalin> ready, Runnable afterStop)
            throws InterruptedException {
        PortCheck.check(config.host(), config.port());
        DataDirLock lock = DatabaseSettings.from(config).vendor() == DbVendor.SQLITE
                ? DataDirLock.acquire(config.dataDir()) : null;
        // The routes are built on a thread of their own while the schema migrates and then while first start runs:
        // all three are mostly class loading, side by side on two cores. A store copied from the template has no
        // migration to wait for, so first start is what the routes overlap with.
        CompletableFuture<Javalin> routes = new CompletableFuture<>();
        Application app;
        Javalin http;
        try {
            app = Application.open(config, Clock.systemUTC(), opening -> buildRoutes(opening, routes), newStore);
        } catch (RuntimeException | Error e) {
            release(lock);
            throw e;
        }
        try {
            // first start's account is what the admin API's reset of that account returns to
            boolean fresh = Store.firstStart(app, notice)
                    .map(first -> {
                        app.sandboxAccounts().remember(first.owner().accountId());
                        return true;
                    }).orElse(false);
            StartupPhases.mark("first start done");
            prepare.accept(app, fresh);
            http = start(Futures.join(routes), config);
            StartupPhases.mark("javalin started");
        } catch (RuntimeException | Error e) {
            app.close();
            release(lock);
            throw e;
        }
        app.start();
        StartupPhases.mark("workers started");
        LOG.info("Frontdesk ready on http://{}:{} in {} ms", config.host(), http.port(),
                (System.nanoTime() - started) / 1_000_000);
        ready.accept(http);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("stopping: finishing in-flight requests");
            http.stop();
            app.close();
            release(lock);
            afterStop.run();
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

    private static void buildRoutes(Application app, CompletableFuture<Javalin> routes) {
        Thread builder = new Thread(() -> {
            try {
                routes.complete(app.http());
                StartupPhases.mark("routes built");
            } catch (Throwable e) {
                routes.completeExceptionally(e);
            }
        }, "frontdesk-routes");
        builder.start();
    }

    /** Jetty's own bind, should the port have been taken since {@link PortCheck}: the same one line. */
    private static Javalin start(Javalin http, FrontdeskConfig config) {
        try {
            return http.start(config.host(), config.port());
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof java.net.BindException)) {
                cause = cause.getCause();
            }
            if (cause instanceof java.io.IOException) {
                throw PortCheck.cannotListen(config.host(), config.port(), cause);
            }
            throw e;
        }
    }

    private static void release(DataDirLock lock) {
        if (lock != null) {
            lock.close();
        }
    }
}
