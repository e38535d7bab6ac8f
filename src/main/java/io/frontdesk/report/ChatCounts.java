package io.frontdesk.report;

/**
 * What the chat report counts over one period's chats ({@link ChatFigures}), as the store counted it where the facts
 * are: the chats, those answered, their messages, and per average its sum of milliseconds and how many it averages.
 * Each duration is counted from zero up (a reply dated before its wait began counts 0 ms), as {@link Figures#seconds}
 * does.
 *
 * @param messages     customer messages and replies of the chats in the period
 * @param responseMs   the waits the chats' timed replies (of the users, when asked for) ended
 * @param waitMs       the same over first replies only
 * @param durationMs   start to last close of each chat closed in the period, over those whose close knows its start
 */
public record ChatCounts(int chats, int completed, long messages, long responseMs, int responses, long waitMs,
                         int waits, long durationMs, int durations) {

    public static final ChatCounts NONE = new ChatCounts(0, 0, 0, 0, 0, 0, 0, 0, 0);
}
