package io.frontdesk.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the reports count over one period (docs/reports.md, "Speed"): the store counts the facts where they are; with
 * office hours, the durations the store sums whole are measured here instead, in office hours, from a narrow stream
 * of their starts and ends ({@link OfficeDurations}; docs/reports.md, "Office hours from narrow streams"). The period's
 * facts can also be read and counted here by {@link Figures}, the way DatabaseCountsTest recomputes the figures.
 */
final class PeriodCounts {

    /** Upper bounds of Help Scout's time range ids 1-9 in milliseconds; id 10 is beyond two days. */
    static final long[] TIME_RANGES = {15 * 60_000L, 30 * 60_000L, 3_600_000L, 2 * 3_600_000L, 3 * 3_600_000L,
            6 * 3_600_000L, 12 * 3_600_000L, 24 * 3_600_000L, 48 * 3_600_000L};

    private static final Set<FactKind> ALL = EnumSet.allOf(FactKind.class);

    final ReportPeriod period;
    private final ReportStore store;
    private final FactScope scope;
    private final Figures figures;
    private final ZoneId zone;
    /** The period's facts when they are counted here; null when the store counts them. */
    private final List<ReportFact> facts;
    private final Map<List<Set<?>>, FactCounts> counted = new HashMap<>();
    /** With office hours: the period's durations for these users (null: everyone), measured once per users. */
    private final Map<Set<Long>, OfficeDurations.Sums> measured = new HashMap<>();

    private PeriodCounts(ReportPeriod period, ReportStore store, FactScope scope, Figures figures, ZoneId zone,
                         List<ReportFact> facts) {
        this.period = period;
        this.store = store;
        this.scope = scope;
        this.figures = figures;
        this.zone = zone;
        this.facts = facts;
    }

    static PeriodCounts of(ReportStore store, long accountId, ReportQuery q, ReportPeriod period,
                           ReportSettings settings) {
        return of(store, accountId, q, period, settings, false);
    }

    /** {@code countFacts}: read the facts and count them here (DatabaseCountsTest compares the two ways). */
    static PeriodCounts of(ReportStore store, long accountId, ReportQuery q, ReportPeriod period,
                           ReportSettings settings, boolean countFacts) {
        Figures figures = new Figures(settings, q.officeHours());
        FactScope scope = FactScope.of(accountId, period, q.filter(), settings.zone());
        List<ReportFact> facts = countFacts
                ? store.facts(accountId, ALL, period.start(), period.end(), q.filter()) : null;
        return new PeriodCounts(period, store, scope, figures, settings.zone(), facts);
    }

    /** The period's figures for everyone ({@code users} null) or for these users' own acts. */
    Totals totals(Set<Long> users) {
        return totals(users, null);
    }

    /**
     * The period's figures, of which the report shows only these distinct counts ({@code shown}; null: all): the
     * others may be zero.
     */
    Totals totals(Set<Long> users, Set<DistinctCount> shown) {
        if (facts != null) {
            return figures.totals(period, facts, users);
        }
        return figures.totals(period, counted(users, shown));
    }

    /**
     * The store's counts for these users (null: everyone), asked once per period, users and counts shown; in office
     * hours, with the durations measured here.
     */
    private FactCounts counted(Set<Long> users, Set<DistinctCount> shown) {
        return counted.computeIfAbsent(Arrays.asList(users, shown), key -> {
            FactCounts c = store.counts(scope.forUsers(users).counting(shown), FactGrouping.NONE)
                    .getOrDefault(0L, FactCounts.NONE);
            return figures.officeHours() ? measured(users).applyTo(c) : c;
        });
    }

    /** The period's durations of these users' acts (null: everyone's) in office hours. */
    private OfficeDurations.Sums measured(Set<Long> users) {
        return measured.computeIfAbsent(users, u -> OfficeDurations.of(store, scope.forUsers(u), FactGrouping.NONE,
                figures).of(0L));
    }

