package io.frontdesk.error;

/**
 * The neutral classes of failure. Each dialect renders them in its own body; the HTTP status is common to all.
 */
public enum ErrorKind {
    BAD_REQUEST(400),
    MALFORMED_BODY(400),
    VALIDATION(400),
    UNAUTHORIZED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    /** The request body arrived too slowly (below the minimum data rate) or stopped arriving. */
    REQUEST_TIMEOUT(408),
    CONFLICT(409),
    PRECONDITION_FAILED(412),
    PAYLOAD_TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    /** Refused by the HTTP server before routing: the request line does not fit its buffer. */
    URI_TOO_LONG(414),
    /** Refused by the HTTP server before routing: the headers do not fit its buffer. */
    HEADERS_TOO_LARGE(431),
    TOO_MANY_REQUESTS(429),
    INTERNAL(500),
    UNAVAILABLE(503);

    private final int status;

    ErrorKind(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
