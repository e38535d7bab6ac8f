package io.frontdesk.queue;

/** An item of background work that one node holds under a lease: a job, an email, a webhook delivery. */
public interface Claimed {

    /** The item's row in its table. */
    long id();

    /** How many attempts were made before this one. */
    int attempts();
}
