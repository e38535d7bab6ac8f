package io.frontdesk.web;

import io.frontdesk.error.ApiException;
import io.frontdesk.error.ErrorKind;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.UUID;

/**
 * Jetty refuses some requests before Javalin sees them (an undecodable or illegal URI such as `/v2/customers/%00`),
 * and by then it has replaced the path with `/badMessage`. Those answers get the plain JSON error body
 * (`{"status":400,"message":…}`) instead of Jetty's HTML page; requests Jetty accepted but answered itself keep their
 * path and get their dialect's format. A head over 8 kB is no longer among the first: Jetty reads heads up to
 * {@link RequestHeadSize#JETTY_LIMIT} so that the path is known, and {@link RequestHeadSize} refuses it by dialect.
 * A 503 (a request that arrives while the server stops) says to retry after two seconds on a new connection.
 */
final class JettyErrors extends ErrorHandler {

    /**
     * Jetty answers 503 itself to a request that arrives on an open connection while the server stops (the graceful
     * stop's grace period): a client that retries on a new connection reaches this server's successor, or another node.
     */
    private static final ApiException STOPPING = new ApiException(ErrorKind.UNAVAILABLE,
            "Service unavailable: the server is stopping; retry shortly", List.of(), 2);

    private final ErrorHandling errors;

    JettyErrors(ErrorHandling errors) {
        this.errors = errors;
    }

    /** Jetty writes error bodies for GET, POST and HEAD only; a PUT, PATCH or DELETE client needs one as much. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        String path = request.getHttpURI() == null || request.getHttpURI().getPath() == null ? ""
                : request.getHttpURI().getPath();
        ApiException error = code == 503 ? STOPPING
                : code >= 500 ? new ApiException(ErrorKind.INTERNAL, "Internal server error")
                : ErrorHandling.byStatus(code, code == 400 ? "Bad request: the URI cannot be decoded" : null);
        String incident = code >= 500 && code != 503 ? UUID.randomUUID().toString() : null;
        RenderedError rendered = errors.rendererFor(path).render(error, incident);
        response.setStatus(rendered.status());
        rendered.headers().forEach((name, value) -> response.getHeaders().put(name, value));
        ErrorHandling.closing(error).forEach((name, value) -> response.getHeaders().put(name, value));
        if (code == 503) {
            // the server is stopping: this connection will not be served again, the client retries on a new one
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, rendered.contentType());
        byte[] body = Json.MAPPER.writeValueAsBytes(rendered.body());
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
