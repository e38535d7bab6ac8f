package io.frontdesk.report;

import io.frontdesk.account.Role;
import io.frontdesk.conversation.FolderType;
import io.frontdesk.db.Database;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static io.frontdesk.report.ReportTenants.conversation;
import static io.frontdesk.report.ReportTenants.retag;
import static io.frontdesk.report.ReportTenants.tagIds;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chat report counted in the database ({@link ReportStore#chatCounts}, and {@link ReportStore#chatTimes} for
 * office hours) against the computation it replaced, kept as {@link ChatOracle}: every fact of the period read and
 * counted in memory. Random facts of chats and other conversations (several creations, closes tied in time, replies
 * dated before their wait, facts of no user, closes that do not know their start, facts in and out of folders), some
 * of real tagged conversations; compared over many periods, for everyone, one user, two users and none, under every
 * kind of filter, with office hours on and off; then through the service with a previous period (counted on its own
 * connection), for a user and a team.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class ChatCountsTest {

    private static final Instant START = Instant.parse("2026-03-16T00:00:00Z");
    private static final List<String> TYPES = List.of("chat", "chat", "chat", "email", "phone");

    @Parameter
    Backend backend;

    private TestServer server;

    @BeforeEach
    void server() {
        server = backend.server();
    }

    @Test
    void the_database_counts_what_the_facts_read_into_memory_count() {
        Tenant tenant = server.newTenant();
        long account = tenant.accountId();
        Database db = server.app().database();
        ReportStore store = new JdbcReportStore(db);
        List<Long> users = new ArrayList<>();
        for (String name : List.of("Ann", "Bob", "Cid")) {
            users.add(server.app().accounts().createUser(account, name, "Agent",
                    name.toLowerCase() + "@chat.test", Role.USER).id());
        }
        long mailbox = tenant.mailbox().id();
        List<Long> mailboxes = List.of(mailbox, mailbox + 1_000_000, mailbox + 2_000_000);
        Random random = new Random(71);
        List<Long> conversations = new ArrayList<>();
        for (int i = 0; i < 10; i++) { // real conversations, so that they can carry tags
            long id = conversation(tenant, "chat" + i + "@x.test");
            Set<String> on = new HashSet<>();
            if (i % 2 == 0 || random.nextInt(3) == 0) {
                on.add("red");
            }
            if (i % 2 == 1 || random.nextInt(3) == 0) {
                on.add("blue");
            }
            retag(tenant, id, on);
            conversations.add(id);
        }
        for (int i = 0; i < 50; i++) {
            conversations.add(900_000_000L + account * 1_000 + i); // facts of conversations of no row: no tags
        }
        List<ReportFact> facts = new ArrayList<>();
        for (long c : conversations) {
            facts.addAll(conversationFacts(random, c, mailboxes, users));
        }
        write(db, store, account, facts);
        Map<String, Long> tagIds = tagIds(db, account);
        long viewer = users.get(1);
        List<ReportFilter> filters = List.of(ReportFilter.ALL,
                new ReportFilter(Set.of(mailboxes.get(0)), Set.of(), Set.of()),
                new ReportFilter(Set.of(mailboxes.get(1), mailboxes.get(2)), Set.of(), Set.of()),
                new ReportFilter(Set.of(), Set.of(), Set.of(tagIds.get("red"))),
                new ReportFilter(Set.of(mailboxes.get(0)), Set.of(), Set.of(tagIds.get("red"), tagIds.get("blue"))),
                new ReportFilter(Set.of(), Set.of(), Set.of(),
                        Set.of(new ReportFolder(mailboxes.get(0), FolderType.UNASSIGNED, viewer))),
                new ReportFilter(Set.of(), Set.of(), Set.of(),
                        Set.of(new ReportFolder(mailboxes.get(1), FolderType.MINE, viewer),
                                new ReportFolder(mailboxes.get(0), FolderType.CLOSED, viewer),
                                new ReportFolder(mailboxes.get(2), FolderType.ASSIGNED, viewer))));
        List<ReportPeriod> periods = new ArrayList<>(List.of(new ReportPeriod(START, START.plus(Duration.ofDays(12))),
                new ReportPeriod(START.minus(Duration.ofDays(3)), START.plus(Duration.ofDays(30)))));
        for (int i = 0; i < 5; i++) {
            Instant from = START.plusSeconds(random.nextInt(10 * 86_400));
            periods.add(new ReportPeriod(from, from.plusSeconds(3_600 + random.nextInt(4 * 86_400))));
        }
        List<Set<Long>> whose = Arrays.asList(null, Set.of(users.get(0)), Set.of(users.get(1), users.get(2)), Set.of());
        ChannelReports channels = new ChannelReports(store);
        int compared = 0;
        int busy = 0;
        for (boolean officeHours : new boolean[] {false, true}) {
            if (officeHours) {
                server.app().reports().setOfficeHours(account, "Europe/Paris", "mon-fri 09:00-17:30");
            }
            Figures figures = new Figures(store.settings(account).orElse(ReportSettings.DEFAULT), officeHours);
            for (ReportPeriod period : periods) {
                for (ReportFilter f : filters) {
                    ReportQuery q = ChannelReports.only(new ReportQuery(period, null, f, officeHours, null, null),
                            "chat");
                    for (Set<Long> u : whose) {
                        ChatFigures expected = ChatOracle.figures(store, account, q.filter(), period, u, figures);
                        assertThat(channels.figures(account, q, period, u, figures))
                                .as("%s %s users %s office hours %s", period, f, u, officeHours)
                                .isEqualTo(expected);
                        compared++;
                        if (expected.chats() > 1 && expected.waitTime() != null && expected.duration() != null) {
                            busy++;
                        }
                    }
                }
            }
        }
        assertThat(compared).isEqualTo(2 * periods.size() * filters.size() * whose.size());
        assertThat(busy).as("comparisons with chats, waits and durations to count").isGreaterThan(30);
    }

    /**
     * Through the service, with a previous period (counted on another thread and connection): the same figures as the
     * oracle's for everyone, a user and a team (its members' replies), with office hours on and off.
     */
    @Test
    void the_report_with_its_previous_period_for_everyone_a_user_and_a_team() {
        Tenant tenant = server.newTenant();
        long account = tenant.accountId();
        Database db = server.app().database();
        ReportStore store = new JdbcReportStore(db);
        List<Long> users = new ArrayList<>();
        for (String name : List.of("Dee", "Eve", "Fay")) {
            users.add(server.app().accounts().createUser(account, name, "Agent",
                    name.toLowerCase() + "@chat.test", Role.USER).id());
        }
        long team = server.app().teams().create(account, "Chat team", null).id();
        server.app().teams().addMember(account, team, users.get(1));
        server.app().teams().addMember(account, team, users.get(2));
        long mailbox = tenant.mailbox().id();
        Random random = new Random(25);
        List<ReportFact> facts = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            facts.addAll(conversationFacts(random, 800_000_000L + account * 1_000 + i, List.of(mailbox), users));
        }
        write(db, store, account, facts);
        ReportPeriod current = new ReportPeriod(START.plus(Duration.ofDays(5)), START.plus(Duration.ofDays(10)));
        ReportPeriod previous = new ReportPeriod(START, START.plus(Duration.ofDays(5)));
        int answered = 0;
        for (boolean officeHours : new boolean[] {false, true}) {
            if (officeHours) {
                server.app().reports().setOfficeHours(account, "America/New_York", "mon-sat 08:00-18:00");
            }
            Figures figures = new Figures(store.settings(account).orElse(ReportSettings.DEFAULT), officeHours);
            for (Long user : Arrays.asList(null, users.get(0), team)) {
                Set<Long> members = user == null ? null : user == team ? Set.of(users.get(1), users.get(2))
                        : Set.of(user);
                ReportFilter chats = ReportFilter.ALL.withTypes(Set.of("chat"));
                ChatReport report = server.app().reports().chat(account, new ReportQuery(current, previous,
                        ReportFilter.ALL.withTypes(Set.of("email")), officeHours, null, user));
                String as = "user " + user + " office hours " + officeHours;
                assertThat(report.current()).as(as)
                        .isEqualTo(ChatOracle.figures(store, account, chats, current, members, figures));
                assertThat(report.previous()).as(as)
                        .isEqualTo(ChatOracle.figures(store, account, chats, previous, members, figures));
                answered += report.current().completed() > 0 && report.previous().completed() > 0 ? 1 : 0;
            }
        }
        assertThat(answered).as("reports with chats answered in both periods").isGreaterThan(3);
    }

    /**
     * One conversation's facts over about ten days from {@link #START}, at whole seconds: mostly a chat; created
     * usually once (sometimes never, now and then twice); customer messages and replies (of a user, or of none),
     * whose waits start before them or, rarely, after; closes, some at the same second, some not knowing the start;
     * a reopening and a rating. Its mailbox may change, and its folder state (status, assignee) changes as it goes.
     */
    private static List<ReportFact> conversationFacts(Random random, long c, List<Long> mailboxes, List<Long> users) {
        List<ReportFact> facts = new ArrayList<>();
        String type = TYPES.get(random.nextInt(TYPES.size()));
        long mailbox = mailboxes.get(random.nextInt(mailboxes.size()));
        Instant created = START.plusSeconds(random.nextInt(10 * 86_400));
        Instant at = created;
        String status = "active";
        Long assignee = null;
        int creations = random.nextInt(10) == 0 ? 0 : random.nextInt(12) == 0 ? 2 : 1;
        for (int i = 0; i < creations; i++) {
            facts.add(fact(FactKind.CREATED, c, mailbox, type, null, at, null, false, null, status, assignee));
        }
        Instant waiting = null;
        boolean replied = false;
        int steps = random.nextInt(9);
        for (int i = 0; i < steps; i++) {
            at = at.plusSeconds(random.nextInt(5) == 0 ? 0 : random.nextInt(30_000));
            if (random.nextInt(8) == 0) {
                mailbox = mailboxes.get(random.nextInt(mailboxes.size()));
            }
            if (random.nextInt(4) == 0) {
                assignee = random.nextBoolean() ? null : users.get(random.nextInt(users.size()));
            }
            Long user = random.nextInt(7) == 0 ? null : users.get(random.nextInt(users.size()));
            switch (random.nextInt(6)) {
                case 0, 1 -> {
                    facts.add(fact(FactKind.CUSTOMER_MESSAGE, c, mailbox, type, null, at, null, false, null, status,
                            assignee));
                    waiting = waiting == null ? at : waiting;
                }
                case 2, 3 -> {
                    Instant since = waiting == null ? null
                            : random.nextInt(10) == 0 ? at.plusSeconds(1 + random.nextInt(600)) : waiting;
                    facts.add(fact(FactKind.REPLY, c, mailbox, type, user, at, since, !replied, null, status,
                            assignee));
                    replied = true;
                    waiting = null;
                }
                case 4 -> {
                    status = "closed";
                    facts.add(fact(FactKind.CLOSED, c, mailbox, type, user, at,
                            random.nextInt(6) == 0 ? null : created, false, replied ? 1 : 0, status, assignee));
                }
                default -> {
                    status = random.nextBoolean() ? "active" : random.nextBoolean() ? "pending" : "spam";
                    facts.add(fact(random.nextBoolean() ? FactKind.REOPENED : FactKind.RATED, c, mailbox, type, user,
                            at, created, false, null, status, assignee));
                }
            }
        }
        return facts;
    }

    private static ReportFact fact(FactKind kind, long c, long mailbox, String type, Long user, Instant at,
                                   Instant since, boolean first, Integer replies, String status, Long assignee) {
        return new ReportFact(kind, c, c, mailbox, type, null, user, null, at, since, replies, first,
                kind == FactKind.RATED ? RatingLevel.GREAT : null, null, status, assignee);
    }

    private static void write(Database db, ReportStore store, long account, List<ReportFact> facts) {
        for (int i = 0; i < facts.size(); i += 50) {
            List<ReportFact> batch = facts.subList(i, Math.min(facts.size(), i + 50));
            db.inTransaction(() -> {
                batch.forEach(f -> store.insert(account, f));
                return null;
            });
        }
    }

}