    /** Each user who acted in the period (replied, closed, started, was rated), with their own figures. */
    Map<Long, Totals> byUser() {
        Map<Long, Totals> byUser = new HashMap<>();
        if (facts != null) {
            facts.stream().filter(f -> f.userId() != null)
                    .forEach(f -> byUser.computeIfAbsent(f.userId(), id -> totals(Set.of(id))));
            return byUser;
        }
        Map<Long, FactCounts> counts = store.counts(scope, FactGrouping.USER);
        OfficeDurations office = figures.officeHours() && !counts.isEmpty()
                ? OfficeDurations.of(store, scope, FactGrouping.USER, figures) : null;
        counts.forEach((user, c) -> byUser.put(user, figures.totals(period,
                office == null ? c : office.of(user).applyTo(c))));
        return byUser;
    }

    /** The figures of nobody's acts: zeros, and null averages. */
    Totals none() {
        return facts != null ? figures.totals(period, List.of(), null) : figures.totals(period, FactCounts.NONE);
    }

    /** Conversations created per local weekday (1-7) and hour. */
    int[][] createdSlots() {
        if (facts == null) {
            return store.createdSlots(scope);
        }
        int[][] slots = new int[8][24];
        for (ReportFact f : facts) {
            if (f.kind() == FactKind.CREATED) {
                LocalDateTime local = LocalDateTime.ofInstant(f.at(), zone);
                slots[local.getDayOfWeek().getValue()][local.getHour()]++;
            }
        }
        return slots;
    }

    /** The customers with activity, their conversations with activity summed, and the {@code limit} with most. */
    TopCustomers topCustomers(int limit) {
        if (facts == null) {
            return store.topCustomers(scope, limit);
        }
        return TopCustomers.of(customerConversationsHere(null), limit);
    }

    /** For each of these customers with activity, its conversations with activity (the others are absent). */
    Map<Long, Integer> customerConversations(Set<Long> customers) {
        if (facts == null) {
            return customers.isEmpty() ? Map.of() : store.customerConversations(scope, customers);
        }
        return customerConversationsHere(customers);
    }

    /** From the facts read here: each customer's (of {@code only}; null: of all) conversations with activity. */
    private Map<Long, Integer> customerConversationsHere(Set<Long> only) {
        Map<Long, Set<Long>> conversations = new HashMap<>();
        for (ReportFact f : facts) {
            if (Figures.ACTIVITY.contains(f.kind()) && f.customerId() != null
                    && (only == null || only.contains(f.customerId()))) {
                conversations.computeIfAbsent(f.customerId(), k -> new HashSet<>()).add(f.conversationId());
            }
        }
        Map<Long, Integer> counts = new HashMap<>();
        conversations.forEach((customer, ids) -> counts.put(customer, ids.size()));
        return counts;
    }

    /** Timed replies (first replies only, or all) per Help Scout time range id, index 1-10. */
    int[] responseRanges(Set<Long> users, boolean first) {
        if (facts == null && figures.officeHours()) {
            OfficeDurations.Sums sums = measured(users);
            return (first ? sums.firstRanges : sums.ranges).clone();
        }
        if (facts == null) {
            return store.responseRanges(scope.forUsers(users), first, TIME_RANGES);
        }
        int[] counts = new int[TIME_RANGES.length + 2];
        for (ReportFact f : facts) {
            if (f.kind() == FactKind.REPLY && f.since() != null && (!first || f.firstReply()) && mine(f, users)) {
                counts[timeRange(figures.seconds(f.since(), f.at()))]++;
            }
        }
        return counts;
    }

