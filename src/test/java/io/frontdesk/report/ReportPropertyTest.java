package io.frontdesk.report;

import io.frontdesk.testing.Backend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random days of work, from fixed seeds: conversations started by customers and users, customer messages, replies by
 * three users, closes (with reopenings by customers) and pendings, each at a random later minute. The test keeps its
 * own timeline of what it did and recomputes each figure from it directly, by the definitions of docs/reports.md,
 * for the whole run and for windows inside it; the reports must agree.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class ReportPropertyTest {

    private static final Instant START = Instant.parse("2026-05-04T06:00:00Z");

    @Parameter
    Backend backend;

    /** What the test did, as it did it. */
    private record Step(String kind, int conversation, Instant at, Long user) {
    }

    private static final class Convo {
        long[] ids;
        String customer;
        boolean byCustomer;
        Instant createdAt;
        boolean closed;
    }

    @Test
    void figures_agree_with_a_direct_recomputation() {
        for (long seed : new long[]{7, 1234}) {
            try (ReportScenario s = new ReportScenario(backend, START)) {
                run(s, new Random(seed), seed);
            }
        }
    }

    private void run(ReportScenario s, Random random, long seed) {
        List<Long> users = List.of(s.tenant.owner().id(), s.user("Uma", "uma@p.test").id(),
                s.user("Ivo", "ivo@p.test").id());
        List<String> customers = List.of("a@p.test", "b@p.test", "c@p.test", "d@p.test");
        List<Convo> convos = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        Instant now = START;
        for (int i = 0; i < 60; i++) {
            now = now.plus(Duration.ofMinutes(1 + random.nextInt(240)));
            s.at(now);
            int choice = convos.isEmpty() ? 0 : random.nextInt(10);
            if (choice <= 1) {
                Convo c = new Convo();
                c.customer = customers.get(random.nextInt(customers.size()));
                c.byCustomer = choice == 0 || random.nextBoolean();
                c.createdAt = now;
                Long user = null;
                if (c.byCustomer) {
                    c.ids = s.customerStarts(c.customer, random.nextBoolean() ? "email" : "chat");
                } else {
                    user = users.get(random.nextInt(users.size()));
                    c.ids = s.userStarts(c.customer, user);
                }
                convos.add(c);
                steps.add(new Step("created", convos.size() - 1, now, user));
                steps.add(new Step(c.byCustomer ? "customer" : "reply", convos.size() - 1, now, user));
                continue;
            }
            int n = random.nextInt(convos.size());
            Convo c = convos.get(n);
            if (choice <= 4) {
                s.customerWrites(c.ids);
                steps.add(new Step("customer", n, now, null));
                c.closed = false; // a customer's message reopens a closed conversation
            } else if (choice <= 6 && !c.closed) {
                long user = users.get(random.nextInt(users.size()));
                s.reply(c.ids, user);
                steps.add(new Step("reply", n, now, user));
            } else if (choice <= 8 && !c.closed) {
                s.status(c.ids, "closed");
                steps.add(new Step("closed", n, now, s.tenant.owner().id()));
                c.closed = true;
            } else if (!c.closed) {
                s.status(c.ids, "pending");
            }
        }
        Instant end = now.plusSeconds(60);
        List<ReportPeriod> periods = List.of(new ReportPeriod(START, end),
                new ReportPeriod(START.plus(Duration.between(START, end).dividedBy(3)),
                        START.plus(Duration.between(START, end).dividedBy(3).multipliedBy(2))));
        for (ReportPeriod period : periods) {
            Totals actual = s.reports().overall(s.account(), new ReportQuery(period, null, ReportFilter.ALL, false,
                    null, null)).current();
            Expected expected = expected(steps, convos, period);
            String what = "seed " + seed + ", " + period;
            if (period == periods.get(0)) {
                assertThat(expected.resolution).as("the run resolves something: " + what).isNotEmpty();
                assertThat(expected.firstWaits).as("and answers customers: " + what).isNotEmpty();
            }
            assertThat(actual.conversationsCreated()).as(what).isEqualTo(expected.created);
            assertThat(actual.totalConversations()).as(what).isEqualTo(expected.active.size());
            assertThat(actual.customers()).as(what).isEqualTo(expected.customers.size());
            assertThat(actual.totalReplies()).as(what).isEqualTo(expected.replies);
            assertThat(actual.customersHelped()).as(what).isEqualTo(expected.helped.size());
            assertThat(actual.totalUsers()).as(what).isEqualTo(expected.repliers.size());
            assertThat(actual.closed()).as(what).isEqualTo(expected.closed.size());
            assertThat(actual.resolved()).as(what).isEqualTo(expected.resolution.size());
            assertThat(actual.resolvedOnFirstReply()).as(what).isEqualTo(expected.resolvedOnFirst());
            assertThat(actual.resolutionTime()).as(what).isEqualTo(average(expected.resolution.values()));
            assertThat(actual.repliesToResolve()).as(what).isEqualTo(average(expected.resolveReplies.values()));
            assertThat(actual.responseTime()).as(what).isEqualTo(average(expected.waits));
            assertThat(actual.firstResponseTime()).as(what).isEqualTo(average(expected.firstWaits));
            assertThat(actual.customerMessages()).as(what).isEqualTo(expected.received);
        }
    }

    private static final class Expected {
        int created;
        int replies;
        int received;
        Set<Integer> active = new HashSet<>();
        Set<String> customers = new HashSet<>();
        Set<String> helped = new HashSet<>();
        Set<Long> repliers = new HashSet<>();
        Set<Integer> closed = new HashSet<>();
        Map<Integer, Double> resolution = new HashMap<>();
        Map<Integer, Double> resolveReplies = new HashMap<>();
        List<Double> waits = new ArrayList<>();
        List<Double> firstWaits = new ArrayList<>();

        int resolvedOnFirst() {
            return (int) resolveReplies.values().stream().filter(r -> r == 1.0).count();
        }
    }

    /** Each figure straight from the timeline, by its definition. */
    private static Expected expected(List<Step> steps, List<Convo> convos, ReportPeriod period) {
        Expected e = new Expected();
        for (int n = 0; n < convos.size(); n++) {
            Convo c = convos.get(n);
            int replies = 0;
            Instant waitingSince = null;
            for (Step step : steps) {
                if (step.conversation != n) {
                    continue;
                }
                boolean in = !step.at.isBefore(period.start()) && step.at.isBefore(period.end());
                if (in) {
                    e.active.add(n);
                    e.customers.add(c.customer);
                }
                switch (step.kind) {
                    case "created" -> e.created += in ? 1 : 0;
                    case "customer" -> {
                        e.received += in ? 1 : 0;
                        if (waitingSince == null) {
                            waitingSince = step.at;
                        }
                    }
                    case "reply" -> {
                        if (in) {
                            e.replies++;
                            e.helped.add(c.customer);
                            e.repliers.add(step.user);
                            if (waitingSince != null) {
                                double wait = Duration.between(waitingSince, step.at).toMillis() / 1000.0;
                                e.waits.add(wait);
                                if (c.byCustomer && replies == 0) {
                                    e.firstWaits.add(wait);
                                }
                            }
                        }
                        replies++;
                        waitingSince = null;
                    }
                    case "closed" -> {
                        if (in) {
                            e.closed.add(n);
                            if (replies > 0) {
                                e.resolution.put(n, Duration.between(c.createdAt, step.at).toMillis() / 1000.0);
                                e.resolveReplies.put(n, (double) replies);
                            }
                        }
                    }
                    default -> throw new IllegalStateException(step.kind);
                }
            }
        }
        return e;
    }

    private static Double average(java.util.Collection<Double> values) {
        return values.isEmpty() ? null : Figures.round(values.stream().mapToDouble(Double::doubleValue).sum()
                / values.size());
    }
}
