package io.frontdesk.report;

import io.frontdesk.account.User;
import io.frontdesk.testing.Backend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Set;

import static io.frontdesk.report.ReportDay.MIDNIGHT;
import static io.frontdesk.report.ReportDay.PERIOD;
import static io.frontdesk.report.ReportDay.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every figure of a small day of work, computed by hand: two conversations customers start (one answered and
 * closed, one answered twice, closed, reopened by its customer and closed again) and one a user starts. The day is
 * written once per database; the tests only read it.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class ReportFiguresTest {

    @Parameter
    Backend backend;

    private static ReportScenario s;
    private static User owner;
    private static User uma;
    private static User idle;

    @BeforeParameterizedClassInvocation
    static void day(Backend backend) {
        s = ReportScenario.onReportDay(backend);
        owner = s.tenant.owner();
        uma = s.agent("Uma");
        idle = s.agent("Ivo");
        s.at(at("09:00"));
        long[] c1 = s.customerStarts("alice@customers.test", "email");
        s.at(at("09:30"));
        s.reply(c1, owner.id());                     // waited 1800 s, the first reply
        s.at(at("10:00"));
        s.status(c1, "closed");                      // resolved on its first reply, 3600 s after creation
        long[] c2 = s.customerStarts("bob@customers.test", "email");
        s.at(at("11:00"));
        long[] c3 = s.userStarts("alice@customers.test", owner.id()); // a reply nobody waited for
        s.at(at("12:00"));
        s.reply(c2, uma.id());                       // waited 7200 s, the first reply
        s.at(at("13:00"));
        s.customerWrites(c2);
        s.at(at("13:30"));
        s.customerWrites(c2);                        // still waiting since 13:00
        s.at(at("14:00"));
        s.reply(c2, uma.id());                       // waited 3600 s
        s.at(at("15:00"));
        s.status(c2, "closed");
        s.at(at("16:00"));
        s.customerWrites(c2);                        // reopens it
        assertThat(s.status(c2)).isEqualTo("active");
        s.at(at("17:00"));
        s.status(c2, "closed");                      // resolved (once) 25200 s after creation, in 2 replies
        assertThat(c3[1]).isEqualTo(c1[1]);
    }

    @AfterParameterizedClassInvocation
    static void close() {
        s.close();
    }

    private ReportQuery query(Long user) {
        return new ReportQuery(PERIOD, null, ReportFilter.ALL, false, null, user);
    }

    @Test
    void company_figures() {
        Totals t = s.reports().overall(s.account(), query(null)).current();
        assertThat(t.days()).isEqualTo(1);
        assertThat(t.conversationsCreated()).isEqualTo(3);
        assertThat(t.totalConversations()).isEqualTo(3);
        assertThat(t.customers()).isEqualTo(2);
        assertThat(t.customerMessages()).as("09:00, 10:00, 13:00, 13:30, 16:00").isEqualTo(5);
        assertThat(t.totalReplies()).isEqualTo(4);
        assertThat(t.customersHelped()).isEqualTo(2);
        assertThat(t.totalUsers()).isEqualTo(2);
        assertThat(t.closed()).isEqualTo(2);
        assertThat(t.resolved()).isEqualTo(2);
        assertThat(t.resolvedOnFirstReply()).isEqualTo(1);
        assertThat(t.percentResolvedOnFirstReply()).isEqualTo(50.0);
        assertThat(t.resolutionTime()).as("(3600 + 25200) / 2").isEqualTo(14_400.0);
        assertThat(t.repliesToResolve()).isEqualTo(1.5);
        assertThat(t.responseTime()).as("(1800 + 7200 + 3600) / 3").isEqualTo(4200.0);
        assertThat(t.firstResponseTime()).as("(1800 + 7200) / 2").isEqualTo(4500.0);
        assertThat(t.repliesPerDay()).isEqualTo(4.0);
        assertThat(t.repliesPerDayPerUser()).isEqualTo(2.0);
        assertThat(t.resolvedPerDay()).isEqualTo(2.0);
        assertThat(t.busiestDay()).as("Monday").isEqualTo(1);
    }

    @Test
    void a_users_figures_are_their_own_acts() {
        Totals mine = s.reports().user(s.account(), query(uma.id())).current();
        assertThat(mine.totalReplies()).isEqualTo(2);
        assertThat(mine.customersHelped()).isEqualTo(1);
        assertThat(mine.responseTime()).isEqualTo(5400.0);
        assertThat(mine.firstResponseTime()).isEqualTo(7200.0);
        assertThat(mine.closed()).as("the owner closed them").isZero();

        Totals owners = s.reports().user(s.account(), query(owner.id())).current();
        assertThat(owners.totalReplies()).isEqualTo(2);
        assertThat(owners.conversationsCreated()).as("the one the owner started").isEqualTo(1);
        assertThat(owners.closed()).isEqualTo(2);
        assertThat(owners.resolved()).isEqualTo(2);
        assertThat(owners.customersHelped()).isEqualTo(1);

        Reports.User nobody = s.reports().user(s.account(), query(idle.id()));
        assertThat(nobody.name()).isEqualTo("Ivo Agent");
        assertThat(nobody.current().totalReplies()).isZero();
        assertThat(nobody.current().totalConversations()).isZero();
        assertThat(nobody.current().responseTime()).as("nothing to average").isNull();
        assertThat(nobody.current().resolutionTime()).isNull();
        assertThat(nobody.current().busiestDay()).isNull();
    }

    @Test
    void a_team_stands_for_its_members_and_a_users_id_names_the_user() {
        var teams = s.server.app().teams();
        long team = 0;
        // teams and users are numbered apart: take a team whose id no user has
        while (team == 0 || s.server.app().accounts().user(s.account(), team).isPresent()
                || team <= idle.id()) {
            team = teams.create(s.account(), "Tier " + System.nanoTime(), "UTC").id();
        }
        teams.addMember(s.account(), team, uma.id());
        teams.addMember(s.account(), team, idle.id());
        Reports.User report = s.reports().user(s.account(), query(team));
        assertThat(report.name()).startsWith("Tier ");
        assertThat(report.current().totalReplies()).as("Uma's two, Ivo's none").isEqualTo(2);
        assertThat(report.current().responseTime()).isEqualTo(5400.0);
        assertThat(s.reports().user(s.account(), query(uma.id())).name()).as("a user's id names the user, even "
                + "when a team has the same number").isEqualTo("Uma Agent");
    }

    @Test
    void company_lists_each_user_who_replied() {
        Reports.Company company = s.reports().company(s.account(), query(null));
        assertThat(company.users()).extracting(Reports.UserLine::userId).containsExactly(owner.id(), uma.id());
        assertThat(company.users().get(1).name()).isEqualTo("Uma Agent");
        assertThat(company.users().get(1).current().totalReplies()).isEqualTo(2);
        assertThat(company.current().totalUsers()).isEqualTo(2);
        assertThat(company.previous()).isNull();
    }

    @Test
    void productivity_ranges() {
        Reports.Productivity p = s.reports().productivity(s.account(), query(null));
        // 1800 s is range 3 (30-60 min), 7200 s range 5 (2-3 h), 3600 s range 4 (1-2 h)
        assertThat(p.responseTime().count()).isEqualTo(3);
        assertThat(p.responseTime().ranges()).filteredOn(r -> r.count() > 0)
                .extracting(Reports.Range::id).containsExactly(3, 4, 5);
        assertThat(p.firstResponseTime().ranges()).filteredOn(r -> r.count() > 0)
                .extracting(Reports.Range::id).containsExactly(3, 5);
        assertThat(p.repliesToResolve().ranges()).filteredOn(r -> r.count() > 0)
                .extracting(r -> r.id() + ":" + r.percent()).containsExactly("1:50.0", "2:50.0");
    }

    @Test
    void busy_times_count_new_conversations_by_weekday_and_hour() {
        var slots = s.reports().busyTimes(s.account(), query(null));
        assertThat(slots).hasSize(7 * 24);
        assertThat(slots).filteredOn(b -> b.count() > 0).extracting(b -> b.day() + "@" + b.hour() + "=" + b.count())
                .containsExactly("1@9=1", "1@10=1", "1@11=1");
        Reports.Conversations c = s.reports().conversations(s.account(), query(null));
        assertThat(c.busiestDay()).isEqualTo(new Reports.BusySlot(1, 0, 3));
        assertThat(c.busyTimeStart()).isEqualTo(9);
        assertThat(c.busyTimeEnd()).isEqualTo(11);
        assertThat(c.customers()).extracting(Reports.Top::count).containsExactly(2, 1);
    }

    @Test
    void top_customers_carry_the_previous_period_counts_of_the_same_customers() {
        // alice had c1 and c3, bob c2: three customer conversations in all
        Reports.Conversations same = s.reports().conversations(s.account(), new ReportQuery(PERIOD, PERIOD,
                ReportFilter.ALL, false, null, null));
        assertThat(same.customersCount()).isEqualTo(2);
        assertThat(same.customers()).extracting(t -> t.count() + "/" + t.previousCount() + " " + t.percent() + "/"
                + t.previousPercent()).containsExactly("2/2 66.67/66.67", "1/1 33.33/33.33");
        ReportPeriod dayBefore = new ReportPeriod(MIDNIGHT.minusSeconds(86_400), MIDNIGHT);
        Reports.Conversations empty = s.reports().conversations(s.account(), new ReportQuery(PERIOD, dayBefore,
                ReportFilter.ALL, false, null, null));
        assertThat(empty.customers()).extracting(t -> t.count() + "/" + t.previousCount() + " " + t.percent() + "/"
                + t.previousPercent()).containsExactly("2/0 66.67/0.0", "1/0 33.33/0.0");
        Reports.Conversations none = s.reports().conversations(s.account(), new ReportQuery(dayBefore, PERIOD,
                ReportFilter.ALL, false, null, null));
        assertThat(none.customersCount()).isZero();
        assertThat(none.customers()).isEmpty();
    }

    @Test
    void a_period_before_or_after_holds_nothing_and_a_previous_period_is_beside_it() {
        ReportPeriod before = new ReportPeriod(MIDNIGHT.minusSeconds(86_400), MIDNIGHT);
        Totals empty = s.reports().overall(s.account(), new ReportQuery(before, null, ReportFilter.ALL, false, null,
                null)).current();
        assertThat(empty.totalConversations()).isZero();
        assertThat(empty.totalReplies()).isZero();
        assertThat(empty.responseTime()).isNull();
        assertThat(empty.happinessScore()).isZero();
        assertThat(empty.ratingsPercent()).isZero();

        Reports.Overall both = s.reports().overall(s.account(), new ReportQuery(PERIOD, before, ReportFilter.ALL, false,
                null, null));
        assertThat(both.current().totalReplies()).isEqualTo(4);
        assertThat(both.previous().totalReplies()).isZero();
    }

    @Test
    void filters_by_mailbox_type_and_tag() {
        long other = s.server.app().mailboxes().create(s.account(), "Other", "other@mailboxes.test").id();
        Totals none = s.reports().overall(s.account(), new ReportQuery(PERIOD, null,
                new ReportFilter(Set.of(other), Set.of(), Set.of()), false, null, null)).current();
        assertThat(none.totalConversations()).isZero();
        Totals mine = s.reports().overall(s.account(), new ReportQuery(PERIOD, null,
                new ReportFilter(Set.of(s.tenant.mailbox().id()), Set.of("email"), Set.of()), false, null, null))
                .current();
        assertThat(mine.totalConversations()).isEqualTo(3);
        Totals chats = s.reports().overall(s.account(), new ReportQuery(PERIOD, null,
                new ReportFilter(Set.of(), Set.of("chat"), Set.of()), false, null, null)).current();
        assertThat(chats.totalConversations()).isZero();
    }
}
