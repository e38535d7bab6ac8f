package io.frontdesk.mailbox;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Persistence of mailbox routing settings, and the counts routing decides by. */
public interface RoutingStore {

    Optional<Routing> find(long mailboxId);

    /** Replaces the mailbox's settings. */
    void save(long mailboxId, Routing routing, Instant now);

    /** Active, published conversations of the mailbox per assignee (users with none are left out). */
    Map<Long, Long> activeCounts(long mailboxId);
}
