package io.frontdesk.report;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * Help Scout's channel reports: a channel is a conversation type ({@code chat}, {@code email}, {@code phone}). The
 * email and phone reports are the usual figures of that type's conversations; the chat report counts chats, as
 * {@link ChatFigures} says, in the database ({@link ReportStore#chatCounts}): a year's chat facts at 1M conversations
 * are about 2.5 million, too many to read into memory within a report's time (docs/reports.md, "The chat report in
 * the database").
 */
final class ChannelReports {

    private final ReportStore store;

    ChannelReports(ReportStore store) {
        this.store = store;
    }

    /** The query, for conversations of one type only (the channel reports take no {@code types}). */
    static ReportQuery only(ReportQuery q, String type) {
        return new ReportQuery(q.current(), q.previous(), q.filter().withTypes(Set.of(type)), q.officeHours(),
                q.viewBy(), q.user());
    }

    /** Whether the channel's report shows a duration (ChannelBodies): the phone report counts only. */
    static boolean timed(String type) {
        return !"phone".equals(type);
    }

    /** The distinct counts the email or phone report shows (ChannelBodies): the others are not counted. */
    static Set<DistinctCount> shown(String type) {
        return switch (type) {
            case "email" -> EnumSet.of(DistinctCount.CONVERSATIONS, DistinctCount.CLOSED, DistinctCount.RESOLVED);
            case "phone" -> EnumSet.of(DistinctCount.CONVERSATIONS, DistinctCount.CUSTOMERS);
            default -> null;
        };
    }

    /**
     * The chat figures of one period of the chat query ({@link #only}); {@code users} null for everyone. With office
     * hours, the durations are measured here, each from its start and end, and the counts come from the store.
     */
    ChatFigures figures(long accountId, ReportQuery chats, ReportPeriod period, Set<Long> users, Figures figures) {
        ChatCounts c = store.chatCounts(accountId, period.start(), period.end(), chats.filter(), users);
        if (figures.officeHours()) {
            Measured m = new Measured(figures);
            store.chatTimes(accountId, period.start(), period.end(), chats.filter(), users, m);
            c = new ChatCounts(c.chats(), c.completed(), c.messages(), m.responseMs, m.responses, m.waitMs, m.waits,
                    m.durationMs, m.durations);
        }
        return new ChatFigures(period, period.days(), c.chats(), c.completed(),
                c.chats() == 0 ? 0.0 : Figures.round((double) c.messages() / c.chats()),
                average(c.waitMs(), c.waits()), average(c.responseMs(), c.responses()),
                average(c.durationMs(), c.durations()));
    }

    private static Double average(long millis, int count) {
        return count == 0 ? null : Figures.round(millis / 1000.0 / count);
    }

    /** The durations measured in office hours, summed in whole milliseconds (their order does not matter). */
    private static final class Measured implements ChatTimes {
        private final Figures figures;
        long responseMs;
        int responses;
        long waitMs;
        int waits;
        long durationMs;
        int durations;

        Measured(Figures figures) {
            this.figures = figures;
        }

        @Override
        public void reply(long sinceMillis, long atMillis, boolean first) {
            long ms = figures.millis(Instant.ofEpochMilli(sinceMillis), Instant.ofEpochMilli(atMillis));
            responseMs += ms;
            responses++;
            if (first) {
                waitMs += ms;
                waits++;
            }
        }

        @Override
        public void close(long sinceMillis, long atMillis) {
            durationMs += figures.millis(Instant.ofEpochMilli(sinceMillis), Instant.ofEpochMilli(atMillis));
            durations++;
        }
    }
}
