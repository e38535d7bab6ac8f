package io.frontdesk.web;

import io.frontdesk.db.DatabaseFailures;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.ErrorKind;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The single mapping point from any failure to a response. The dialect is chosen by path, so an unknown route, a wrong
 * method or a crash is answered in the format the client parses.
 */
final class ErrorHandling {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);
    private static final ErrorRenderer PLAIN = new PlainErrorRenderer();
    /** How long a client is asked to wait when the database is down or slow. */
    private static final long RETRY_AFTER_SECONDS = 5;

    private final List<Dialect> dialects;

    ErrorHandling(List<Dialect> dialects) {
        this.dialects = dialects;
    }

    void register(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> render(ctx, e, null));
        routes.exception(HttpResponseException.class, (e, ctx) -> render(ctx, translate(e), null));
        routes.exception(Exception.class, (e, ctx) -> {
            ApiException clients = ClientFailures.of(e);
            if (clients != null) {
                LOG.debug("{} {}: {}", ctx.method(), ctx.path(), clients.getMessage());
                render(ctx, clients, null);
                return;
            }
            ApiException database = databaseFailure(e);
            if (database != null) {
                render(ctx, database, null);
                return;
            }
            String incident = UUID.randomUUID().toString();
            LOG.error("incident {}: {} {} failed", incident, ctx.method(), ctx.path(), e);
            render(ctx, new ApiException(ErrorKind.INTERNAL, "Internal server error"), incident);
        });
    }

    /**
     * A database that cannot be reached, or a statement the timeout cancelled, is no crash and no client's mistake:
     * 503 with a Retry-After, without an incident (an outage would otherwise log one per request).
     */
    private static ApiException databaseFailure(Exception e) {
        if (DatabaseFailures.unreachable(e)) {
            return new ApiException(ErrorKind.UNAVAILABLE, "The database is unavailable; try again later", List.of(),
                    RETRY_AFTER_SECONDS);
        }
        if (DatabaseFailures.timedOut(e)) {
            return new ApiException(ErrorKind.UNAVAILABLE, "The database did not answer in time; try again later",
                    List.of(), RETRY_AFTER_SECONDS);
        }
        return null;
    }

    private void render(Context ctx, ApiException error, String incident) {
        RenderedError rendered = rendererFor(ctx.path()).render(error, incident);
        rendered.headers().forEach(ctx::header);
        closing(error).forEach(ctx::header);
        Responses.json(ctx, rendered.status(), rendered.contentType(), rendered.body());
    }

    ErrorRenderer rendererFor(String path) {
        for (Dialect dialect : dialects) {
            if (dialect.owns(path)) {
                return dialect.errors();
            }
        }
        return PLAIN;
    }

    /**
     * Headers every dialect adds to a refusal that the client should retry elsewhere or later: a body that came too
     * slowly leaves the connection's stream unread, so the connection closes; a 503 names when to come back.
     */
    static Map<String, String> closing(ApiException error) {
        return switch (error.kind()) {
            case REQUEST_TIMEOUT -> Map.of("Connection", "close");
            case UNAVAILABLE -> error.retryAfterSeconds() > 0
                    ? Map.of("Retry-After", Long.toString(error.retryAfterSeconds())) : Map.of();
            default -> Map.of();
        };
    }

    /** Javalin's own refusals (no route, wrong method, body too large) become neutral errors. */
    private static ApiException translate(HttpResponseException e) {
        return byStatus(e.getStatus(), e.getMessage());
    }

    /** The neutral error for a status that the server itself (Javalin or Jetty) decided on. */
    static ApiException byStatus(int status, String message) {
        return switch (status) {
            case 404 -> ApiException.notFound("The specified resource was not found");
            case 405 -> new ApiException(ErrorKind.METHOD_NOT_ALLOWED, "Method not allowed");
            case 413 -> new ApiException(ErrorKind.PAYLOAD_TOO_LARGE, "Request body too large");
            case 415 -> new ApiException(ErrorKind.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type");
            // Jetty's request buffer is 8 kB: a longer request line or header block is refused before routing
            case 414 -> new ApiException(ErrorKind.URI_TOO_LONG, "URI too long: the request line must fit in 8 kB");
            case 431 -> new ApiException(ErrorKind.HEADERS_TOO_LARGE,
                    "Request headers too large: they must fit in 8 kB");
            case 401 -> ApiException.unauthorized("Unauthorized");
            case 503 -> new ApiException(ErrorKind.UNAVAILABLE, "Service unavailable");
            default -> status >= 500
                    ? new ApiException(ErrorKind.INTERNAL, "Internal server error")
                    : ApiException.badRequest(message == null || message.isBlank() ? "Bad request" : message);
        };
    }
}