    /** Resolved conversations by the replies their last close took, index 1-10 (10: ten or more). */
    int[] repliesToResolve(Set<Long> users) {
        if (facts == null) {
            return counted(users, null).repliesToResolve();
        }
        Map<Long, ReportFact> last = new HashMap<>();
        for (ReportFact f : facts) {
            if (f.kind() == FactKind.CLOSED && f.replies() != null && f.replies() > 0 && mine(f, users)) {
                last.put(f.conversationId(), f);
            }
        }
        int[] counts = new int[11];
        last.values().forEach(f -> counts[Math.min(10, f.replies())]++);
        return counts;
    }

    /** A bucket of a series: its period, its figures and its new conversations by type (the users' own, if any). */
    record Bucket(ReportPeriod period, Totals totals, int createdEmail, int createdChat, int createdPhone) {
    }

    /**
     * The period cut into {@code viewBy} buckets of the account's time zone, from the bucket holding the start to the
     * one holding the end, with the figures of {@code users}' acts (null: everyone's) counted over facts of
     * {@code kinds} only: the figures of other kinds are zeros.
     */
    List<Bucket> buckets(ViewBy viewBy, Set<Long> users, Set<FactKind> kinds) {
        Map<LocalDate, ReportPeriod> periods = new LinkedHashMap<>();
        LocalDate first = viewBy.bucket(LocalDate.ofInstant(period.start(), zone));
        LocalDate last = LocalDate.ofInstant(period.end().minusMillis(1), zone);
        for (LocalDate b = first; !b.isAfter(last); b = viewBy.next(b)) {
            periods.put(b, new ReportPeriod(b.atStartOfDay(zone).toInstant(),
                    viewBy.next(b).atStartOfDay(zone).toInstant()));
        }
        List<Bucket> buckets = new ArrayList<>();
        if (facts == null) {
            List<Long> starts = periods.keySet().stream().map(LocalDate::toEpochDay).toList();
            FactScope scoped = scope.forUsers(users).ofKinds(kinds);
            FactGrouping grouping = FactGrouping.buckets(viewBy, starts);
            Map<Long, FactCounts> counts = store.counts(scoped, grouping);
            OfficeDurations office = figures.officeHours() ? OfficeDurations.of(store, scoped, grouping, figures)
                    : null;
            periods.forEach((day, p) -> {
                FactCounts counted = counts.getOrDefault(day.toEpochDay(), FactCounts.NONE);
                FactCounts c = office == null ? counted : office.of(day.toEpochDay()).applyTo(counted);
                buckets.add(new Bucket(p, figures.totals(p, c), c.createdEmail(), c.createdChat(), c.createdPhone()));
            });
            return buckets;
        }
        Map<LocalDate, List<ReportFact>> byBucket = new LinkedHashMap<>();
        periods.keySet().forEach(day -> byBucket.put(day, new ArrayList<>()));
        for (ReportFact f : facts) {
            byBucket.computeIfAbsent(viewBy.bucket(LocalDate.ofInstant(f.at(), zone)), k -> new ArrayList<>()).add(f);
        }
        byBucket.forEach((day, bucketFacts) -> {
            ReportPeriod p = periods.getOrDefault(day, new ReportPeriod(day.atStartOfDay(zone).toInstant(),
                    viewBy.next(day).atStartOfDay(zone).toInstant()));
            buckets.add(new Bucket(p, figures.totals(p, bucketFacts, users), created(bucketFacts, "email", users),
                    created(bucketFacts, "chat", users), created(bucketFacts, "phone", users)));
        });
        return buckets;
    }

    private static int created(List<ReportFact> facts, String type, Set<Long> users) {
        return (int) facts.stream().filter(f -> f.kind() == FactKind.CREATED && type.equals(f.conversationType())
                && mine(f, users)).count();
    }

    private static boolean mine(ReportFact f, Set<Long> users) {
        return users == null || f.userId() != null && users.contains(f.userId());
    }

    static int timeRange(double seconds) {
        for (int i = 0; i < TIME_RANGES.length; i++) {
            if (seconds < TIME_RANGES[i] / 1000.0) {
                return i + 1;
            }
        }
        return TIME_RANGES.length + 1;
    }
}
