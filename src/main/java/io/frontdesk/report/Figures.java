package io.frontdesk.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The arithmetic of the reports over one period's facts, kept apart from storage so each figure's definition
 * (docs/reports.md) is in one place and tests can recompute it another way.
 */
public final class Figures {

    /** Facts that show a conversation had activity in a period. */
    static final Set<FactKind> ACTIVITY = EnumSet.of(FactKind.CREATED, FactKind.CUSTOMER_MESSAGE, FactKind.REPLY,
            FactKind.CLOSED, FactKind.REOPENED);

    private final ReportSettings settings;
    private final boolean officeHours;
    /** Office time between instants, for many durations; null without office hours. */
    private final OfficeCalendar calendar;

    public Figures(ReportSettings settings, boolean officeHours) {
        this.settings = settings;
        this.officeHours = officeHours && settings.officeHours().isSet();
        this.calendar = this.officeHours ? new OfficeCalendar(settings.officeHours(), settings.zone()) : null;
    }

    /**
     * The figures of {@code facts} (one period's, any kinds), for everyone ({@code user} null) or for one user's or
     * team's members' own acts (their replies, their closes, ratings of their replies, conversations they started).
     */
    public Totals totals(ReportPeriod period, List<ReportFact> facts, Set<Long> users) {
        Predicate<ReportFact> mine = f -> users == null || f.userId() != null && users.contains(f.userId());
        Set<Long> conversations = new HashSet<>();
        Set<Long> customers = new HashSet<>();
        Set<Long> helped = new HashSet<>();
        Set<Long> repliers = new HashSet<>();
        Set<Long> closed = new HashSet<>();
        Map<Long, ReportFact> resolved = new HashMap<>();
        Set<Long> raters = new HashSet<>();
        int created = 0;
        int received = 0;
        int replies = 0;
        int[] levels = new int[3];
        double responseSum = 0;
        int responseCount = 0;
        double firstSum = 0;
        int firstCount = 0;
        int[] byWeekday = new int[8];
        for (ReportFact f : facts) {
            boolean activity = ACTIVITY.contains(f.kind());
            if (activity && (users == null || mine.test(f))) {
                conversations.add(f.conversationId());
                if (f.customerId() != null) {
                    customers.add(f.customerId());
                }
                byWeekday[LocalDateTime.ofInstant(f.at(), settings.zone()).getDayOfWeek().getValue()]++;
            }
            if (!mine.test(f)) {
                continue;
            }
            switch (f.kind()) {
                case CREATED -> created++;
                case CUSTOMER_MESSAGE -> received++;
                case REPLY -> {
                    replies++;
                    repliers.add(f.userId() == null ? -1L : f.userId());
                    if (f.customerId() != null) {
                        helped.add(f.customerId());
                    }
                    if (f.since() != null) {
                        double seconds = seconds(f.since(), f.at());
                        responseSum += seconds;
                        responseCount++;
                        if (f.firstReply()) {
                            firstSum += seconds;
                            firstCount++;
                        }
                    }
                }
                case CLOSED -> {
                    closed.add(f.conversationId());
                    if (f.replies() != null && f.replies() > 0) {
                        resolved.put(f.conversationId(), f); // the last close of the period counts
                    }
                }
                case RATED -> {
                    levels[f.rating().ordinal()]++;
                    if (f.customerId() != null) {
                        raters.add(f.customerId());
                    }
                }
                default -> {
                }
            }
        }
        repliers.remove(-1L);
        double resolutionSum = 0;
        double repliesSum = 0;
        int firstReplyResolved = 0;
        for (ReportFact f : resolved.values()) {
            resolutionSum += seconds(f.since(), f.at());
            repliesSum += f.replies();
            if (f.replies() == 1) {
                firstReplyResolved++;
            }
        }
        int n = resolved.size();
        return new Totals(period, period.days(), conversations.size(), created, customers.size(), received, replies,
                helped.size(), repliers.size(), closed.size(), n, firstReplyResolved,
                n == 0 ? null : round(resolutionSum / n), n == 0 ? null : round(repliesSum / n),
                responseCount == 0 ? null : round(responseSum / responseCount),
                firstCount == 0 ? null : round(firstSum / firstCount), levels[0], levels[1], levels[2], raters.size(),
                busiest(byWeekday));
    }

    /**
     * Whether durations are measured in office hours (asked for and set): then each one is measured here from its
     * start and end ({@link #millis(long, long)}), while the counts come from the store as they do without.
     */
    public boolean officeHours() {
        return officeHours;
    }

    /** The same figures as {@link #totals(ReportPeriod, List, Set)}, from what the store counted. */
    public Totals totals(ReportPeriod period, FactCounts c) {
        int n = c.resolved();
        return new Totals(period, period.days(), c.conversations(), c.created(), c.customers(), c.customerMessages(),
                c.replies(), c.helped(), c.repliers(), c.closed(), n, c.resolvedOnFirstReply(),
                n == 0 ? null : round(c.resolutionMillis() / 1000.0 / n),
                n == 0 ? null : round((double) c.resolveReplies() / n),
                c.responseCount() == 0 ? null : round(c.responseMillis() / 1000.0 / c.responseCount()),
                c.firstResponseCount() == 0 ? null : round(c.firstResponseMillis() / 1000.0 / c.firstResponseCount()),
                c.great(), c.okay(), c.notGood(), c.raters(), busiest(c.activityByWeekday()));
    }

    /** The duration a figure counts between two instants: all of it, or its office hours only. */
    public double seconds(Instant from, Instant to) {
        return millis(from, to) / 1000.0;
    }

    /**
     * {@link #seconds} in whole milliseconds: sums of these are exact whatever their order, as the database's sums of
     * the same durations are.
     */
    public long millis(Instant from, Instant to) {
        return officeHours ? calendar.millis(from.toEpochMilli(), to.toEpochMilli())
                : Math.max(0, Duration.between(from, to).toMillis());
    }

    /** {@link #millis(Instant, Instant)} of epoch milliseconds, as the narrow streams of durations give them. */
    public long millis(long fromMillis, long toMillis) {
        return officeHours ? calendar.millis(fromMillis, toMillis) : Math.max(0, toMillis - fromMillis);
    }

    private static Integer busiest(int[] byWeekday) {
        int best = 0;
        for (int day = 1; day <= 7; day++) {
            if (byWeekday[day] > byWeekday[best]) {
                best = day;
            }
        }
        return best == 0 ? null : best;
    }

    /** {@code part / whole × 100}, rounded to two decimals; 0 when the whole is 0. */
    public static double percent(double part, double whole) {
        return whole == 0 ? 0.0 : round(part / whole * 100);
    }

    /** Percent change from {@code previous} to {@code current}; 0 when there was nothing before. */
    public static double delta(Number current, Number previous) {
        double now = current == null ? 0 : current.doubleValue();
        double before = previous == null ? 0 : previous.doubleValue();
        return before == 0 ? 0.0 : round((now - before) / before * 100);
    }

    public static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
