package io.frontdesk.report;

/**
 * Receives, one by one, the start and end (epoch milliseconds) of each duration the chat report averages, for
 * office hours, which only Java measures ({@link Figures#seconds}): the timed replies, then the chats' last closes.
 */
public interface ChatTimes {

    /** A reply of the chats that ended a wait, {@code first} when it was the chat's first reply. */
    void reply(long sinceMillis, long atMillis, boolean first);

    /** A chat's last close of the period, from the chat's start. */
    void close(long sinceMillis, long atMillis);
}
