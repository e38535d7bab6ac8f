package io.frontdesk.report;

/**
 * The {@code range} of a company, productivity or user drilldown: which bar of the productivity report's
 * distributions is drilled into; {@code rangeId} picks one bar (helpscout-more.md §10.4 range ids).
 */
public enum DrillRange {
    /** Resolved conversations by the replies it took to resolve them (id n = n replies, 10 = ten or more). */
    REPLIES,
    /** Resolved with exactly one reply. */
    FIRST_REPLY_RESOLVED,
    RESOLVED,
    /** Conversations of the replies timed, by the wait each ended. */
    RESPONSE_TIME,
    /** Conversations of the first replies timed, by the wait each ended. */
    FIRST_RESPONSE_TIME,
    /** Never anything: Frontdesk does not time the reply editor (handleTime is 0). */
    HANDLE_TIME
}
