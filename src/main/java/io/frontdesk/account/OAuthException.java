package io.frontdesk.account;

/**
 * A refusal at the OAuth token endpoint. Token errors have their own RFC 6749 body
 * ({@code {"error":…,"error_description":…}}), which Help Scout clients parse, so they are not vnd.error.
 */
public final class OAuthException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String error;

    public OAuthException(int status, String error, String description) {
        super(description, null, false, false);
        this.status = status;
        this.error = error;
    }

    public int status() {
        return status;
    }

    /** The RFC 6749 error code: invalid_request, invalid_client, invalid_grant, unsupported_grant_type. */
    public String error() {
        return error;
    }
}
