package io.frontdesk.report;

import io.frontdesk.report.jdbc.JdbcReportStore;
import io.frontdesk.testing.Backend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports count in the database (FactCountSql: local time as offset arithmetic, GROUP BY user or bucket, last
 * closes by window function) unless office hours need each fact; both ways must give the same figures. A random
 * fortnight of work at odd minutes across daylight-saving changes is counted both ways in zones whose offsets are
 * not whole hours (Asia/Kolkata +5:30, Australia/Lord_Howe with its half-hour shift, America/St_Johns −3:30 with
 * daylight time) and in Europe/Paris, for everyone, one user, two users and a filter, per period and per bucket; and
 * the ratings list sorted and paged in the database against the same ratings sorted here.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class DatabaseCountsTest {

    private static final Instant START = Instant.parse("2026-03-24T05:07:00Z");

    @Parameter
    Backend backend;

    @Test
    void counted_in_the_database_equals_counted_fact_by_fact() {
        try (ReportScenario s = new ReportScenario(backend, START)) {
            List<Long> users = List.of(s.tenant.owner().id(), s.user("Uma", "uma@c.test").id(),
                    s.user("Ivo", "ivo@c.test").id());
            Instant end = work(s, new Random(99), users);
            ReportStore store = new JdbcReportStore(s.server.app().database());
            ReportPeriod whole = new ReportPeriod(START.minus(Duration.ofDays(1)), end.plus(Duration.ofDays(1)));
            ReportPeriod inside = new ReportPeriod(START.plus(Duration.ofHours(50)), START.plus(Duration.ofDays(9)));
            List<ReportFilter> filters = List.of(ReportFilter.ALL,
                    new ReportFilter(Set.of(), Set.of("chat"), Set.of()),
                    new ReportFilter(Set.of(s.tenant.mailbox().id()), Set.of("email"), Set.of()));
            int compared = 0;
            for (String zone : List.of("Asia/Kolkata", "Australia/Lord_Howe", "America/St_Johns", "Europe/Paris")) {
                ReportSettings settings = s.reports().setOfficeHours(s.account(), zone, null);
                for (ReportFilter filter : filters) {
                    for (ReportPeriod period : List.of(whole, inside)) {
                        ReportQuery q = new ReportQuery(period, null, filter, false, null, null);
                        PeriodCounts db = PeriodCounts.of(store, s.account(), q, period, settings, false);
                        PeriodCounts facts = PeriodCounts.of(store, s.account(), q, period, settings, true);
                        compared += compare(db, facts, users, zone + " " + filter + " " + period);
                    }
                }
            }
            // in office hours: the counts from the store, the durations measured from its narrow stream of them
            // (OfficeDurations), against every fact read and measured here; hours across midnight and a short day
            int inOffice = 0;
            for (String zone : List.of("Australia/Lord_Howe", "Europe/Paris")) {
                ReportSettings settings = s.reports().setOfficeHours(s.account(), zone,
                        "mon-fri 08:30-12:00; mon-fri 13:00-18:15; sat 22:00-24:00; sun 00:00-02:45");
                for (ReportFilter filter : filters) {
                    for (ReportPeriod period : List.of(whole, inside)) {
                        ReportQuery q = new ReportQuery(period, null, filter, true, null, null);
                        PeriodCounts db = PeriodCounts.of(store, s.account(), q, period, settings, false);
                        PeriodCounts facts = PeriodCounts.of(store, s.account(), q, period, settings, true);
                        inOffice += compare(db, facts, users, zone + " office hours " + filter + " " + period);
                    }
                }
            }
            s.reports().setOfficeHours(s.account(), null, "none");
            assertThat(inOffice).as("figures compared in office hours").isGreaterThan(500);
            assertThat(compared).as("figures compared").isGreaterThan(1000);
            int ratings = 0;
            for (ReportFilter filter : filters) {
                for (ReportPeriod period : List.of(whole, inside)) {
                    ratings += compareRatings(store, s.account(), period, filter, users);
                }
            }
            assertThat(ratings).as("ratings compared").isGreaterThan(50);
        }
    }

    /** Every figure both ways; answers how many were compared. */
    private static int compare(PeriodCounts db, PeriodCounts facts, List<Long> users, String what) {
        int compared = 0;
        List<Set<Long>> scopes = new ArrayList<>();
        scopes.add(null);
        scopes.add(Set.of(users.get(1)));
        scopes.add(Set.of(users.get(0), users.get(2)));
        for (Set<Long> scope : scopes) {
            String as = what + " users " + scope;
            assertThat(db.totals(scope)).as(as).isEqualTo(facts.totals(scope));
            assertThat(db.responseRanges(scope, false)).as(as).isEqualTo(facts.responseRanges(scope, false));
            assertThat(db.responseRanges(scope, true)).as(as).isEqualTo(facts.responseRanges(scope, true));
            assertThat(db.repliesToResolve(scope)).as(as).isEqualTo(facts.repliesToResolve(scope));
            compared += 4;
            for (ViewBy viewBy : ViewBy.values()) {
                List<PeriodCounts.Bucket> all = facts.buckets(viewBy, scope, EnumSet.allOf(FactKind.class));
                assertThat(db.buckets(viewBy, scope, EnumSet.allOf(FactKind.class))).as(as + " " + viewBy)
                        .isEqualTo(all);
                for (SeriesFigure figure : SeriesFigure.values()) {
                    List<Double> expected = all.stream().map(b -> figure.of(b.totals())).toList();
                    assertThat(db.buckets(viewBy, scope, figure.kinds()).stream().map(b -> figure.of(b.totals()))
                            .toList()).as(as + " " + viewBy + " " + figure).isEqualTo(expected);
                    compared += expected.size();
                }
            }
        }
        assertThat(db.byUser()).as(what).isEqualTo(facts.byUser());
        assertThat(db.createdSlots()).as(what).isDeepEqualTo(facts.createdSlots());
        compared += TopCustomersCheck.assertSameTopCustomers(db, facts, what);
        assertThat(facts.totals(null).totalConversations()).as(what + ": facts to count").isPositive();
        return compared + 2;
    }

    /**
     * The ratings list's pages as the store sorts and cuts them, against every rating read and sorted here, for each
     * order, direction, level and users; pages of two, so every page boundary is crossed. Answers the ratings shown.
     */
    private static int compareRatings(ReportStore store, long account, ReportPeriod period, ReportFilter filter,
                                      List<Long> users) {
        List<ReportFact> rated = store.facts(account, EnumSet.of(FactKind.RATED), period.start(), period.end(),
                filter);
        List<RatingLevel> levels = new ArrayList<>(List.of(RatingLevel.values()));
        levels.add(null);
        List<Set<Long>> whose = new ArrayList<>();
        whose.add(null);
        whose.add(Set.of(users.get(1)));
        whose.add(Set.of(users.get(0), users.get(2)));
        whose.add(Set.of());
        int shown = 0;
        for (RatingSort sort : RatingSort.values()) {
            for (boolean ascending : List.of(true, false)) {
                for (RatingLevel level : levels) {
                    for (Set<Long> by : whose) {
                        List<ReportFact> expected = rated.stream()
                                .filter(f -> level == null || f.rating() == level)
                                .filter(f -> by == null || f.userId() != null && by.contains(f.userId()))
                                .sorted(order(sort, ascending)).toList();
                        RatingQuery q = new RatingQuery(account, period.start(), period.end(), filter, level, by,
                                sort, ascending);
                        String as = q.toString();
                        for (int offset = 0; offset <= expected.size(); offset += 2) {
                            RatingPage page = store.ratings(q, offset, 2);
                            assertThat(page.count()).as(as).isEqualTo(expected.size());
                            assertThat(page.ratings()).as(as + " from " + offset)
                                    .isEqualTo(expected.subList(offset, Math.min(expected.size(), offset + 2)));
                            shown += page.ratings().size();
                        }
                    }
                }
            }
        }
        return shown;
    }

    /** The ratings list's order spelled here: the key, then rating time, then conversation; stable beyond. */
    private static Comparator<ReportFact> order(RatingSort sort, boolean ascending) {
        Comparator<ReportFact> by = switch (sort) {
            case NUMBER -> Comparator.comparingLong(ReportFact::number);
            case MODIFIED_AT -> Comparator.comparing(ReportFact::at);
            case RATING -> Comparator.comparing(ReportFact::rating);
        };
        by = by.thenComparing(ReportFact::at).thenComparingLong(ReportFact::conversationId);
        return ascending ? by : by.reversed();
    }

    /** A fortnight of conversations, messages, replies, closes, reopenings and chat ratings; answers its end. */
    private static Instant work(ReportScenario s, Random random, List<Long> users) {
        List<String> customers = List.of("a@c.test", "b@c.test", "c@c.test", "d@c.test", "e@c.test");
        List<long[]> open = new ArrayList<>();
        List<long[]> closedChats = new ArrayList<>();
        Instant now = START;
        for (int i = 0; i < 70; i++) {
            now = now.plus(Duration.ofMinutes(7 + random.nextInt(600)));
            s.at(now);
            int choice = open.isEmpty() ? 0 : random.nextInt(10);
            String customer = customers.get(random.nextInt(customers.size()));
            long user = users.get(random.nextInt(users.size()));
            if (choice <= 1) {
                open.add(random.nextInt(4) == 0 ? s.userStarts(customer, user)
                        : s.customerStarts(customer, random.nextBoolean() ? "email" : "chat"));
                continue;
            }
            long[] c = open.get(random.nextInt(open.size()));
            if (choice <= 3) {
                s.customerWrites(c);
            } else if (choice <= 6) {
                s.reply(c, user);
            } else if (choice <= 8) {
                s.status(c, "closed");
                open.remove(c);
                if (s.v2.get("/v2/conversations/" + c[0]).json().get("type").asText().equals("chat")) {
                    closedChats.add(c);
                }
            } else if (!closedChats.isEmpty()) {
                long[] chat = closedChats.remove(random.nextInt(closedChats.size()));
                s.rate(chat, random.nextBoolean() ? "great" : "poor");
                s.at(now.plus(Duration.ofMinutes(1)));
                s.customerWrites(chat);
                open.add(chat);
            }
        }
        return now;
    }
}
