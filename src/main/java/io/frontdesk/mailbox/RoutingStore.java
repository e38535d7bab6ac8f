package io.frontdesk.mailbox;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Persistence of mailbox routing settings, and the counts routing decides by. */
public interface RoutingStore {

    Optional<Routing> find(long mailboxId);

    /** Replaces the mailbox's settings. */
    void save(long mailboxId, Routing routing, Instant now);

    /**
     * The settings, locked until the transaction ends so that concurrent creates in the mailbox take their turns in
     * the rotation one after the other (PostgreSQL; SQLite runs one write transaction at a time anyway).
     */
    Optional<Routing> lock(long mailboxId);

    /** The user the rotation last gave a conversation to, if any. */
    Optional<Long> lastAssigned(long mailboxId);

    void setLastAssigned(long mailboxId, long userId);

    /** Active, published conversations of the mailbox per assignee (users with none are left out). */
    Map<Long, Long> activeCounts(long mailboxId);
}
