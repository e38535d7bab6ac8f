package io.frontdesk.report;

import io.frontdesk.conversation.FolderType;
import io.frontdesk.db.Database;
import io.frontdesk.db.Statements;
import io.frontdesk.report.jdbc.JdbcReportStore;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import io.frontdesk.testing.TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import static io.frontdesk.report.ReportTenants.conversation;
import static io.frontdesk.report.ReportTenants.retag;
import static io.frontdesk.report.ReportTenants.tagIds;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drilldowns selected in the database ({@link Drilldowns}) against the in-memory computation they replaced
 * ({@link MemoryDrilldowns}), the direct recomputation of issue #25: random facts of real and gone conversations over
 * a few days on a half-hour grid (many conversations share their last instant, and closes of one conversation share
 * theirs), written out of time order, with random tags, subjects, customers, users, waits and folder states; compared
 * for every drilldown, range and range id, under filters, in periods of whole days (counts from the rollups) and
 * not (counts from the facts), with office hours on and off, page by page with several page sizes, walked (grouped
 * when the walk passes its budget). Each selection's page is also read both ways the store can (a walk newest first,
 * a grouping per conversation), which must agree.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class DrilldownOracleTest {

    private static final Instant START = Instant.parse("2026-03-02T00:00:00Z"); // a Monday
    private static final List<Long> USERS = List.of(101L, 102L, 103L);
    private static final List<Long> MAILBOXES = List.of(1L, 2L, 3L);
    private static final long VIEWER = 102L;

    @Parameter
    Backend backend;

    private TestServer server;

    @BeforeEach
    void server() {
        server = backend.server();
    }

    @Test
    void drilldowns_in_the_database_equal_the_in_memory_ones() {
        Tenant tenant = server.newTenant();
        long account = tenant.accountId();
        Database db = server.app().database();
        ReportStore store = new JdbcReportStore(db);
        Random random = new Random(69);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            long id = conversation(tenant, "drill" + i % 7 + "@x.test");
            ids.add(id);
            Set<String> tags = new HashSet<>();
            for (String name : List.of("red", "blue", "green")) {
                if (random.nextInt(3) == 0) {
                    tags.add(name);
                }
            }
            tags.add(i % 9 == 0 ? "rare" : "red");
            retag(tenant, id, tags);
        }
        for (int i = 0; i < 12; i++) {
            ids.add(900_000_000L + i); // gone: counted, without a row
        }
        List<ReportFact> facts = facts(random, ids);
        List<SubjectFact> subjects = subjects(random, ids);
        db.inTransaction(() -> {
            facts.forEach(f -> store.insert(account, f));
            subjects.forEach(f -> store.insert(account, f));
            return null;
        });
        Map<String, Long> tagIds = tagIds(db, account);
        int compared = 0;
        for (String hours : new String[] {null, "mon-fri 09:00-17:00"}) {
            ReportSettings settings = server.app().reports().setOfficeHours(account, "UTC", hours);
            db.inTransaction(() -> store.foldRollups(account, 10_000));
            for (ReportFilter filter : filters(tagIds)) {
                // whole days (the counts from the rollups) and not (from the facts)
                for (ReportPeriod period : List.of(new ReportPeriod(START.minus(Duration.ofDays(1)),
                                START.plus(Duration.ofDays(6))),
                        new ReportPeriod(START.plus(Duration.ofHours(30)), START.plus(Duration.ofHours(77))))) {
                    // everyone's acts without a range are counted from the rollups (V73) over whole days, unfiltered
                    boolean wholeDays = period.start().equals(START.minus(Duration.ofDays(1)));
                    assertThat(store.actedConversations(FactScope.of(account, period, filter,
                            settings.zone()))).as("%s %s", filter, period)
                            .matches(n -> n.isPresent() == (wholeDays && filter.equals(ReportFilter.ALL)));
                    for (boolean officeHours : new boolean[] {false, true}) {
                        if (officeHours && hours == null) {
                            continue;
                        }
                        ReportQuery q = new ReportQuery(period, null, filter, officeHours, null, null);
                        compared += compare(store, account, q, settings, tagIds);
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(1_000);
    }

    /** Every drilldown of the query both ways, page by page; answers how many pages were compared. */
    private int compare(ReportStore store, long account, ReportQuery q, ReportSettings settings,
                        Map<String, Long> tagIds) {
        Drilldowns now = new Drilldowns(store, 3); // walks all but the smallest selections, grouping when it passes
        MemoryDrilldowns before = new MemoryDrilldowns(store);
        Figures figures = new Figures(settings, q.officeHours());
        String what = q.filter() + " " + q.current() + " officeHours " + q.officeHours();
        int compared = 0;
        compared += pages(what + " active", (p, r) -> now.active(account, q, p, r),
                (p, r) -> before.active(account, q, p, r));
        compared += pages(what + " created", (p, r) -> now.created(account, q, p, r),
                (p, r) -> before.created(account, q, p, r));
        for (long tag : tagIds.values()) {
            compared += pages(what + " tag " + tag, (p, r) -> now.field(account, q, DrillField.TAG, tag, p, r),
                    (p, r) -> before.field(account, q, DrillField.TAG, tag, p, r));
        }
        for (long customer = 1000; customer < 1004; customer++) {
            long c = customer;
            compared += pages(what + " customer " + c, (p, r) -> now.field(account, q, DrillField.CUSTOMER, c, p, r),
                    (p, r) -> before.field(account, q, DrillField.CUSTOMER, c, p, r));
        }
        for (long subject : new long[] {20, 21, 30, 32}) {
            DrillField field = subject < 30 ? DrillField.SAVED_REPLY : DrillField.WORKFLOW;
            compared += pages(what + " " + field + " " + subject,
                    (p, r) -> now.field(account, q, field, subject, p, r),
                    (p, r) -> before.field(account, q, field, subject, p, r));
        }
        List<Set<Long>> teams = Arrays.asList(null, Set.of(102L, 103L), Set.of(101L), Set.of());
        for (Set<Long> users : teams) {
            List<Object[]> ranges = new ArrayList<>();
            ranges.add(new Object[] {null, null});
            ranges.add(new Object[] {DrillRange.RESOLVED, null});
            if (users == null || users.size() == 2) { // every range of everyone's and a team's
                for (DrillRange range : DrillRange.values()) {
                    ranges.add(new Object[] {range, null});
                }
                // the waits are multiples of half an hour: ids 1 (none), 3 (30 min), 4, 6, 9 and 10 hold some
                for (int id : new int[] {0, 1, 2, 3, 10, 11}) {
                    ranges.add(new Object[] {DrillRange.REPLIES, id});
                }
                for (int id : new int[] {1, 3, 4, 6, 9, 10}) {
                    ranges.add(new Object[] {DrillRange.RESPONSE_TIME, id});
                }
                for (int id : new int[] {1, 4, 10}) {
                    ranges.add(new Object[] {DrillRange.FIRST_RESPONSE_TIME, id});
                }
            }
            for (Object[] r : ranges) {
                DrillRange range = (DrillRange) r[0];
                Integer id = (Integer) r[1];
                compared += pages(what + " users " + users + " " + range + " " + id,
                        (p, n) -> now.acts(account, q, users, range, id, figures, p, n),
                        (p, n) -> before.acts(account, q, users, range, id, figures, p, n));
            }
        }
        compared += bothWays(store, account, q, tagIds);
        return compared;
    }

    private interface Paged {
        DrillPage page(int page, int rows);
    }

    /** Every page of four rows, the first two of one and 25 rows, and one past the end of each. */
    private static int pages(String what, Paged now, Paged before) {
        int compared = 0;
        for (int rows : new int[] {1, 4, 25}) {
            DrillPage first = before.page(1, rows);
            for (int page = 1; page <= first.pages() + 1; page++) {
                if (rows != 4 && page > 2 && page <= first.pages()) {
                    continue;
                }
                assertThat(now.page(page, rows)).as(what + " page " + page + " of " + rows)
                        .isEqualTo(page == 1 ? first : before.page(page, rows));
                compared++;
            }
        }
        return compared;
    }

    /** Selections whose pages the walk and the grouping must both read alike, at every offset. */
    private static int bothWays(ReportStore store, long account, ReportQuery q, Map<String, Long> tagIds) {
        List<DrillSelection> selections = new ArrayList<>();
        DrillSelection activity = DrillSelection.of(account, q, Figures.ACTIVITY);
        selections.add(activity);
        selections.add(DrillSelection.of(account, new ReportQuery(q.current(), null,
                q.filter().withTags(Set.of(tagIds.get("rare"))), false, null, null), Figures.ACTIVITY));
        selections.add(activity.ofCustomer(1001));
        selections.add(DrillSelection.of(account, q, EnumSet.of(FactKind.CREATED, FactKind.REPLY, FactKind.CLOSED))
                .forUsers(null, true));
        DrillSelection closes = DrillSelection.of(account, q, EnumSet.of(FactKind.CLOSED));
        selections.add(closes.lastCloses(1, Integer.MAX_VALUE));
        selections.add(closes.forUsers(Set.of(101L, 103L), false).lastCloses(2, 2));
        selections.add(DrillSelection.of(account, q, EnumSet.of(FactKind.REPLY)).waits(false, 3_600_000L, null));
        selections.add(DrillSelection.of(account, q, EnumSet.of(FactKind.SAVED_REPLY)).aboutSubject(21));
        int compared = 0;
        for (DrillSelection s : selections) {
            int count = store.drillCount(s);
            List<Long> walked = store.drillPage(s, 0, count + 5, Long.MAX_VALUE);
            assertThat(walked).as("%s", s).hasSize(count).doesNotHaveDuplicates();
            assertThat(store.drillPage(s, 0, count + 5, 0)).as("%s", s).isEqualTo(walked);
            for (int offset = 0; offset <= count; offset += 3) {
                for (int limit : new int[] {1, 2, 5}) {
                    List<Long> expected = walked.subList(Math.min(offset, count), Math.min(offset + limit, count));
                    assertThat(store.drillPage(s, offset, limit, Long.MAX_VALUE)).as("%s %d %d", s, offset, limit)
                            .isEqualTo(expected);
                    assertThat(store.drillPage(s, offset, limit, 0)).as("%s %d %d", s, offset, limit)
                            .isEqualTo(expected);
                    compared++;
                }
            }
        }
        return compared;
    }

    private static List<ReportFilter> filters(Map<String, Long> tagIds) {
        return List.of(ReportFilter.ALL,
                new ReportFilter(Set.of(1L), Set.of(), Set.of()),
                new ReportFilter(Set.of(), Set.of("chat", "phone"), Set.of()),
                new ReportFilter(Set.of(), Set.of(), Set.of(tagIds.get("blue"))),
                new ReportFilter(Set.of(2L, 3L), Set.of(), Set.of(tagIds.get("red"), tagIds.get("rare"))),
                new ReportFilter(Set.of(), Set.of(), Set.of(), Set.of(new ReportFolder(1, FolderType.CLOSED, VIEWER),
                        new ReportFolder(2, FolderType.MINE, VIEWER))));
    }

    /**
     * Each conversation's facts on a half-hour grid: created, then customer messages, replies (with the customer's
     * wait when there was one), closes (now and then two at one instant, the later with more replies), reopenings and
     * ratings; its mailbox, type, customer, folder state and users changing now and then. Shuffled.
     */
    private static List<ReportFact> facts(Random random, List<Long> ids) {
        List<ReportFact> facts = new ArrayList<>();
        String[] types = {"email", "chat", "phone"};
        for (long c : ids) {
            long customer = 1000 + random.nextInt(5);
            String type = types[random.nextInt(3)];
            long mailbox = MAILBOXES.get(random.nextInt(MAILBOXES.size()));
            Instant at = START.plus(Duration.ofMinutes(30L * random.nextInt(5 * 48)));
            Instant created = at;
            Long starter = random.nextInt(4) == 0 ? user(random) : null;
            String[] status = {random.nextInt(5) == 0 ? null : "active"};
            Long[] assignee = {random.nextBoolean() ? user(random) : null};
            Function<ReportFact, ReportFact> state = f -> status[0] == null ? f : new ReportFact(f.kind(),
                    f.conversationId(), f.number(), f.mailboxId(), f.conversationType(), f.customerId(), f.userId(),
                    f.threadId(), f.at(), f.since(), f.replies(), f.firstReply(), f.rating(), f.comments(), status[0],
                    assignee[0]);
            facts.add(state.apply(fact(mailbox, FactKind.CREATED, c, customer, type, starter, at, null, null, false,
                    null)));
            int replies = 0;
            Instant waiting = starter == null ? at : null;
            for (int step = random.nextInt(10); step > 0; step--) {
                if (random.nextInt(8) == 0) {
                    mailbox = MAILBOXES.get(random.nextInt(MAILBOXES.size()));
                }
                if (random.nextInt(10) == 0) {
                    customer = 1000 + random.nextInt(5);
                }
                if (random.nextInt(4) == 0) {
                    assignee[0] = random.nextBoolean() ? user(random) : null;
                }
                // waits of every range: minutes to days, and now and then none (the same instant)
                at = at.plus(Duration.ofMinutes(30L * List.of(0, 1, 1, 2, 3, 5, 10, 20, 40, 70, 100).get(
                        random.nextInt(11))));
                Long who = random.nextInt(15) == 0 ? null : customer;
                switch (random.nextInt(6)) {
                    case 0 -> {
                        facts.add(state.apply(fact(mailbox, FactKind.CUSTOMER_MESSAGE, c, who, type, null, at, null,
                                null, false, null)));
                        waiting = waiting == null ? at : waiting;
                    }
                    case 1, 2 -> {
                        replies++;
                        facts.add(state.apply(fact(mailbox, FactKind.REPLY, c, who, type,
                                random.nextInt(10) == 0 ? null : user(random), at, waiting, replies,
                                starter == null && replies == 1, null)));
                        waiting = null;
                    }
                    case 3 -> {
                        status[0] = status[0] == null ? null : "closed";
                        Long user = random.nextInt(5) == 0 ? null : user(random);
                        facts.add(state.apply(fact(mailbox, FactKind.CLOSED, c, who, type, user, at, created,
                                replies, false, null)));
                        if (random.nextInt(3) == 0) {
                            facts.add(state.apply(fact(mailbox, FactKind.CLOSED, c, who, type, user(random), at,
                                    created, replies + random.nextInt(12), false, null)));
                        }
                    }
                    case 4 -> {
                        status[0] = status[0] == null ? null : "active";
                        facts.add(state.apply(fact(mailbox, FactKind.REOPENED, c, who, type, user(random), at, null,
                                null, false, null)));
                    }
                    default -> facts.add(state.apply(fact(mailbox, FactKind.RATED, c, who, type, user(random), at,
                            at.minusSeconds(600), null, false, RatingLevel.values()[random.nextInt(3)])));
                }
            }
        }
        Collections.shuffle(facts);
        return facts;
    }

    /** Saved replies 20-22 and workflows 30-32 on random conversations, some twice at one instant. */
    private static List<SubjectFact> subjects(Random random, List<Long> ids) {
        List<SubjectFact> facts = new ArrayList<>();
        for (long c : ids) {
            for (int i = random.nextInt(4); i > 0; i--) {
                FactKind kind = random.nextBoolean() ? FactKind.SAVED_REPLY : FactKind.WORKFLOW;
                long subject = (kind == FactKind.SAVED_REPLY ? 20 : 30) + random.nextInt(3);
                Instant at = START.plus(Duration.ofMinutes(30L * random.nextInt(5 * 48)));
                for (int times = random.nextInt(3) == 0 ? 2 : 1; times > 0; times--) {
                    facts.add(new SubjectFact(fact(MAILBOXES.get(random.nextInt(3)), kind, c,
                            1000L + random.nextInt(5), "email", user(random), at, null, null, false, null), subject));
                }
            }
        }
        Collections.shuffle(facts);
        return facts;
    }

    private static Long user(Random random) {
        return USERS.get(random.nextInt(USERS.size()));
    }

    private static ReportFact fact(long mailbox, FactKind kind, long conversation, Long customer, String type,
                                   Long user, Instant at, Instant since, Integer replies, boolean first,
                                   RatingLevel rating) {
        return new ReportFact(kind, conversation, conversation, mailbox, type, customer, user, null, at, since, replies,
                first, rating, null, null, null);
    }

}
