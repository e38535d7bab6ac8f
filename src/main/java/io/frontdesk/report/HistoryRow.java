package io.frontdesk.report;

/**
 * A conversation of a user's conversation history: what the user (a team: its members) did in it in the period.
 * Times in seconds, null when there was nothing to time.
 *
 * @param status            the conversation's status now (the {@code status} filter reads it, as Help Scout's does)
 * @param responseTime      average wait the user's replies ended
 * @param firstResponseTime the wait the conversation's first reply ended, when that reply was the user's
 * @param resolveTime       creation to close, when the user resolved it (closed it after a reply) in the period
 */
public record HistoryRow(long id, long number, String status, long customerId, String customerName,
                         int repliesSent, Double responseTime, Double firstResponseTime, Double resolveTime) {
}
