package io.frontdesk.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;

import java.util.function.BooleanSupplier;

/**
 * Liveness answers while the process serves HTTP; readiness also needs the database, so a load balancer stops sending
 * traffic to a node whose database is gone.
 */
final class HealthRoutes {

    private final BooleanSupplier databaseUp;

    HealthRoutes(BooleanSupplier databaseUp) {
        this.databaseUp = databaseUp;
    }

    /** curl http://localhost:8080/health/live ; curl http://localhost:8080/health/ready */
    void routes(RoutesConfig routes) {
        routes.get("/health/live", ctx -> Responses.json(ctx, 200, "application/json", status("UP")));
        routes.get("/health/ready", ctx -> {
            boolean up = databaseUp.getAsBoolean();
            ObjectNode body = status(up ? "UP" : "DOWN");
            body.put("database", up ? "UP" : "DOWN");
            Responses.json(ctx, up ? 200 : 503, "application/json", body);
        });
    }

    private static ObjectNode status(String status) {
        ObjectNode body = Json.object();
        body.put("status", status);
        return body;
    }
}
