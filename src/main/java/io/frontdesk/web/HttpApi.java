package io.frontdesk.web;

import io.frontdesk.config.FrontdeskConfig;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.json.JavalinJackson;
import org.eclipse.jetty.server.handler.GracefulHandler;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Builds the HTTP server from the dialects' route tables. The server is returned unstarted so tests can start it on
 * port 0.
 */
public final class HttpApi {

    private HttpApi() {
    }

    public static Javalin create(FrontdeskConfig config, List<Dialect> dialects, BooleanSupplier databaseUp) {
        return create(config, dialects, databaseUp, routes -> { });
    }

    /** @param extraRoutes routes that only tests add (for example a deliberately slow one) */
    public static Javalin create(FrontdeskConfig config, List<Dialect> dialects, BooleanSupplier databaseUp,
                                 Consumer<RoutesConfig> extraRoutes) {
        return create(config, dialects, databaseUp, extraRoutes, port -> { });
    }

    /** @param listening told the port the server listens on once it started (the configured one may be 0) */
    public static Javalin create(FrontdeskConfig config, List<Dialect> dialects, BooleanSupplier databaseUp,
                                 Consumer<RoutesConfig> extraRoutes, IntConsumer listening) {
        ErrorHandling errors = new ErrorHandling(dialects);
        AtomicReference<Javalin> created = new AtomicReference<>();
        Javalin javalin = Javalin.create(cfg -> {
            cfg.events.serverStarted(() -> listening.accept(created.get().port()));
            cfg.appData(Requests.PUBLIC_URL, config.publicUrl());
            cfg.appData(Requests.FORWARDING, new Forwarding(config.trustedProxies()));
            cfg.appData(LargeBodies.KEY, new LargeBodies(config.bodies().largeBodyBytes()
                    .orElse(LargeBodies.defaultBudget(Runtime.getRuntime().maxMemory()))));
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.http.prefer405over404 = true;
            // Javalin's own body readers serve only form bodies (the token endpoint); JSON goes through JsonBody,
            // which reads at most the route's BodyLimit.
            cfg.http.maxRequestSize = BodyLimit.DEFAULT.bytes();
            cfg.router.ignoreTrailingSlashes = true;
            cfg.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            cfg.requestLogger.http((ctx, millis) -> {
                RequestLog.log(ctx, millis);
                for (Dialect dialect : dialects) {
                    dialect.requestDone(ctx, millis);
                }
            });
            new RequestThreads(config.httpThreads()
                    .orElse(RequestThreads.defaultRequestThreads(Runtime.getRuntime().availableProcessors())))
                    .configure(cfg);
            cfg.jetty.modifyServer(server -> {
                // Graceful stop: on SIGTERM, stop accepting, let in-flight requests finish within the grace period;
                // a request that arrives meanwhile on an open connection is answered 503 (JettyErrors).
                server.setStopTimeout(config.shutdownGrace().toMillis());
                GracefulHandler graceful = new GracefulHandler();
                graceful.setHandler(new BodyPace(config.bodies().minBytesPerSecond(), config.bodies().grace().toMillis(),
                        server.getHandler()));
                server.setHandler(graceful);
                server.setErrorHandler(new JettyErrors(errors));
            });
            cfg.jetty.modifyHttpConfiguration(http -> {
                http.addCustomizer(new NoMethodOverride());
                http.setRequestHeaderSize(RequestHeadSize.JETTY_LIMIT);
            });
            errors.register(cfg.routes);
            cfg.routes.before(RequestHeadSize::check);
            cfg.routes.before(NulCheck::query);
            cfg.routes.beforeMatched(BodyLimit::refuseDeclaredOversize);
            new HealthRoutes(databaseUp).routes(cfg.routes);
            AgentAppRoutes.routes(cfg.routes);
            for (Dialect dialect : dialects) {
                dialect.routes(cfg.routes);
            }
            extraRoutes.accept(cfg.routes);
            cfg.routes.after(LargeBodies::release);
        });
        created.set(javalin);
        return javalin;
    }
}
