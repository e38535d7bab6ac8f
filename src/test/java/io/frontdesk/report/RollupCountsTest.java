package io.frontdesk.report;

import io.frontdesk.conversation.FolderType;
import io.frontdesk.db.Database;
import io.frontdesk.db.Statements;
import io.frontdesk.report.jdbc.JdbcReportStore;
import io.frontdesk.testing.Await;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static io.frontdesk.report.ReportTenants.conversation;
import static io.frontdesk.report.ReportTenants.retag;
import static io.frontdesk.report.ReportTenants.tagIds;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rollups (docs/reports.md, "Speed: rollups") against the facts they summarise: random facts at odd minutes,
 * written out of time order (as imports write them), with ties between closes, are counted from the rollups and from
 * the facts (the oracle, {@code JdbcReportStore(db, false)}) over whole local days in zones with half-hour offsets and
 * daylight-saving changes, for everyone, one user and each user, per period and per day, week and month bucket. The
 * facts are written pending and read before any fold job ran (a report folds them first), or with a backlog too large
 * to fold (a report counts the facts); the rollups folded batch by batch, beside concurrent writers, must equal the
 * ones of a rebuild.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class RollupCountsTest {

    private static final Instant START = Instant.parse("2026-03-20T03:07:00Z");
    private static final List<Long> USERS = List.of(101L, 102L, 103L);
    private static final List<Long> MAILBOXES = List.of(1L, 2L, 3L);

    /** Every kind of mailbox/type filter the cells answer: single and multi-value, alone and combined. */
    private static final List<ReportFilter> FILTERS = List.of(
            new ReportFilter(Set.of(1L), Set.of(), Set.of()),
            new ReportFilter(Set.of(1L, 2L), Set.of(), Set.of()),
            new ReportFilter(Set.of(), Set.of("email"), Set.of()),
            new ReportFilter(Set.of(), Set.of("chat", "phone"), Set.of()),
            new ReportFilter(Set.of(2L), Set.of("email"), Set.of()),
            new ReportFilter(Set.of(1L, 3L), Set.of("email", "chat"), Set.of()),
            new ReportFilter(Set.of(1L, 2L, 3L, 9L), Set.of("phone"), Set.of()),
            new ReportFilter(Set.of(9L), Set.of(), Set.of()),
            // the folder cells (V57): one folder, several, Mine (a viewer's, one with none), overlapping folders of a
            // mailbox, with mailboxes and types, Drafts (no fact is in it) alone and with another
            folders(Set.of(), Set.of(), folder(1, FolderType.UNASSIGNED)),
            folders(Set.of(), Set.of(), folder(2, FolderType.ASSIGNED)),
            folders(Set.of(), Set.of(), folder(1, FolderType.CLOSED), folder(3, FolderType.SPAM)),
            folders(Set.of(), Set.of(), folder(1, FolderType.MINE), folder(1, FolderType.UNASSIGNED),
                    folder(2, FolderType.CLOSED)),
            folders(Set.of(), Set.of(), folder(3, FolderType.MINE), folder(3, FolderType.ASSIGNED)),
            // read per folder branch on PostgreSQL: Mine kept beside another mailbox's Assigned, left out beside its own
            folders(Set.of(), Set.of(), folder(1, FolderType.MINE), folder(2, FolderType.ASSIGNED),
                    folder(2, FolderType.MINE), folder(3, FolderType.UNASSIGNED)),
            folders(Set.of(), Set.of(), new ReportFolder(2, FolderType.MINE, 999)),
            folders(Set.of(1L), Set.of("email"), folder(1, FolderType.CLOSED), folder(2, FolderType.ASSIGNED)),
            folders(Set.of(), Set.of("chat", "phone"), folder(1, FolderType.ASSIGNED), folder(2, FolderType.UNASSIGNED),
                    folder(3, FolderType.CLOSED)),
            folders(Set.of(), Set.of(), folder(1, FolderType.DRAFTS)),
            folders(Set.of(), Set.of(), folder(2, FolderType.DRAFTS), folder(2, FolderType.SPAM)));

    /** The user whose Mine the folder filters' Mine is. */
    private static final long VIEWER = 102L;

    @Parameter
    Backend backend;

    private static ReportFolder folder(long mailbox, FolderType type) {
        return new ReportFolder(mailbox, type, VIEWER);
    }

    private static ReportFilter folders(Set<Long> mailboxes, Set<String> types, ReportFolder... folders) {
        return new ReportFilter(mailboxes, types, Set.of(), Set.of(folders));
    }

    private TestServer server;

    // the shared server of the backend: a server started in a @BeforeAll of a per-class instance was SQLite's in both
    // runs, the parameter not being set yet
    @BeforeEach
    void server() {
        server = backend.server();
    }

    @Test
    void rollups_count_what_the_facts_count_in_every_zone() {
        long account = server.newTenant().accountId();
        Database db = server.app().database();
        ReportStore rollups = new JdbcReportStore(db);
        ReportStore oracle = new JdbcReportStore(db, false);
        Random random = new Random(42);
        write(db, rollups, account, facts(random, 0, 30));
        // an account's first fold starts its rollups: SQLite folds its facts, PostgreSQL recomputes them set-wise
        db.inTransaction(() -> rollups.foldRollups(account, 1_000));
        assertThat(zone(db, account)).isEqualTo("UTC");
        write(db, rollups, account, facts(random, 30, 30));
        assertThat(pending(db, account)).as("written, not folded").isPositive();
        int compared = compareAll(rollups, oracle, account, ZoneId.of("UTC")); // folded by the first read
        assertThat(pending(db, account)).isZero();
        assertThat(rollups.actedConversations(FactScope.of(account, wholeDays(ZoneId.of("UTC"), 0, 60),
                ReportFilter.ALL, ZoneId.of("UTC")))).as("from the rollups").isPresent();
        assertThat(keptEqualsRebuilt(db, server.app().reports(), account)).isTrue();
        long next = 60;
        for (String zone : List.of("Asia/Kolkata", "Australia/Lord_Howe", "America/St_Johns", "Europe/Paris")) {
            server.app().reports().setOfficeHours(account, zone, null); // starts the rollups over in the new zone
            // counted from the facts until a fold (the job's, or this one) rebuilds them in the new zone
            db.inTransaction(() -> rollups.foldRollups(account, 1_000));
            assertThat(zone(db, account)).isEqualTo(zone);
            write(db, rollups, account, facts(random, next, 25)); // folded beside the fold job's batches
            next += 25;
            compared += compareAll(rollups, oracle, account, ZoneId.of(zone));
            assertThat(keptEqualsRebuilt(db, server.app().reports(), account)).as(zone).isTrue();
        }
        assertThat(compared).isGreaterThan(500);
        // what answered was the rollups: without the facts they still give the same figures
        ReportSettings paris = server.app().reports().settings(account);
        ReportPeriod period = wholeDays(ZoneId.of("Europe/Paris"), 0, 26);
        Totals before = counts(oracle, account, paris, period).totals(null);
        ReportFilter filter = new ReportFilter(Set.of(1L, 3L), Set.of("email", "chat"), Set.of());
        Totals filtered = counts(oracle, account, paris, period, filter).totals(null);
        TopCustomers customers = counts(oracle, account, paris, period, filter).topCustomers(Integer.MAX_VALUE);
        assertThat(filtered.totalConversations()).isPositive();
        ReportFilter inFolders = folders(Set.of(), Set.of(), folder(1, FolderType.MINE), folder(2, FolderType.CLOSED));
        Totals foldered = counts(oracle, account, paris, period, inFolders).totals(null);
        assertThat(foldered.totalConversations()).isPositive();
        int acted = actedCount(oracle, account, period);
        assertThat(acted).isPositive();
        db.inTransaction(() -> db.withStatements(s -> s.update("DELETE FROM report_facts WHERE account_id = ?",
                Statements.params(account))));
        assertThat(counts(rollups, account, paris, period).totals(null)).isEqualTo(before);
        assertThat(counts(rollups, account, paris, period, filter).totals(null)).isEqualTo(filtered);
        assertThat(counts(rollups, account, paris, period, filter).topCustomers(Integer.MAX_VALUE))
                .isEqualTo(customers);
        assertThat(counts(rollups, account, paris, period, inFolders).totals(null)).isEqualTo(foldered);
        // a report showing some distinct counts has those from the cells, and the others not counted
        Set<DistinctCount> email = EnumSet.of(DistinctCount.CONVERSATIONS, DistinctCount.CLOSED,
                DistinctCount.RESOLVED);
        assertThat(counts(rollups, account, paris, period, filter).totals(null, email))
                .isEqualTo(only(filtered, email));
        assertThat(rollups.actedConversations(FactScope.of(account, period, ReportFilter.ALL, paris.zone())))
                .contains(acted);
        assertThat(counts(oracle, account, paris, period).totals(null).totalConversations()).isZero();
    }

    @Test
    void concurrent_writers_keep_the_rollups_exact() throws Exception {
        long account = server.newTenant().accountId();
        Database db = server.app().database();
        ReportStore rollups = new JdbcReportStore(db);
        Random random = new Random(7);
        write(db, rollups, account, facts(random, 0, 1));
        List<ReportFact> facts = facts(random, 0, 40);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                List<ReportFact> mine = facts.subList(t * facts.size() / 4, (t + 1) * facts.size() / 4);
                done.add(pool.submit(() -> mine.forEach(f -> db.inTransaction(() -> {
                    rollups.insert(account, f);
                    return null;
                }))));
            }
            AtomicBoolean writing = new AtomicBoolean(true);
            // a folder beside them, in small batches: facts commit out of id order on PostgreSQL
            Future<Integer> folder = pool.submit(() -> {
                int folded = 0;
                while (writing.get()) {
                    folded += db.inTransaction(() -> rollups.foldRollups(account, 3));
                }
                return folded;
            });
            for (Future<?> f : done) {
                f.get();
            }
            writing.set(false);
            assertThat(folder.get()).as("folded while writers wrote").isPositive();
        } finally {
            pool.shutdown();
        }
        assertThat(compareAll(rollups, new JdbcReportStore(db, false), account, ZoneId.of("UTC"))).isPositive();
        assertThat(keptEqualsRebuilt(db, server.app().reports(), account)).isTrue();
    }

    @Test
    void a_large_backlog_is_counted_from_the_facts_until_it_is_folded() {
        long account = server.newTenant().accountId();
        Database db = server.app().database();
        ReportStore rollups = new JdbcReportStore(db);
        ReportStore oracle = new JdbcReportStore(db, false);
        Random random = new Random(11);
        write(db, rollups, account, facts(random, 0, 1));
        server.app().reports().rebuildRollups(account); // rollups kept, in UTC
        List<ReportFact> facts = new ArrayList<>();
        for (long c = 1; facts.size() <= JdbcReportStore.RAW_ABOVE; c += 100) {
            facts.addAll(facts(random, c, 100));
        }
        write(db, rollups, account, facts);
        long backlog = pending(db, account);
        assertThat(backlog).isGreaterThan(JdbcReportStore.RAW_ABOVE);
        assertThat(compareAll(rollups, oracle, account, ZoneId.of("UTC"))).isPositive();
        assertThat(pending(db, account)).as("a report does not wait on a long fold").isEqualTo(backlog);
        // folded below the threshold, reads fold the rest and read the rollups
        while (pending(db, account) > 100) {
            db.inTransaction(() -> rollups.foldRollups(account, 500));
        }
        assertThat(compareAll(rollups, oracle, account, ZoneId.of("UTC"))).isPositive();
        assertThat(pending(db, account)).isZero();
        assertThat(keptEqualsRebuilt(db, server.app().reports(), account)).isTrue();
    }

    @Test
    void the_write_path_writes_the_fact_and_its_pending_row_only_and_the_fold_job_folds_it() {
        Tenant tenant = server.newTenant();
        long account = tenant.accountId();
        Database db = server.app().database();
        ReportStore store = new JdbcReportStore(db);
        db.inTransaction(() -> {
            facts(new Random(3), 0, 2).forEach(f -> store.insert(account, f));
            db.withStatements(s -> {
                for (String table : List.of("report_rollups", "report_rollup_keys", "report_customer_keys",
                        "report_rollup_state", "report_scoped_rollups", "report_scoped_keys", "report_folder_rollups",
                        "report_folder_keys", "report_tag_rollups", "report_tag_keys", "report_tag_folded",
                        "report_tag_subjects", "report_tag_customer_keys")) {
                    assertThat(s.returningLong("SELECT COUNT(*) FROM " + table + " WHERE account_id = ?",
                            Statements.params(account))).as(table).isZero();
                }
                if (backend == Backend.POSTGRESQL) {
                    assertThat(s.returningLong("SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory'"
                            + " AND pid = pg_backend_pid()", List.of())).as("advisory locks held").isZero();
                }
                return null;
            });
            return null;
        });
        long written = pending(db, account);
        assertThat(written).isEqualTo(facts(new Random(3), 0, 2).size());
        // a write through the API queues the fold job after its commit, which folds everything pending
        conversation(tenant, "fold@x.test");
        Await.until("the fold job", Duration.ofSeconds(10), () -> pending(db, account) == 0);
        assertThat(zone(db, account)).isEqualTo("UTC");
        assertThat(compareAll(store, new JdbcReportStore(db, false), account, ZoneId.of("UTC"))).isPositive();
    }

    /**
     * The tags filter means the tags a conversation carries now (docs/reports.md, "The tags filter"): counted with
     * it, an account's figures are those of an account holding only the facts of the conversations that carry one of
     * the tags now, counted with no tag filter. Random facts of real conversations (conversation_tags refers to them),
     * tagged at random, compared alone and with a mailbox or type filter; then tags are put on and taken off, with a
     * fold between, and compared again.
     */
    @Test
    void tag_filters_count_the_facts_of_the_conversations_carrying_the_tags_now() {
        Tenant tenant = server.newTenant();
        long account = tenant.accountId();
        Database db = server.app().database();
        ReportStore store = new JdbcReportStore(db);
        ReportStore oracle = new JdbcReportStore(db, false);
        Random random = new Random(25);
        List<String> names = List.of("red", "blue", "green");
        List<Long> ids = new ArrayList<>();
        Map<Long, Set<String>> tagsNow = new HashMap<>();
        for (int i = 0; i < 14; i++) {
            Set<String> tags = randomTags(random, names);
            long id = conversation(tenant, "tag" + i + "@x.test");
            ids.add(id);
            retag(tenant, id, tags);
            tagsNow.put(id, tags);
        }
        write(db, store, account, factsOf(ids, facts(random, 0, ids.size())));
        Map<String, Long> tagIds = tagIds(db, account);
        assertThat(tagIds.keySet()).containsExactlyInAnyOrderElementsOf(names);
        int compared = compareTagged(db, store, oracle, account, tagsNow, tagIds);
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 5; i++) { // tags put on and taken off: the filter reads them as they are now
                long id = ids.get(random.nextInt(ids.size()));
                Set<String> tags = randomTags(random, names);
                retag(tenant, id, tags);
                tagsNow.put(id, tags);
            }
            db.inTransaction(() -> store.foldRollups(account, 1_000));
            compared += compareTagged(db, store, oracle, account, tagsNow, tagIds);
        }
        assertThat(compared).isGreaterThan(200);
    }

    /**
     * The tag cells (V59) stay exact through every way a conversation's tags change: tags put on and taken off (folded,
     * and read while marks and facts are pending), a merge (the survivor gains the source's tags), a conversation's
     * deletion (its tags cascade away), a tag's deletion and a new tag of the same name. After each, every figure for a
     * single tag (read from its cells), for two tags and beside a mailbox or type filter (counted from the facts) is
     * compared with an account holding only the tagged conversations' facts, and the cells kept batch by batch must
     * equal a rebuild's (set-wise on PostgreSQL, fact by fact on SQLite) and a rebuild at once (set-wise on both).
     */
    @Test
    void tag_cells_stay_exact_when_tags_change_conversations_merge_or_go_and_tags_are_deleted() {
        Tenant tenant = server.newTenant();
        long account = tenant.accountId();
        Database db = server.app().database();
        ReportStore store = new JdbcReportStore(db);
        ReportStore oracle = new JdbcReportStore(db, false);
        Random random = new Random(59);
        List<String> names = List.of("red", "blue", "green");
        List<Long> ids = new ArrayList<>();
        Map<Long, Set<String>> tagsNow = new HashMap<>();
        for (int i = 0; i < 16; i++) {
            long id = conversation(tenant, "cell" + i % 5 + "@x.test");
            ids.add(id);
            Set<String> tags = randomTags(random, names);
            tags.add(names.get(i % 3)); // every tag on some conversation
            retag(tenant, id, tags);
            tagsNow.put(id, tags);
        }
        write(db, store, account, factsOf(ids, facts(random, 0, ids.size())));
        writeSubjects(db, store, account, subjectFacts(random, ids));
        Map<String, Long> tagIds = tagIds(db, account);
        int compared = compareTagged(db, store, oracle, account, tagsNow, tagIds);
        assertThat(keptEqualsRebuilt(db, server.app().reports(), account)).isTrue();
        // tags put on and taken off, some while their conversations' new facts are pending: read before any fold
        for (int i = 0; i < 6; i++) {
            long id = ids.get(random.nextInt(ids.size()));
            Set<String> tags = randomTags(random, names);
            retag(tenant, id, tags);
            tagsNow.put(id, tags);
        }
        write(db, store, account, factsOf(ids, facts(random, 0, ids.size())));
        writeSubjects(db, store, account, subjectFacts(random, ids));
        // The retags above went through the API, which queues the account's fold job 200 ms after its first write;
        // on a busy machine that job may fold the marks before this read does. Either way the figures must match.
        boolean pending = marks(db, account) > 0;
        compared += compareTagged(db, store, oracle, account, tagsNow, tagIds);
        if (pending) {
            assertThat(marks(db, account)).as("folded by the first read of a tag's cells").isZero();
        }
        assertThat(keptEqualsRebuilt(db, server.app().reports(), account)).isTrue();
        // a merge: the survivor gains the tags it lacked
        long source = ids.get(1);
        long target = ids.get(2);
        retag(tenant, source, Set.of("red", "green"));
        retag(tenant, target, Set.of("blue"));
        server.app().conversations().merge(account, source, target);
        tagsNow.put(source, new HashSet<>(Set.of("red", "green")));
        tagsNow.put(target, new HashSet<>(Set.of("red", "green", "blue")));
        db.inTransaction(() -> store.foldRollups(account, 1_000));
        compared += compareTagged(db, store, oracle, account, tagsNow, tagIds);
        assertThat(keptEqualsRebuilt(db, server.app().reports(), account)).isTrue();
        // a conversation gone (an account's or sandbox's delete): its tags cascade away, its facts stay
        long gone = ids.get(3);
        retag(tenant, gone, Set.of("red", "blue", "green"));
        db.inTransaction(() -> store.foldRollups(account, 1_000));
        db.inTransaction(() -> db.withStatements(s -> s.update("DELETE FROM conversations WHERE id = ?",
                Statements.params(gone))));
        tagsNow.put(gone, new HashSet<>());
        compared += compareTagged(db, store, oracle, account, tagsNow, tagIds);
        assertThat(keptEqualsRebuilt(db, server.app().reports(), account)).isTrue();
        // a tag deleted: its cells go with it and its conversations need no mark; then a new tag of the same name
        long blue = tagIds.get("blue");
        db.inTransaction(() -> store.foldRollups(account, 1_000));
        server.app().tags().delete(account, null, blue);
        tagsNow.values().forEach(tags -> tags.remove("blue"));
        assertThat(marks(db, account)).as("a tag's delete marks no conversation").isZero();
        ReportSettings utc = new ReportSettings(ZoneId.of("UTC"), OfficeHours.NONE);
        ReportPeriod month = wholeDays(ZoneId.of("UTC"), -1, 30);
        ReportFilter deleted = new ReportFilter(Set.of(), Set.of(), Set.of(blue));
        compareFiltered(counts(store, account, utc, month, deleted), counts(oracle, account, utc, month, deleted),
                "deleted tag");
        assertThat(keptEqualsRebuilt(db, server.app().reports(), account)).isTrue();
        for (int i = 0; i < ids.size(); i += 3) {
            Set<String> tags = new HashSet<>(tagsNow.get(ids.get(i)));
            tags.add("blue");
            if (ids.get(i) != gone && ids.get(i) != source) {
                retag(tenant, ids.get(i), tags);
                tagsNow.put(ids.get(i), tags);
            }
        }
        tagIds = tagIds(db, account);
        assertThat(tagIds.get("blue")).isNotEqualTo(blue);
        compared += compareTagged(db, store, oracle, account, tagsNow, tagIds);
        assertThat(keptEqualsRebuilt(db, server.app().reports(), account)).isTrue();
        assertThat(compared).isGreaterThan(500);
        // what answered a single tag was its cells: without the facts they still give the same figures
        ReportFilter red = new ReportFilter(Set.of(), Set.of(), Set.of(tagIds.get("red")));
        PeriodCounts counted = counts(oracle, account, utc, month, red); // its figures are read as they are asked for
        Set<Long> customers = new HashSet<>();
        counted.topCustomers(Integer.MAX_VALUE).top().forEach(c -> customers.add(c.id()));
        List<Object> before = List.of(counted.totals(null), counted.responseRanges(null, false),
                counted.repliesToResolve(null), counted.createdSlots(), counted.topCustomers(Integer.MAX_VALUE),
                counted.topCustomers(0), counted.customerConversations(customers));
        assertThat(customers).hasSizeGreaterThan(1);
        assertThat(counted.totals(null).totalConversations()).isPositive();
        List<Map<Long, Integer>> lists = subjectCounts(oracle, account, month, red);
        assertThat(lists).allSatisfy(counts -> assertThat(counts).isNotEmpty());
        db.inTransaction(() -> db.withStatements(s -> s.update("DELETE FROM report_facts WHERE account_id = ?",
                Statements.params(account))));
        assertThat(subjectCounts(store, account, month, red)).as("the lists from the tag cell").isEqualTo(lists);
        PeriodCounts rolled = counts(store, account, utc, month, red); // per-user lines count the facts: left out
        assertThat(List.of(rolled.totals(null), rolled.responseRanges(null, false), rolled.repliesToResolve(null),
                rolled.createdSlots(), rolled.topCustomers(Integer.MAX_VALUE), rolled.topCustomers(0),
                rolled.customerConversations(customers)))
                .usingRecursiveComparison().isEqualTo(before);
        assertThat(counts(oracle, account, utc, month, red).totals(null).totalConversations()).isZero();
    }

    /** The facts with conversation numbers {@code 0..n-1} given to the real conversations {@code ids}. */
    private static List<ReportFact> factsOf(List<Long> ids, List<ReportFact> facts) {
        return facts.stream().map(f -> new ReportFact(f.kind(), ids.get((int) f.conversationId()), f.number(),
                f.mailboxId(), f.conversationType(), f.customerId(), f.userId(), f.threadId(), f.at(), f.since(),
                f.replies(), f.firstReply(), f.rating(), f.comments(), f.status(), f.assigneeId())).toList();
    }

    private static long marks(Database db, long account) {
        return db.withStatements(s -> s.returningLong("SELECT COUNT(*) FROM report_tag_marks WHERE account_id = ?",
                Statements.params(account)));
    }

    private static Set<String> randomTags(Random random, List<String> names) {
        Set<String> tags = new HashSet<>();
        for (String name : names) {
            if (random.nextInt(3) == 0) {
                tags.add(name);
            }
        }
        return tags;
    }

    /**
     * For each tag filter, with and without a mailbox or type filter: the account's figures against those of a fresh
     * account given a copy of the facts of the conversations carrying one of the tags now (by what the test put on).
     */
    private int compareTagged(Database db, ReportStore store, ReportStore oracle, long account,
                              Map<Long, Set<String>> tagsNow, Map<String, Long> tagIds) {
        ReportSettings settings = new ReportSettings(ZoneId.of("UTC"), OfficeHours.NONE);
        int compared = 0;
        for (Set<String> tags : List.of(Set.of("red"), Set.of("green"), Set.of("red", "blue"))) {
            Set<Long> tagged = new HashSet<>();
            tagsNow.forEach((id, now) -> {
                if (now.stream().anyMatch(tags::contains)) {
                    tagged.add(id);
                }
            });
            long copy = server.newTenant().accountId();
            if (!tagged.isEmpty()) {
                List<Object> params = new ArrayList<>(List.of(copy, account));
                params.addAll(tagged);
                db.inTransaction(() -> db.withStatements(s -> s.update("INSERT INTO report_facts (account_id, kind,"
                        + " conversation_id, number, mailbox_id, conversation_type, customer_id, user_id, thread_id,"
                        + " at, since, replies, first_reply, rating, comments, subject_id, status, assignee_id)"
                        + " SELECT ?, kind, conversation_id, number, mailbox_id, conversation_type, customer_id,"
                        + " user_id, thread_id, at, since, replies, first_reply, rating, comments, subject_id, status,"
                        + " assignee_id FROM report_facts WHERE account_id = ? AND conversation_id IN ("
                        + Statements.placeholders(tagged.size()) + ")",
                        params)));
            }
            if (!tagged.isEmpty()) { // the comparison is of figures, not of two empty reports
                assertThat(counts(oracle, copy, settings, wholeDays(ZoneId.of("UTC"), -1, 30)).totals(null)
                        .totalConversations()).as("%s", tags).isPositive();
            }
            Set<Long> ofTags = tags.stream().map(tagIds::get).collect(Collectors.toSet());
            for (ReportFilter other : List.of(ReportFilter.ALL, new ReportFilter(Set.of(1L), Set.of(), Set.of()),
                    new ReportFilter(Set.of(), Set.of("chat", "phone"), Set.of()))) {
                ReportFilter filter = new ReportFilter(other.mailboxes(), other.types(), ofTags);
                for (int[] days : new int[][] {{-1, 30}, {3, 11}}) {
                    ReportPeriod period = wholeDays(ZoneId.of("UTC"), days[0], days[1]);
                    compared += compareFiltered(counts(store, account, settings, period, filter),
                            counts(oracle, copy, settings, period, other), tags + " " + other + " " + period);
                    List<Map<Long, Integer>> lists = subjectCounts(oracle, account, period, filter);
                    assertThat(subjectCounts(store, account, period, filter)).as("lists %s %s", filter, period)
                            .isEqualTo(lists).isEqualTo(subjectCounts(oracle, copy, period, other));
                    compared += lists.stream().mapToInt(Map::size).sum();
                }
            }
        }
        return compared;
    }

    /**
     * The conversations report's three lists' counts per subject (tags by conversations, saved replies and workflows
     * by facts), as ListCounts asks the store.
     */
    private static List<Map<Long, Integer>> subjectCounts(ReportStore store, long account, ReportPeriod period,
                                                          ReportFilter filter) {
        return List.of(
                store.subjectCounts(account, FactKind.TAGGED, period.start(), period.end(), filter, true),
                store.subjectCounts(account, FactKind.SAVED_REPLY, period.start(), period.end(), filter, false),
                store.subjectCounts(account, FactKind.WORKFLOW, period.start(), period.end(), filter, false));
    }

    /**
     * Random subject facts of the conversations {@code ids} over 25 days: tags (the same tag on a conversation on
     * several days, or twice a day), saved replies and workflows, shuffled.
     */
    private static List<SubjectFact> subjectFacts(Random random, List<Long> ids) {
        List<SubjectFact> facts = new ArrayList<>();
        FactKind[] kinds = {FactKind.TAGGED, FactKind.SAVED_REPLY, FactKind.WORKFLOW};
        for (long c : ids) {
            for (int i = random.nextInt(7); i > 0; i--) {
                FactKind kind = kinds[random.nextInt(kinds.length)];
                Instant at = START.plus(Duration.ofMinutes(random.nextInt(25 * 24 * 60)));
                long subject = 10L * (kind.ordinal() + 1) + random.nextInt(3);
                for (int times = random.nextInt(4) == 0 ? 2 : 1; times > 0; times--) {
                    facts.add(new SubjectFact(fact(MAILBOXES.get(random.nextInt(MAILBOXES.size())), kind, c,
                            1000L + random.nextInt(9), "email", user(random), at.plusSeconds(times * 60L), null, null,
                            false, null), subject));
                }
            }
        }
        Collections.shuffle(facts, random);
        return facts;
    }

    private static void writeSubjects(Database db, ReportStore store, long account, List<SubjectFact> facts) {
        db.inTransaction(() -> {
            facts.forEach(f -> store.insert(account, f));
            return null;
        });
    }

    /** Conversations {@code from} to {@code from + count}, each with random facts over 25 days, shuffled. */
    private static List<ReportFact> facts(Random random, long from, int count) {
        List<ReportFact> facts = new ArrayList<>();
        String[] types = {"email", "chat", "phone"};
        for (long c = from; c < from + count; c++) {
            long customer = 1000 + random.nextInt(9);
            String type = types[random.nextInt(3)];
            long[] mailbox = {MAILBOXES.get(random.nextInt(MAILBOXES.size()))};
            Instant at = START.plus(Duration.ofMinutes(random.nextInt(25 * 24 * 60)));
            Instant created = at;
            Long starter = random.nextInt(4) == 0 ? user(random) : null;
            FolderState folder = new FolderState(new Random(c * 7919 + 13));
            facts.add(folder.of(fact(mailbox[0], FactKind.CREATED, c, customer, type, starter, at, null, null, false,
                    null)));
            int replies = 0;
            Instant waiting = starter == null ? at : null;
            for (int step = random.nextInt(9); step > 0; step--) {
                if (random.nextInt(8) == 0) { // moved to another mailbox: its later facts are in another cell
                    mailbox[0] = MAILBOXES.get(random.nextInt(MAILBOXES.size()));
                }
                if (random.nextInt(20) == 0) { // its type changed (a chat turned into an email)
                    type = types[random.nextInt(3)];
                }
                at = at.plus(Duration.ofMinutes(1 + random.nextInt(random.nextBoolean() ? 90 : 2900)));
                folder.step();
                if (random.nextInt(12) == 0) { // its customer changed: a (customer, conversation) pair for each
                    customer = 1000 + random.nextInt(9);
                }
                Long who = random.nextInt(15) == 0 ? null : customer; // now and then a fact without a customer
                int before = facts.size();
                switch (random.nextInt(6)) {
                    case 0 -> {
                        facts.add(fact(mailbox[0], FactKind.CUSTOMER_MESSAGE, c, who, type, null, at, null, null, false,
                                null));
                        waiting = waiting == null ? at : waiting;
                    }
                    case 1, 2 -> {
                        replies++;
                        facts.add(fact(mailbox[0], FactKind.REPLY, c, who, type, user(random), at, waiting, replies,
                                starter == null && replies == 1, null));
                        waiting = null;
                    }
                    case 3 -> {
                        Long user = random.nextInt(5) == 0 ? null : user(random);
                        facts.add(fact(mailbox[0], FactKind.CLOSED, c, who, type, user, at, created, replies, false,
                                null));
                        if (random.nextBoolean()) { // two closes at the same instant: the later fact is the last
                            facts.add(fact(mailbox[0], FactKind.CLOSED, c, who, type, user(random), at, created,
                                    replies + 11, false, null));
                        }
                    }
                    case 4 -> facts.add(fact(mailbox[0], FactKind.REOPENED, c, who, type, user(random), at, null, null,
                            false, null));
                    default -> facts.add(fact(mailbox[0], FactKind.RATED, c, random.nextInt(6) == 0 ? null : who, type,
                            user(random), at, at.minusSeconds(600), null, false,
                            RatingLevel.values()[random.nextInt(3)]));
                }
                for (int i = before; i < facts.size(); i++) {
                    facts.set(i, folder.of(facts.get(i)));
                }
            }
        }
        Collections.shuffle(facts, random);
        return facts;
    }

    /**
     * A conversation's folder state as its facts carry it (status, assignee): unknown (null) for some conversations
     * throughout and for others until a point (facts from before V44), then changing over its life: assigned,
     * unassigned, reassigned, pending, closed by a close and opened by a reopening, marked spam now and then.
     */
    private static final class FolderState {

        private final Random random;
        private boolean known;
        private String status;
        private Long assignee;

        FolderState(Random random) {
            this.random = random;
            this.known = random.nextInt(6) != 0;
            this.status = List.of("active", "active", "pending", "closed", "spam").get(random.nextInt(5));
            this.assignee = random.nextBoolean() ? USERS.get(random.nextInt(USERS.size())) : null;
        }

        /** Between two steps of the conversation: it may be reassigned, change status, become known. */
        void step() {
            known |= random.nextInt(10) == 0;
            switch (random.nextInt(8)) {
                case 0 -> assignee = null;
                case 1, 2 -> assignee = USERS.get(random.nextInt(USERS.size()));
                case 3 -> status = "pending";
                case 4 -> status = random.nextInt(3) == 0 ? "spam" : "active";
                default -> {
                }
            }
        }

        /** The fact with the state it happened in; a close closes, a reopening opens (as the recorder writes them). */
        ReportFact of(ReportFact f) {
            if (f.kind() == FactKind.CLOSED) {
                status = "closed";
            } else if (f.kind() == FactKind.REOPENED) {
                status = "active";
            }
            return !known ? f : new ReportFact(f.kind(), f.conversationId(), f.number(), f.mailboxId(),
                    f.conversationType(), f.customerId(), f.userId(), f.threadId(), f.at(), f.since(), f.replies(),
                    f.firstReply(), f.rating(), f.comments(), status, assignee);
        }
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

    private static void write(Database db, ReportStore store, long account, List<ReportFact> facts) {
        for (int i = 0; i < facts.size(); i += 20) {
            List<ReportFact> batch = facts.subList(i, Math.min(facts.size(), i + 20));
            db.inTransaction(() -> {
                batch.forEach(f -> store.insert(account, f));
                return null;
            });
        }
    }

    /** Every figure both ways over whole local days of {@code zone}; answers how many were compared. */
    private int compareAll(ReportStore rollups, ReportStore oracle, long account, ZoneId zone) {
        ReportSettings settings = new ReportSettings(zone, OfficeHours.NONE);
        int compared = 0;
        for (int[] days : new int[][] {{-1, 30}, {3, 11}, {7, 8}, {16, 17}, {0, 60}}) {
            ReportPeriod period = wholeDays(zone, days[0], days[1]);
            PeriodCounts rolled = counts(rollups, account, settings, period);
            PeriodCounts counted = counts(oracle, account, settings, period);
            for (Set<Long> users : java.util.Arrays.asList(null, Set.of(USERS.get(1)))) {
                String as = zone + " " + period + " " + users;
                assertThat(rolled.totals(users)).as(as).isEqualTo(counted.totals(users));
                assertThat(rolled.responseRanges(users, false)).as(as).isEqualTo(counted.responseRanges(users, false));
                assertThat(rolled.responseRanges(users, true)).as(as).isEqualTo(counted.responseRanges(users, true));
                assertThat(rolled.repliesToResolve(users)).as(as).isEqualTo(counted.repliesToResolve(users));
                compared += 4;
                for (ViewBy viewBy : ViewBy.values()) {
                    List<PeriodCounts.Bucket> expected = counted.buckets(viewBy, users, null);
                    assertThat(rolled.buckets(viewBy, users, null)).as(as + " " + viewBy).isEqualTo(expected);
                    compared += expected.size();
                }
            }
            compared += compareActed(rollups, oracle, account, zone, period);
            Map<Long, Totals> byUser = counted.byUser();
            assertThat(rolled.byUser()).as(zone + " " + period).isEqualTo(byUser);
            // busy slots come from every cell when nothing is filtered
            assertThat(rolled.createdSlots()).as(zone + " " + period).isEqualTo(counted.createdSlots());
            compared += TopCustomersCheck.assertSameTopCustomers(rolled, counted, zone + " " + period);
            compared += byUser.size();
            for (ReportFilter filter : FILTERS) {
                compared += compareFiltered(counts(rollups, account, settings, period, filter),
                        counts(oracle, account, settings, period, filter), zone + " " + period + " " + filter);
            }
        }
        return compared;
    }

    /**
     * Everyone's conversations acted on (V73) from the rollups against the company drilldown's count of the facts, per
     * period and per day of its first week (a key counts on the first of its days in each); a filter is not answered.
     */
    private static int compareActed(ReportStore rollups, ReportStore oracle, long account, ZoneId zone,
                                    ReportPeriod period) {
        int compared = 0;
        List<ReportPeriod> periods = new ArrayList<>(List.of(period));
        for (Instant day = period.start(); day.isBefore(period.end()) && periods.size() < 8; ) {
            Instant next = day.atZone(zone).plusDays(1).toInstant();
            periods.add(new ReportPeriod(day, next));
            day = next;
        }
        for (ReportPeriod p : periods) {
            // a backlog too large to fold answers nothing: the drilldown counts the facts then
            int expected = actedCount(oracle, account, p);
            assertThat(rollups.actedConversations(FactScope.of(account, p, ReportFilter.ALL, zone))
                    .orElseGet(() -> actedCount(rollups, account, p))).as("acted %s %s", zone, p).isEqualTo(expected);
            compared++;
        }
        ReportFilter mailbox = new ReportFilter(Set.of(1L), Set.of(), Set.of());
        assertThat(rollups.actedConversations(FactScope.of(account, period, mailbox, zone))).isEmpty();
        return compared;
    }

    /** The company drilldown's selection without a range, counted from the facts. */
    private static int actedCount(ReportStore store, long account, ReportPeriod period) {
        ReportQuery q = new ReportQuery(period, null, ReportFilter.ALL, false, null, null);
        return store.drillCount(DrillSelection.of(account, q, EnumSet.of(FactKind.CREATED, FactKind.REPLY,
                FactKind.CLOSED)).forUsers(null, true));
    }

    /** Every figure of a mailbox/type/folder filtered report (read from the cells) against the facts' count. */
    private static int compareFiltered(PeriodCounts rolled, PeriodCounts counted, String as) {
        assertThat(rolled.totals(null)).as(as).isEqualTo(counted.totals(null));
        assertThat(rolled.responseRanges(null, false)).as(as).isEqualTo(counted.responseRanges(null, false));
        assertThat(rolled.responseRanges(null, true)).as(as).isEqualTo(counted.responseRanges(null, true));
        assertThat(rolled.repliesToResolve(null)).as(as).isEqualTo(counted.repliesToResolve(null));
        assertThat(rolled.createdSlots()).as(as).isEqualTo(counted.createdSlots());
        assertThat(rolled.byUser()).as(as).isEqualTo(counted.byUser());
        int compared = 6 + TopCustomersCheck.assertSameTopCustomers(rolled, counted, as);
        // the email, phone and conversations reports count only the distinct figures they show: those equal (the
        // cells leave the others at zero, the facts count them anyway)
        for (Set<DistinctCount> shown : List.of(EnumSet.of(DistinctCount.CONVERSATIONS, DistinctCount.CLOSED,
                DistinctCount.RESOLVED), EnumSet.of(DistinctCount.CONVERSATIONS, DistinctCount.CUSTOMERS),
                EnumSet.noneOf(DistinctCount.class), EnumSet.allOf(DistinctCount.class))) {
            assertThat(only(rolled.totals(null, shown), shown)).as(as + " " + shown)
                    .isEqualTo(only(counted.totals(null), shown));
            compared++;
        }
        for (ViewBy viewBy : ViewBy.values()) {
            List<PeriodCounts.Bucket> expected = counted.buckets(viewBy, null, null);
            assertThat(rolled.buckets(viewBy, null, null)).as(as + " " + viewBy).isEqualTo(expected);
            compared += expected.size();
        }
        return compared;
    }

    /** The figures with the distinct counts not {@code shown} zero (their averages null). */
    private static Totals only(Totals t, Set<DistinctCount> shown) {
        boolean resolved = shown.contains(DistinctCount.RESOLVED);
        return new Totals(t.period(), t.days(),
                shown.contains(DistinctCount.CONVERSATIONS) ? t.totalConversations() : 0, t.conversationsCreated(), shown.contains(DistinctCount.CUSTOMERS) ? t.customers() : 0,
                t.customerMessages(), t.totalReplies(), shown.contains(DistinctCount.HELPED) ? t.customersHelped() : 0,
                shown.contains(DistinctCount.REPLIERS) ? t.totalUsers() : 0,
                shown.contains(DistinctCount.CLOSED) ? t.closed() : 0, resolved ? t.resolved() : 0,
                resolved ? t.resolvedOnFirstReply() : 0, resolved ? t.resolutionTime() : null,
                resolved ? t.repliesToResolve() : null, t.responseTime(), t.firstResponseTime(), t.greatCount(),
                t.okayCount(), t.notGoodCount(),
                shown.contains(DistinctCount.RATERS) ? t.totalCustomersWithRatings() : 0, t.busiestDay());
    }

    private static ReportPeriod wholeDays(ZoneId zone, int fromDay, int toDay) {
        LocalDate first = LocalDate.ofInstant(START, zone);
        return new ReportPeriod(first.plusDays(fromDay).atStartOfDay(zone).toInstant(),
                first.plusDays(toDay).atStartOfDay(zone).toInstant());
    }

    private static PeriodCounts counts(ReportStore store, long account, ReportSettings settings,
                                       ReportPeriod period) {
        return counts(store, account, settings, period, ReportFilter.ALL);
    }

    private static PeriodCounts counts(ReportStore store, long account, ReportSettings settings,
                                       ReportPeriod period, ReportFilter filter) {
        ReportQuery q = new ReportQuery(period, null, filter, false, null, null);
        return PeriodCounts.of(store, account, q, period, settings, false);
    }

    private static long pending(Database db, long account) {
        return db.withStatements(s -> s.returningLong("SELECT COUNT(*) FROM report_rollup_pending WHERE account_id = ?",
                Statements.params(account)));
    }

    private static String zone(Database db, long account) {
        return db.withStatements(s -> s.first("SELECT time_zone FROM report_rollup_state WHERE account_id = ?",
                Statements.params(account), (rs, ctx) -> rs.getString(1)).orElse(null));
    }

    /**
     * Whether the rollups folded so far, batch by batch (everything pending folded first), are the rows a rebuild
     * from the facts gives (zero rows aside), and those of a rebuild at once, set-wise on both databases: every
     * rollup, key and cell table and the tag cells' folded sets, row for row.
     */
    private static boolean keptEqualsRebuilt(Database db, ReportService reports, long account) {
        ReportStore store = new JdbcReportStore(db);
        int folded;
        do {
            folded = db.inTransaction(() -> store.foldRollups(account, 50));
        } while (folded > 0);
        List<String> kept = rows(db, account);
        reports.rebuildRollups(account);
        assertThat(pending(db, account)).as("a rebuild folds to the end").isZero();
        List<String> rebuilt = rows(db, account);
        assertThat(kept).isEqualTo(rebuilt);
        // the rebuild at once: set-wise on both databases (on PostgreSQL the rebuild above was already)
        reports.rebuildRollupsAtOnce(account);
        assertThat(pending(db, account)).isZero();
        assertThat(rows(db, account)).as("set-wise").isEqualTo(kept);
        return !kept.isEmpty();
    }

    private static List<String> rows(Database db, long account) {
        List<String> rows = new ArrayList<>();
        db.withStatements(s -> {
            s.forEach("SELECT measure, user_id, day, other_day, n, ms, replies FROM report_rollups"
                    + " WHERE account_id = ? AND (n <> 0 OR ms <> 0 OR replies <> 0)"
                    + " ORDER BY measure, user_id, day, other_day", Statements.params(account),
                    (rs, ctx) -> rs.getString(1) + " " + rs.getLong(2) + " " + rs.getInt(3) + " " + rs.getInt(4)
                            + " " + rs.getLong(5) + " " + rs.getLong(6) + " " + rs.getLong(7), rows::add);
            s.forEach("SELECT family, user_id, key_id, day, last_at, ms, replies, last_id FROM report_rollup_keys"
                    + " WHERE account_id = ? ORDER BY family, user_id, key_id, day", Statements.params(account),
                    (rs, ctx) -> rs.getString(1) + " " + rs.getLong(2) + " " + rs.getLong(3) + " " + rs.getInt(4)
                            + " " + rs.getString(5) + " " + rs.getString(6) + " " + rs.getString(7) + " "
                            + rs.getString(8), rows::add);
            s.forEach("SELECT customer_id, conversation_id, day, prev_day FROM report_customer_keys"
                    + " WHERE account_id = ? ORDER BY customer_id, conversation_id, day", Statements.params(account),
                    (rs, ctx) -> "pair " + rs.getLong(1) + " " + rs.getLong(2) + " " + rs.getInt(3) + " "
                            + rs.getInt(4), rows::add);
            s.forEach("SELECT mailbox_id, conversation_type, day, measure, other_day, n, ms FROM report_scoped_rollups"
                    + " WHERE account_id = ? AND (n <> 0 OR ms <> 0) ORDER BY mailbox_id, conversation_type, day,"
                    + " measure, other_day", Statements.params(account), (rs, ctx) -> "cell " + rs.getLong(1) + " "
                    + rs.getString(2) + " " + rs.getInt(3) + " " + rs.getString(4) + " " + rs.getInt(5) + " "
                    + rs.getLong(6) + " " + rs.getLong(7), rows::add);
            s.forEach("SELECT family, mailbox_id, conversation_type, day, key_id, customer_id, last_at, last_id, ms,"
                    + " replies FROM report_scoped_keys WHERE account_id = ? ORDER BY family, mailbox_id,"
                    + " conversation_type, day, key_id, customer_id", Statements.params(account),
                    (rs, ctx) -> "cell key " + rs.getString(1) + " " + rs.getLong(2) + " " + rs.getString(3) + " "
                            + rs.getInt(4) + " " + rs.getLong(5) + " " + rs.getLong(6) + " " + rs.getString(7) + " "
                            + rs.getString(8) + " " + rs.getString(9) + " " + rs.getString(10), rows::add);
            s.forEach("SELECT mailbox_id, conversation_type, folder, assignee_id, day, measure, other_day, n, ms"
                    + " FROM report_folder_rollups WHERE account_id = ? AND (n <> 0 OR ms <> 0) ORDER BY mailbox_id,"
                    + " conversation_type, folder, assignee_id, day, measure, other_day", Statements.params(account),
                    (rs, ctx) -> "folder cell " + rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
                            + rs.getLong(4) + " " + rs.getInt(5) + " " + rs.getString(6) + " " + rs.getInt(7) + " "
                            + rs.getLong(8) + " " + rs.getLong(9), rows::add);
            s.forEach("SELECT family, mailbox_id, conversation_type, folder, assignee_id, day, key_id, customer_id,"
                    + " last_at, last_id, ms, replies FROM report_folder_keys WHERE account_id = ? ORDER BY family,"
                    + " mailbox_id, conversation_type, folder, assignee_id, day, key_id, customer_id",
                    Statements.params(account), (rs, ctx) -> "folder key " + rs.getString(1) + " " + rs.getLong(2)
                            + " " + rs.getString(3) + " " + rs.getString(4) + " " + rs.getLong(5) + " " + rs.getInt(6)
                            + " " + rs.getLong(7) + " " + rs.getLong(8) + " " + rs.getString(9) + " "
                            + rs.getString(10) + " " + rs.getString(11) + " " + rs.getString(12), rows::add);
            s.forEach("SELECT tag_id, day, measure, other_day, n, ms FROM report_tag_rollups WHERE account_id = ?"
                    + " AND (n <> 0 OR ms <> 0) ORDER BY tag_id, day, measure, other_day", Statements.params(account),
                    (rs, ctx) -> "tag cell " + rs.getLong(1) + " " + rs.getInt(2) + " " + rs.getString(3) + " "
                            + rs.getInt(4) + " " + rs.getLong(5) + " " + rs.getLong(6), rows::add);
            s.forEach("SELECT family, tag_id, day, key_id, customer_id, conversation_id, last_at, last_id, ms, replies"
                    + " FROM report_tag_keys WHERE account_id = ? ORDER BY family, tag_id, day, key_id, customer_id,"
                    + " conversation_id", Statements.params(account), (rs, ctx) -> "tag key " + rs.getString(1) + " "
                    + rs.getLong(2) + " " + rs.getInt(3) + " " + rs.getLong(4) + " " + rs.getLong(5) + " "
                    + rs.getLong(6) + " " + rs.getString(7) + " " + rs.getString(8) + " " + rs.getString(9) + " "
                    + rs.getString(10), rows::add);
            s.forEach("SELECT tag_id, kind, subject_id, conversation_id, day, n FROM report_tag_subjects WHERE"
                    + " account_id = ? ORDER BY tag_id, kind, subject_id, conversation_id, day",
                    Statements.params(account), (rs, ctx) -> "tag subject " + rs.getLong(1) + " " + rs.getString(2)
                    + " " + rs.getLong(3) + " " + rs.getLong(4) + " " + rs.getInt(5) + " " + rs.getLong(6),
                    rows::add);
            s.forEach("SELECT tag_id, customer_id, conversation_id, day, prev_day FROM report_tag_customer_keys"
                    + " WHERE account_id = ? ORDER BY tag_id, customer_id, conversation_id, day",
                    Statements.params(account), (rs, ctx) -> "tag pair " + rs.getLong(1) + " " + rs.getLong(2) + " "
                    + rs.getLong(3) + " " + rs.getInt(4) + " " + rs.getInt(5), rows::add);
            s.forEach("SELECT conversation_id, tag_id FROM report_tag_folded WHERE account_id = ? ORDER BY"
                    + " conversation_id, tag_id", Statements.params(account), (rs, ctx) -> "tag folded "
                    + rs.getLong(1) + " " + rs.getLong(2), rows::add);
            return null;
        });
        return rows;
    }
}
