package io.frontdesk.event;

import java.time.Instant;
import java.util.List;

/** Persistence of customer events. Every method is scoped to an account. */
public interface CustomerEventStore {

    /**
     * Stores an event and answers it with its id. Throws the customer's not-found error when the customer is gone
     * (deleted by a concurrent request after the service checked it).
     */
    CustomerEvent insert(long accountId, long customerId, String name, String data, Instant now);

    /** A customer's events, oldest first. */
    List<CustomerEvent> list(long accountId, long customerId);
}
