package io.frontdesk.report;

import io.frontdesk.conversation.FolderType;
import io.frontdesk.report.jdbc.JdbcReportStore;
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
 * The conversations report's lists are counted per subject in the database ({@link ReportStore#subjectCounts}, over
 * the partial index of V56). Random subject facts (tags put on, saved replies used, workflow runs; the same subject on
 * the same conversation several times, in two mailboxes, the three types and every folder state) are counted for
 * periods and filters by the store and directly from what the test wrote, by the definitions of docs/reports.md; the
 * tags filter reads the tags the conversations carry now.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class SubjectCountsTest {

    private static final Instant START = Instant.parse("2026-02-02T09:00:00Z");
    private static final Instant FACTS = START.plus(Duration.ofDays(30));
    private static final List<String> TYPES = List.of("email", "chat", "phone");
    private static final List<String> STATUSES = new ArrayList<>(List.of("active", "pending", "closed", "spam"));

    static {
        STATUSES.add(null); // written before V44: in no folder
    }

    @Parameter
    Backend backend;

    /** A fact the test wrote. */
    private record Written(FactKind kind, long subject, long conversation, long mailbox, String type, Instant at,
                           String status, Long assignee) {
    }

    @Test
    void counted_per_subject_as_recomputed_from_the_facts() {
        for (long seed : new long[] {3, 2026}) {
            try (ReportScenario s = new ReportScenario(backend, START)) {
                run(s, new Random(seed), "seed " + seed);
            }
        }
    }

    private void run(ReportScenario s, Random random, String seed) {
        ReportStore store = new JdbcReportStore(s.server.app().database());
        // every tags= filter read as a widely used tag's: on SQLite the year's lists in subject order, each fact
        // checked against the tags' conversations (ReportSubjectQueries.manyTagged)
        ReportStore bySubject = new JdbcReportStore(s.server.app().database(), true, 1);
        long mailbox = s.tenant.mailbox().id();
        long otherMailbox = mailbox + 1000;
        List<Long> users = List.of(s.tenant.owner().id(), s.user("Uma", "uma@s.test").id());
        List<String> names = List.of("red", "blue", "green");
        List<Long> conversations = new ArrayList<>();
        Map<Long, Set<Long>> tagsNow = new HashMap<>();
        for (int i = 0; i < 6; i++) {
            long[] c = s.customerStarts("c" + i + "@s.test", "email", "Help", names.get(i % 3),
                    names.get((i + 1) % 3));
            if (i % 2 == 0) {
                s.tags(c, names.get(i % 3));
            }
            conversations.add(c[0]);
            tagsNow.put(c[0], store.tagsNow(c[0]));
        }
        List<Long> tagIds = tagsNow.values().stream().flatMap(Set::stream).distinct().sorted().toList();
        assertThat(tagIds).as("the conversations' tags").hasSize(3);
        List<Written> written = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            FactKind kind = List.of(FactKind.TAGGED, FactKind.SAVED_REPLY, FactKind.WORKFLOW).get(random.nextInt(3));
            long conversation = conversations.get(random.nextInt(conversations.size()));
            Written w = new Written(kind, 1 + random.nextInt(7), conversation,
                    random.nextInt(3) == 0 ? otherMailbox : mailbox, TYPES.get(random.nextInt(3)),
                    FACTS.plus(Duration.ofMinutes(random.nextInt(14 * 24 * 60))),
                    STATUSES.get(random.nextInt(STATUSES.size())),
                    random.nextInt(3) == 0 ? null : users.get(random.nextInt(users.size())));
            written.add(w);
            store.insert(s.account(), new SubjectFact(new ReportFact(kind, conversation, conversation, w.mailbox(),
                    w.type(), null, w.assignee(), null, w.at(), null, null, false, null, null, w.status(),
                    w.assignee()), w.subject()));
        }
        long viewer = users.get(1);
        List<ReportFilter> filters = List.of(ReportFilter.ALL,
                new ReportFilter(Set.of(otherMailbox), Set.of(), Set.of()),
                new ReportFilter(Set.of(), Set.of("chat", "phone"), Set.of()),
                new ReportFilter(Set.of(), Set.of(), Set.of(tagIds.get(0))),
                new ReportFilter(Set.of(mailbox), Set.of("email"), Set.of(tagIds.get(1), tagIds.get(2))),
                ReportFilter.ALL.withFolders(Set.of(new ReportFolder(mailbox, FolderType.UNASSIGNED, viewer),
                        new ReportFolder(otherMailbox, FolderType.CLOSED, viewer))),
                ReportFilter.ALL.withFolders(Set.of(new ReportFolder(mailbox, FolderType.MINE, viewer),
                        new ReportFolder(mailbox, FolderType.ASSIGNED, viewer),
                        new ReportFolder(otherMailbox, FolderType.SPAM, viewer))));
        List<ReportPeriod> periods = List.of(new ReportPeriod(FACTS, FACTS.plus(Duration.ofDays(14))),
                new ReportPeriod(FACTS.plus(Duration.ofHours(31)), FACTS.plus(Duration.ofDays(6))),
                new ReportPeriod(FACTS.minus(Duration.ofDays(3)), FACTS.plus(Duration.ofMinutes(1))));
        int compared = 0;
        for (ReportFilter filter : filters) {
            for (ReportPeriod period : periods) {
                for (FactKind kind : List.of(FactKind.TAGGED, FactKind.SAVED_REPLY, FactKind.WORKFLOW)) {
                    for (boolean distinct : new boolean[] {true, false}) {
                        Map<Long, Integer> expected = expected(written, kind, period, filter, tagsNow, distinct);
                        assertThat(store.subjectCounts(s.account(), kind, period.start(), period.end(), filter,
                                distinct)).as(seed + " " + kind + " " + filter + " " + period + " " + distinct)
                                .isEqualTo(expected);
                        assertThat(bySubject.subjectCounts(s.account(), kind, period.start(), period.end(), filter,
                                distinct)).as("by subject " + seed + " " + kind + " " + filter + " " + period)
                                .isEqualTo(expected);
                        compared += expected.size();
                    }
                }
            }
        }
        assertThat(compared).as("subject counts compared").isGreaterThan(300);
    }

    private static Map<Long, Integer> expected(List<Written> written, FactKind kind, ReportPeriod period,
                                               ReportFilter filter, Map<Long, Set<Long>> tagsNow, boolean distinct) {
        Map<Long, Set<Long>> conversations = new HashMap<>();
        Map<Long, Integer> facts = new HashMap<>();
        for (Written w : written) {
            if (w.kind() == kind && !w.at().isBefore(period.start()) && w.at().isBefore(period.end())
                    && in(w, filter, tagsNow)) {
                conversations.computeIfAbsent(w.subject(), k -> new HashSet<>()).add(w.conversation());
                facts.merge(w.subject(), 1, Integer::sum);
            }
        }
        if (!distinct) {
            return facts;
        }
        Map<Long, Integer> counts = new HashMap<>();
        conversations.forEach((subject, ids) -> counts.put(subject, ids.size()));
        return counts;
    }

    /** The filter by its definition (ReportFilter, docs/reports.md "The folders filter"). */
    private static boolean in(Written w, ReportFilter filter, Map<Long, Set<Long>> tagsNow) {
        if (!filter.mailboxes().isEmpty() && !filter.mailboxes().contains(w.mailbox())) {
            return false;
        }
        if (!filter.types().isEmpty() && !filter.types().contains(w.type())) {
            return false;
        }
        if (!filter.tags().isEmpty() && tagsNow.get(w.conversation()).stream().noneMatch(filter.tags()::contains)) {
            return false;
        }
        if (filter.folders().isEmpty()) {
            return true;
        }
        boolean open = "active".equals(w.status()) || "pending".equals(w.status());
        for (ReportFolder folder : filter.folders()) {
            boolean in = folder.mailboxId() == w.mailbox() && switch (folder.type()) {
                case UNASSIGNED -> open && w.assignee() == null;
                case MINE -> open && Long.valueOf(folder.viewerId()).equals(w.assignee());
                case ASSIGNED -> open && w.assignee() != null;
                case CLOSED -> "closed".equals(w.status());
                case SPAM -> "spam".equals(w.status());
                case DRAFTS -> false;
            };
            if (in) {
                return true;
            }
        }
        return false;
    }
}
