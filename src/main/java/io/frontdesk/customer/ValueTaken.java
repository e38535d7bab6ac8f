package io.frontdesk.customer;

import io.frontdesk.error.ApiException;
import io.frontdesk.error.ErrorKind;
import io.frontdesk.error.FieldError;

import java.util.List;

/**
 * A write that a unique index refused: another customer of the account holds the userId (external id) or an email.
 * It is a 409 as it stands; a create, which lets the index do its checking, replaces it with the precise error once
 * its transaction has rolled back (see {@link CustomerService#create}).
 */
public final class ValueTaken extends ApiException {

    private static final long serialVersionUID = 1L;

    private final boolean externalId;

    private ValueTaken(boolean externalId, String message, FieldError error) {
        super(ErrorKind.CONFLICT, message, List.of(error));
        this.externalId = externalId;
    }

    public static ValueTaken externalId() {
        return new ValueTaken(true, "A customer with this userId already exists",
                FieldError.of("userId", "Conflict", "User ID is already in use"));
    }

    public static ValueTaken emailOrExternalId() {
        return new ValueTaken(false, "A customer with this email address or userId already exists",
                FieldError.of("email", "Conflict", "is already in use"));
    }

    /** True when the index named the external id; otherwise it was most likely an email. */
    public boolean isExternalId() {
        return externalId;
    }
}
