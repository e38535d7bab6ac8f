package io.frontdesk.report;

/**
 * What a user's replies and close did in one conversation of their history, in whole milliseconds, before rounding:
 * the store counts these in the database (without office hours) or {@link UserHistory} from each reply's times.
 *
 * @param waitMillis    the waits the user's replies ended, summed; {@code waits} of them had a wait
 * @param firstMillis   the wait the conversation's first reply ended, when that reply was the user's
 * @param resolveMillis creation to close, when the period's last close of it was the user's and resolved it
 */
public record HistoryCounts(long id, long number, String status, long customerId, int replies, long waitMillis,
                            int waits, Long firstMillis, Long resolveMillis) {

    /**
     * The row shown. A time is rounded half up to the hundredth of a second from the exact milliseconds, as the
     * database sorts by it; a floating sum of seconds rounded 0.145 s down to 0.14 and 0.155 s up to 0.16.
     */
    HistoryRow row(String customerName) {
        return new HistoryRow(id, number, status, customerId, customerName, replies,
                waits == 0 ? null : seconds(waitMillis, waits), firstMillis == null ? null : seconds(firstMillis, 1),
                resolveMillis == null ? null : seconds(resolveMillis, 1));
    }

    /** {@code millis / count} milliseconds in seconds, rounded half up to two decimals. */
    static double seconds(long millis, long count) {
        return ((millis + 5 * count) / (10 * count)) / 100.0;
    }
}
