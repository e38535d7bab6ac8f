package io.frontdesk.event;

import io.frontdesk.core.Transactions;
import io.frontdesk.customer.CustomerService;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;

import java.time.Clock;
import java.util.List;

/**
 * Records customer events. An event belongs to a customer of the same account; deleting the customer deletes its
 * events (the schema cascades).
 */
public final class CustomerEventService {

    /** Longest event name accepted; HelpCrunch shows names as one line under "User Actions". */
    public static final int MAX_NAME = 255;

    private final CustomerEventStore store;
    private final CustomerService customers;
    private final Transactions tx;
    private final Clock clock;

    public CustomerEventService(CustomerEventStore store, CustomerService customers, Transactions tx, Clock clock) {
        this.store = store;
        this.customers = customers;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Records {@code name} with {@code data} (JSON text, opaque here) for a customer of the account.
     *
     * @throws ApiException not found when the customer does not exist in the account; invalid when the name is blank
     *                      or longer than {@link #MAX_NAME}
     */
    public CustomerEvent record(long accountId, long customerId, String name, String data) {
        if (name == null || name.isBlank()) {
            throw ApiException.invalid(FieldError.of("name", "NotEmpty", "may not be empty"));
        }
        if (name.length() > MAX_NAME) {
            throw ApiException.invalid(FieldError.of("name", "Size", "must be at most " + MAX_NAME + " characters",
                    name));
        }
        return tx.inTransaction(() -> {
            customers.get(accountId, customerId);
            return store.insert(accountId, customerId, name, data == null ? "{}" : data, clock.instant());
        });
    }

    /** A customer's events, oldest first; empty for an unknown customer. */
    public List<CustomerEvent> list(long accountId, long customerId) {
        return store.list(accountId, customerId);
    }
}
