package io.frontdesk.report;

import io.frontdesk.conversation.FolderType;
import io.frontdesk.db.Database;
import io.frontdesk.report.jdbc.JdbcReportStore;
import io.frontdesk.testing.Backend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conversation history counted in the store (issue #25) against the in-memory computation it replaced
 * ({@link UserHistoryOracle}), over random replies and closes of conversations now in random statuses, tags, some
 * deleted: every sort in both orders, each status, users and teams, mailbox, type, tag and folder filters, every
 * page, with office hours off and on. Waits are random milliseconds, so times land on half hundredths.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class UserHistoryPropertyTest {

    private static final Instant START = Instant.parse("2026-04-06T00:00:00Z"); // a Monday
    private static final String[] TYPES = {"email", "chat", "phone"};
    private static final String[] STATUSES = {"active", "pending", "closed"};

    @Parameter
    Backend backend;

    @Test
    void the_store_answers_what_the_facts_in_memory_answer() {
        try (ReportScenario s = new ReportScenario(backend, START)) {
            Random random = new Random(25);
            long account = s.account();
            long mailbox = s.tenant.mailbox().id();
            long other = mailbox + 1_000_000; // facts of a mailbox the conversation was moved from
            List<Long> users = List.of(s.tenant.owner().id(), s.agent("Uma").id(), s.agent("Ivo").id());
            List<long[]> conversations = new ArrayList<>();
            for (int i = 0; i < 140; i++) {
                long[] c = s.customerStarts("c" + random.nextInt(9) + "@customers.test", TYPES[random.nextInt(3)]);
                conversations.add(c);
                if (random.nextInt(3) == 0) {
                    s.tags(c, random.nextBoolean() ? "vip" : "billing");
                }
                int status = random.nextInt(4);
                if (status < 3 && status > 0) {
                    s.status(c, STATUSES[status]);
                }
            }
            for (int i = 0; i < 4; i++) { // gone: no row, as a drilldown shows none
                assertThat(s.v2.delete("/v2/conversations/" + conversations.get(i * 30)[0]).status()).isEqualTo(204);
            }
            Database db = s.server.app().database();
            ReportStore store = new JdbcReportStore(db);
            List<ReportFact> facts = facts(random, conversations, users, mailbox, other);
            for (int i = 0; i < facts.size(); i += 50) {
                List<ReportFact> batch = facts.subList(i, Math.min(facts.size(), i + 50));
                db.inTransaction(() -> {
                    batch.forEach(f -> store.insert(account, f));
                    return null;
                });
            }
            Map<String, Long> tags = Map.of("vip", tagId(db, account, "vip"), "billing", tagId(db, account, "billing"));
            List<ReportFilter> filters = List.of(ReportFilter.ALL,
                    new ReportFilter(Set.of(mailbox), Set.of(), Set.of()),
                    new ReportFilter(Set.of(), Set.of("chat", "phone"), Set.of()),
                    new ReportFilter(Set.of(), Set.of(), Set.of(tags.get("vip"))),
                    new ReportFilter(Set.of(other), Set.of("email"), Set.of(tags.get("vip"), tags.get("billing"))),
                    ReportFilter.ALL.withFolders(Set.of(new ReportFolder(mailbox, FolderType.CLOSED, users.get(0)),
                            new ReportFolder(mailbox, FolderType.MINE, users.get(1)))),
                    ReportFilter.ALL.withFolders(Set.of(new ReportFolder(other, FolderType.UNASSIGNED, users.get(0)))));
            List<Set<Long>> teams = List.of(Set.of(users.get(0)), Set.of(users.get(1)), Set.of(users.get(1),
                    users.get(2)), Set.copyOf(users), Set.of());
            int compared = 0;
            int rows = 0;
            for (boolean officeHours : new boolean[]{false, true}) {
                if (officeHours) {
                    s.reports().setOfficeHours(account, "Europe/Paris", "mon-fri 09:00-17:00");
                }
                Figures figures = new Figures(s.reports().settings(account), officeHours);
                for (int n = 0; n < 120; n++) {
                    Instant from = START.plus(Duration.ofMinutes(random.nextInt(3) == 0 ? 0 : random.nextInt(20_000)));
                    Instant to = from.plus(Duration.ofDays(1 + random.nextInt(40)));
                    ReportQuery q = new ReportQuery(new ReportPeriod(from, to), null,
                            filters.get(n < 2 * filters.size() ? n / 2 : random.nextInt(filters.size())), officeHours,
                            null, null);
                    Set<Long> team = teams.get(random.nextInt(teams.size()));
                    String status = random.nextInt(3) == 0 ? null : STATUSES[random.nextInt(3)];
                    HistorySort sort = HistorySort.values()[n % 4];
                    boolean ascending = (n / 4) % 2 == 0;
                    String what = "query " + n + ": " + q + ", users " + team + ", status " + status + ", " + sort
                            + (ascending ? " ASC" : " DESC");
                    HistoryPage expected = new UserHistoryOracle(store).history(account, q, team, figures, status,
                            sort, ascending, 1);
                    for (int page = 1; page <= expected.pages() + 1; page++) {
                        HistoryPage actual = new UserHistory(store).history(account, q, team, figures, status, sort,
                                ascending, page);
                        HistoryPage want = page == 1 ? expected : new UserHistoryOracle(store).history(account, q,
                                team, figures, status, sort, ascending, page);
                        assertThat(actual).as(what + ", page " + page).isEqualTo(want);
                        rows += actual.results().size();
                        compared++;
                    }
                }
            }
            assertThat(compared).isGreaterThan(240);
            assertThat(rows).as("pages with rows").isGreaterThan(2_000);
        }
    }

    /**
     * Per conversation, replies by the three users and others at random millisecond waits (now and then none, or a
     * clock step backwards), its first reply marked, and closes by anyone after some replies or none, each fact in a
     * random mailbox, type, status and assignee of its own.
     */
    private static List<ReportFact> facts(Random random, List<long[]> conversations, List<Long> users, long mailbox,
                                          long other) {
        List<ReportFact> facts = new ArrayList<>();
        for (long[] c : conversations) {
            Instant created = START.plus(Duration.ofMillis(random.nextLong(30L * 24 * 3600 * 1000)));
            Instant at = created;
            int replies = 0;
            for (int step = 1 + random.nextInt(7); step > 0; step--) {
                at = at.plusMillis(1 + random.nextLong(random.nextBoolean() ? 3_600_000 : 3L * 24 * 3600 * 1000));
                Long user = random.nextInt(6) == 0 ? Long.valueOf(99_999) : users.get(random.nextInt(users.size()));
                long box = random.nextInt(4) == 0 ? other : mailbox;
                String type = TYPES[random.nextInt(3)];
                String status = random.nextInt(8) == 0 ? null : STATUSES[random.nextInt(3)];
                Long assignee = random.nextBoolean() ? null : users.get(random.nextInt(users.size()));
                if (random.nextInt(4) > 0) {
                    Instant since = switch (random.nextInt(6)) {
                        case 0 -> null;
                        case 1 -> at.plusMillis(random.nextInt(5_000)); // after the reply: no wait
                        default -> at.minusMillis(random.nextLong(2L * 24 * 3600 * 1000));
                    };
                    boolean first = replies == 0 && random.nextInt(3) > 0;
                    replies++;
                    facts.add(new ReportFact(FactKind.REPLY, c[0], 0, box, type, c[1], user, null, at, since,
                            replies, first, null, null, status, assignee));
                } else {
                    Long closer = random.nextInt(5) == 0 ? null : user;
                    facts.add(new ReportFact(FactKind.CLOSED, c[0], 0, box, type, c[1], closer, null, at,
                            random.nextInt(6) == 0 ? null : created, replies, false, null, null, status, assignee));
                }
            }
        }
        return facts;
    }

    private static long tagId(Database db, long account, String name) {
        return db.withStatements(st -> st.returningLong("SELECT id FROM tags WHERE account_id = ? AND name = ?",
                List.of(account, name)));
    }
}
