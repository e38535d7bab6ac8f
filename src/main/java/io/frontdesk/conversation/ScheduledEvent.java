package io.frontdesk.conversation;

import java.time.Instant;

/**
 * The next thing a conversation has waiting on the clock (Help Scout's {@code nextEvent}): its snooze ending, or the
 * earliest of its scheduled threads being sent.
 *
 * @param userId the user who snoozed the conversation or scheduled the thread
 */
public record ScheduledEvent(Instant time, Kind kind, long userId) {

    public enum Kind {
        SNOOZE, SCHEDULE
    }

    /** The earlier of two events, either of which may be null; the snooze when both fall at the same time. */
    static ScheduledEvent earliest(ScheduledEvent snooze, ScheduledEvent schedule) {
        if (snooze == null) {
            return schedule;
        }
        if (schedule == null || !schedule.time().isBefore(snooze.time())) {
            return snooze;
        }
        return schedule;
    }
}
