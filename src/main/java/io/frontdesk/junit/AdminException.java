package io.frontdesk.junit;

/**
 * The admin API refused a call: its status and the error body's {@code code} and {@code message}
 * ({@code {"error":{"status":409,"code":"conflict","message":"…"}}}).
 */
public final class AdminException extends RuntimeException {

    private final int status;
    private final String code;

    AdminException(int status, String code, String message) {
        super(status + " " + code + ": " + message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    /** The neutral error kind in lower case: {@code validation}, {@code not_found}, {@code conflict}, … */
    public String code() {
        return code;
    }
}
