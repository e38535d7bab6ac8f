package io.frontdesk.web;

import io.frontdesk.error.ApiException;
import io.frontdesk.error.ErrorKind;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.io.EofException;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

/**
 * Failures that the client caused while the server read its request: a body that stopped arriving or came too slowly
 * (408), or a connection closed in the middle of the body (400). They are answered and logged as the client's
 * mistakes, never as a crash: anyone could otherwise fill the error log with stack traces by hanging up mid-body.
 */
final class ClientFailures {

    private ClientFailures() {
    }

    /** The client's error that {@code failure} stands for, or null when it is the server's own. */
    static ApiException of(Throwable failure) {
        boolean reading = false;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // a timeout counts only as the cause of a failed read (Jetty's idle timeout), never the server's own
            reading |= cause instanceof IOException;
            if (cause instanceof BodyPace.TooSlow || reading && cause instanceof TimeoutException) {
                return new ApiException(ErrorKind.REQUEST_TIMEOUT,
                        "Request timeout: the request body arrived too slowly");
            }
            if (cause instanceof EofException || cause instanceof BadMessageException) {
                return ApiException.badRequest("Bad request: the request body ended early");
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
