package io.frontdesk.conversation;

import io.frontdesk.customer.NewCustomer;

/** How a request names a customer: by id, or by email with what to create when no customer has that email. */
public sealed interface CustomerRef {

    /** An existing customer of the account; an unknown id is the client's mistake (400). */
    record ById(long id) implements CustomerRef {
    }

    /** The customer with this email, created from {@code whenNew} (which carries the email) if there is none. */
    record ByEmail(String email, NewCustomer whenNew) implements CustomerRef {
    }
}
