package io.frontdesk.report;

/**
 * Receives, one by one, the start and end (epoch milliseconds) of each duration {@link ReportStore#counts} sums, for
 * office hours, which only Java measures ({@link Figures#millis(long, long)}): {@code key} is the group's, as
 * {@link FactGrouping} keys it.
 */
public interface FactTimes {

    /** A reply that ended a customer's wait; {@code first}: a customer-started conversation's first reply. */
    void reply(long key, long sinceMillis, long atMillis, boolean first);

    /**
     * A resolved conversation's last close in the group, from the conversation's creation; {@code sinceMillis} null
     * when the close does not know it (counted as no time, as the store's sums count it).
     */
    void resolved(long key, Long sinceMillis, long atMillis);
}
