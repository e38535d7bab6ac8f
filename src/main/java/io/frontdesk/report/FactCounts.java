package io.frontdesk.report;

/**
 * What a store counted over a scope's facts (a group of them), the raw material of {@link Totals}: counts, distinct
 * counts and sums of durations in milliseconds (each duration at least 0), as {@link Figures} defines them.
 *
 * @param activityByWeekday activity facts per local weekday, index 1 (Monday) to 7
 * @param resolved          conversations whose last close in the scope came after a reply, and below, over those
 *                          closes: the time since creation, the replies, how many took one reply
 * @param repliesToResolve  those closes by replies taken, index 1 to 10 (10: ten or more)
 */
public record FactCounts(int conversations, int customers, int created, int createdEmail, int createdChat,
                         int createdPhone, int customerMessages, int replies, int repliers, int helped,
                         long responseMillis, int responseCount, long firstResponseMillis, int firstResponseCount,
                         int closed, int great, int okay, int notGood, int raters, int[] activityByWeekday,
                         int resolved, long resolutionMillis, long resolveReplies, int resolvedOnFirstReply,
                         int[] repliesToResolve) {

    public static final FactCounts NONE = new FactCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            new int[8], 0, 0, 0, 0, new int[11]);

    public FactCounts withResolved(int n, long millis, long replySum, int onFirst, int[] byReplies) {
        return new FactCounts(conversations, customers, created, createdEmail, createdChat, createdPhone,
                customerMessages, replies, repliers, helped, responseMillis, responseCount, firstResponseMillis,
                firstResponseCount, closed, great, okay, notGood, raters, activityByWeekday, n, millis, replySum,
                onFirst, byReplies);
    }

    /** The same counts with the durations measured otherwise (in office hours). */
    public FactCounts withDurations(long responseMs, long firstResponseMs, long resolutionMs) {
        return new FactCounts(conversations, customers, created, createdEmail, createdChat, createdPhone,
                customerMessages, replies, repliers, helped, responseMs, responseCount, firstResponseMs,
                firstResponseCount, closed, great, okay, notGood, raters, activityByWeekday, resolved, resolutionMs,
                resolveReplies, resolvedOnFirstReply, repliesToResolve);
    }
}
