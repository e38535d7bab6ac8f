package io.frontdesk.conversation;

import io.frontdesk.customer.CustomerContact;
import io.frontdesk.customer.CustomerService;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.ErrorKind;
import io.frontdesk.error.FieldError;

/**
 * Finds the customer a request names, creating one by email when needed. Two requests creating the same new email
 * at once both pass the lookup; the loser's insert hits the unique email index and surfaces as a conflict, which this
 * class turns into {@link RaceLost} so the service can run the whole request again in a fresh transaction (which
 * then finds the winner's customer).
 */
final class CustomerResolver {

    /** A customer, with the address replies to them go to (null when they have no email). */
    record Resolved(long id, String email) {
    }

    /** Another transaction created the same customer first; the request should be tried again. */
    static final class RaceLost extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient ApiException conflict;

        RaceLost(ApiException conflict) {
            super(conflict.getMessage(), null, false, false);
            this.conflict = conflict;
        }

        ApiException conflict() {
            return conflict;
        }
    }

    private final CustomerService customers;

    CustomerResolver(CustomerService customers) {
        this.customers = customers;
    }

    /**
     * @param path        the request field naming the customer, for errors (`customer`, `threads[1].customer`)
     * @param actorUserId who a customer created here is created by (its event's actor)
     */
    Resolved resolve(long accountId, CustomerRef ref, String path, Long actorUserId) {
        if (ref instanceof CustomerRef.ById byId) {
            return customers.contact(accountId, byId.id()).map(CustomerResolver::resolved)
                    .orElseThrow(() -> ApiException.invalid(
                            FieldError.of(path + ".id", "InvalidValue", "No customer with this id", byId.id())));
        }
        CustomerRef.ByEmail byEmail = (CustomerRef.ByEmail) ref;
        return customers.findIdByEmail(accountId, byEmail.email()).flatMap(id -> customers.contact(accountId, id))
                .map(CustomerResolver::resolved).orElseGet(() -> create(accountId, byEmail, actorUserId));
    }

    Resolved get(long accountId, long customerId, String path) {
        return resolve(accountId, new CustomerRef.ById(customerId), path, null);
    }

    private Resolved create(long accountId, CustomerRef.ByEmail byEmail, Long actorUserId) {
        try {
            long id = customers.createWithin(accountId, actorUserId, byEmail.whenNew());
            return resolved(customers.contact(accountId, id).orElseThrow());
        } catch (ApiException e) {
            if (e.kind() == ErrorKind.CONFLICT) {
                throw new RaceLost(e);
            }
            throw e;
        }
    }

    private static Resolved resolved(CustomerContact contact) {
        return new Resolved(contact.id(), contact.email());
    }
}
