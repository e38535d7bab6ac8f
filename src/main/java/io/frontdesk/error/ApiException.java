package io.frontdesk.error;

import java.util.List;

/**
 * The one exception type that services and adapters throw for a client-visible failure.
 * It carries no HTTP or dialect detail: the dialect renderers turn it into a body.
 */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorKind kind;
    private final transient List<FieldError> errors;
    private final long retryAfterSeconds;

    public ApiException(ErrorKind kind, String message) {
        this(kind, message, List.of(), 0);
    }

    public ApiException(ErrorKind kind, String message, List<FieldError> errors) {
        this(kind, message, errors, 0);
    }

    public ApiException(ErrorKind kind, String message, List<FieldError> errors, long retryAfterSeconds) {
        super(message, null, false, false);
        this.kind = kind;
        this.errors = List.copyOf(errors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public ErrorKind kind() {
        return kind;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public static ApiException notFound(String message) {
        return new ApiException(ErrorKind.NOT_FOUND, message);
    }

    public static ApiException conflict(String message, List<FieldError> errors) {
        return new ApiException(ErrorKind.CONFLICT, message, errors);
    }

    public static ApiException invalid(List<FieldError> errors) {
        return new ApiException(ErrorKind.VALIDATION, "Bad request", errors);
    }

    public static ApiException invalid(FieldError error) {
        return invalid(List.of(error));
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(ErrorKind.UNAUTHORIZED, message);
    }

    public static ApiException badRequest(String message) {
        return new ApiException(ErrorKind.BAD_REQUEST, message);
    }
}
