package io.frontdesk.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.account.User;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Golden;
import io.frontdesk.testing.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;

import static io.frontdesk.report.ReportDay.BOTH;
import static io.frontdesk.report.ReportDay.DAY;
import static io.frontdesk.report.ReportDay.at;
import static io.frontdesk.report.ReportScenario.ids;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drilldowns, the user conversation history and the conversations report's tags and saved replies lists, on two
 * fixed days worked out by hand. The day before: zed's email, tagged vip and answered by the owner. The day: carol's
 * email tagged vip, answered from the saved reply "Welcome" after 10 minutes and closed; dave's email answered by Uma
 * after an hour and tagged vip and billing; erin's email, unanswered. The day after: erin's email tagged "later" and
 * untagged five minutes later, and hal's email created with the tag "created-with".
 */
@ParameterizedClass
@EnumSource(Backend.class)
class DrilldownReportsTest {

    @Parameter
    Backend backend;

    private static ReportScenario s;
    private static Client v2;
    private static User uma;
    private static long owner;
    private static long welcome;
    private static long[] carol;
    private static long[] dave;
    private static long[] erin;

    /** One scenario per backend, on a server of its own. */
    @BeforeParameterizedClassInvocation
    static void days(Backend backend) {
        s = new ReportScenario(backend, Instant.parse("2026-03-01T14:00:00Z"));
        uma = s.agent("Uma");
        owner = s.tenant.owner().id();
        welcome = s.savedReply("Welcome");
        s.at(Instant.parse("2026-03-01T15:00:00Z"));
        long[] zed = s.customerStarts("zed@customers.test", "email");
        s.at(Instant.parse("2026-03-01T15:10:00Z"));
        s.tags(zed, "vip");
        s.at(Instant.parse("2026-03-01T15:30:00Z"));
        s.reply(zed, owner);
        s.at(at("09:00"));
        carol = s.customerStarts("carol@customers.test", "email");
        s.at(at("09:05"));
        s.tags(carol, "vip");
        s.at(at("09:10"));
        s.replyFrom(carol, owner, welcome);
        s.at(at("09:20"));
        s.status(carol, "closed");
        s.at(at("10:00"));
        dave = s.customerStarts("dave@customers.test", "email");
        s.at(at("11:00"));
        s.reply(dave, uma.id());
        s.at(at("11:05"));
        s.tags(dave, "vip", "billing");
        s.at(at("12:00"));
        erin = s.customerStarts("erin@customers.test", "email");
        s.at(Instant.parse("2026-03-03T10:00:00Z"));
        s.tags(erin, "later");
        s.at(Instant.parse("2026-03-03T10:05:00Z"));
        s.tags(erin);
        s.at(Instant.parse("2026-03-03T10:10:00Z"));
        s.customerStarts("hal@customers.test", "email", "Tagged", "created-with");
        v2 = s.v2;
    }

    @AfterParameterizedClassInvocation
    static void close() {
        s.close();
    }

    private JsonNode ok(String path) {
        Response r = v2.get(path);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        return r.json();
    }

    private long tag(String name) {
        for (JsonNode t : v2.get("/v2/tags").json().at("/_embedded/tags")) {
            if (t.get("name").asText().equals(name)) {
                return t.get("id").asLong();
            }
        }
        throw new AssertionError("no tag " + name);
    }

    @Test
    void conversations_drilldowns_list_the_figures_conversations_newest_activity_first() {
        Response first = v2.get("/v2/reports/conversations/drilldown?" + DAY + "&rows=2");
        Golden.assertMatches(first, "helpscout-v2/reports/drilldown.json", v2.base());
        assertThat(ids(first.json())).containsExactly(erin[0], dave[0]);
        JsonNode second = ok("/v2/reports/conversations/drilldown?" + DAY + "&rows=2&page=2");
        assertThat(ids(second)).containsExactly(carol[0]);
        assertThat(second.at("/conversations/count").asInt()).isEqualTo(3);
        assertThat(second.at("/conversations/pages").asInt()).isEqualTo(2);
        assertThat(ids(ok("/v2/reports/conversations/new-drilldown?" + DAY)))
                .containsExactly(erin[0], dave[0], carol[0]);
        JsonNode none = ok("/v2/reports/conversations/drilldown?start=2026-03-05T00:00:00Z&end=2026-03-06T00:00:00Z");
        assertThat(none.at("/conversations/count").asInt()).as("a day with no data").isZero();
        assertThat(none.at("/conversations/pages").asInt()).isEqualTo(1);
    }

    @Test
    void fields_drilldown_by_tag_customer_and_saved_reply() {
        String fields = "/v2/reports/conversations/fields-drilldown?" + DAY;
        assertThat(ids(ok(fields + "&field=tagid&fieldid=" + tag("vip")))).containsExactly(dave[0], carol[0]);
        assertThat(ids(ok(fields + "&field=customerid&fieldid=" + carol[1]))).containsExactly(carol[0]);
        assertThat(ids(ok(fields + "&field=replyid&fieldid=" + welcome))).containsExactly(carol[0]);
        assertThat(ok(fields + "&field=workflowid&fieldid=1").at("/conversations/count").asInt()).isZero();
        assertThat(s.tenant.v1().get("/v1/reports/conversations/customfields-drilldown.json?" + DAY
                + "&field=tagid&fieldid=" + tag("billing")).json().at("/conversations/count").asInt()).isEqualTo(1);
    }

    @Test
    void company_drilldown_by_productivity_range() {
        String company = "/v2/reports/company/drilldown?" + DAY;
        assertThat(ids(ok(company))).as("replied to or closed").containsExactly(dave[0], carol[0]);
        assertThat(ids(ok(company + "&range=firstReplyResolved"))).containsExactly(carol[0]);
        assertThat(ids(ok(company + "&range=replies&rangeId=1"))).containsExactly(carol[0]);
        assertThat(ids(ok(company + "&range=responseTime&rangeId=1"))).as("10 minutes").containsExactly(carol[0]);
        assertThat(ids(ok(company + "&range=responseTime&rangeId=4"))).as("an hour").containsExactly(dave[0]);
        assertThat(ids(ok(company + "&range=firstResponseTime"))).containsExactly(dave[0], carol[0]);
        assertThat(ok(company + "&range=handleTime").at("/conversations/count").asInt()).isZero();
        assertThat(ids(ok("/v2/reports/user/drilldown?" + DAY + "&user=" + uma.id()))).containsExactly(dave[0]);
    }

    @Test
    void version_1_requires_a_range_and_lists_ten_user_rows() {
        Client v1 = s.tenant.v1();
        Response missing = v1.get("/v1/reports/productivity/drilldown.json?" + DAY);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("range");
        Response resolved = v1.get("/v1/reports/productivity/drilldown.json?" + DAY + "&range=resolved");
        assertThat(resolved.json().at("/conversations/results/0/id").asLong()).isEqualTo(carol[0]);
        assertThat(v1.get("/v1/reports/team/drilldown.json?" + DAY).status()).isEqualTo(400);
        assertThat(v1.get("/v1/reports/users/drilldown.json?" + DAY + "&user=" + uma.id()).json()
                .at("/conversations/count").asInt()).isEqualTo(1);
        assertThat(v1.get("/v1/reports/conversations/drilldown.json?" + DAY).json())
                .isEqualTo(ok("/v2/reports/conversations/drilldown?" + DAY));
    }

    @Test
    void user_conversation_history() {
        Response mine = v2.get("/v2/reports/user/conversation-history?" + DAY + "&user=" + owner);
        Golden.assertMatches(mine, "helpscout-v2/reports/conversation_history.json", v2.base());
        JsonNode row = mine.json().at("/results/0");
        assertThat(row.get("id").asLong()).isEqualTo(carol[0]);
        assertThat(row.get("repliesSent").asInt()).isEqualTo(1);
        assertThat(row.get("responseTime").asDouble()).isEqualTo(600.0);
        assertThat(row.get("firstResponseTime").asDouble()).isEqualTo(600.0);
        assertThat(row.get("resolveTime").asDouble()).as("09:00 to 09:20").isEqualTo(1200.0);
        JsonNode umas = ok("/v2/reports/user/conversation-history?" + DAY + "&user=" + uma.id());
        assertThat(umas.at("/results/0/responseTime").asDouble()).isEqualTo(3600.0);
        assertThat(umas.at("/results/0/resolveTime").isNull()).as("not closed").isTrue();
        assertThat(ok("/v2/reports/user/conversation-history?" + DAY + "&user=" + uma.id()
                + "&status=closed").get("count").asInt()).isZero();
        User idle = s.agent("Ida");
        assertThat(ok("/v2/reports/user/conversation-history?" + DAY + "&user=" + idle.id()).get("count").asInt())
                .as("a user with no replies").isZero();
        assertThat(s.tenant.v1().get("/v1/reports/user/conversation-history.json?" + DAY + "&user=" + owner
                + "&sortField=repliesSent&sortOrder=ASC").json()).as("1.0: the same body, bare")
                .isEqualTo(mine.json());
        assertThat(v2.get("/v2/reports/user/conversation-history?" + DAY + "&user=999999").status()).isEqualTo(404);
        assertThat(v2.get("/v2/reports/user/drilldown?" + DAY + "&user=999999").status()).isEqualTo(404);
    }

    @Test
    void conversations_report_lists_tags_and_saved_replies_from_history() {
        JsonNode report = ok("/v2/reports/conversations?" + BOTH);
        Golden.assertMatches(v2.get("/v2/reports/conversations?" + BOTH),
                "helpscout-v2/reports/conversations_lists.json", v2.base());
        assertThat(report.at("/tags/count").asInt()).isEqualTo(2);
        JsonNode vip = report.at("/tags/top/0");
        assertThat(vip.get("name").asText()).isEqualTo("vip");
        assertThat(vip.get("count").asInt()).as("carol and dave").isEqualTo(2);
        assertThat(vip.get("previousCount").asInt()).as("zed, the day before").isEqualTo(1);
        assertThat(vip.get("percent").asDouble()).isEqualTo(66.67);
        assertThat(vip.get("deltaPercent").asDouble()).isEqualTo(-33.33);
        assertThat(report.at("/tags/top/1/name").asText()).isEqualTo("billing");
        assertThat(report.at("/replies/top/0/id").asLong()).isEqualTo(welcome);
        assertThat(report.at("/replies/top/0/mailboxId").asLong()).isEqualTo(s.tenant.mailbox().id());
        assertThat(report.get("top")).isEqualTo(report.get("replies"));
    }

    @Test
    void a_tag_taken_off_later_still_counts_where_it_was_put_on() {
        JsonNode next = ok("/v2/reports/conversations?start=2026-03-03T00:00:00Z&end=2026-03-04T00:00:00Z");
        assertThat(next.at("/tags/count").asInt()).isEqualTo(2);
        assertThat(next.at("/tags/top/0/name").asText()).as("a tag taken off later still counts")
                .isEqualTo("later");
        assertThat(next.at("/tags/top/0/count").asInt()).isEqualTo(1);
        assertThat(next.at("/tags/top/1/name").asText()).as("a tag given at creation").isEqualTo("created-with");
    }

    @Test
    void drilldown_mistakes_are_400_naming_the_parameter() {
        s.assertInvalid("/v2/reports/conversations/drilldown?" + DAY + "&rows=51", "rows");
        s.assertInvalid("/v2/reports/conversations/drilldown?" + DAY + "&rows=x", "rows");
        s.assertInvalid("/v2/reports/company/drilldown?" + DAY + "&range=speed", "range");
        s.assertInvalid("/v2/reports/company/drilldown?" + DAY + "&rangeId=2", "rangeId");
        s.assertInvalid("/v2/reports/company/drilldown?" + DAY + "&range=replies&rangeId=11", "rangeId");
        s.assertInvalid("/v2/reports/conversations/fields-drilldown?" + DAY + "&fieldid=1", "field");
        s.assertInvalid("/v2/reports/conversations/fields-drilldown?" + DAY + "&field=colour&fieldid=1", "field");
        s.assertInvalid("/v2/reports/conversations/fields-drilldown?" + DAY + "&field=tagid", "fieldid");
        s.assertInvalid("/v2/reports/user/drilldown?" + DAY, "user");
        s.assertInvalid("/v2/reports/user/conversation-history?" + DAY + "&user=" + owner + "&status=open", "status");
        s.assertInvalid("/v2/reports/user/conversation-history?" + DAY + "&user=" + owner + "&sortField=x",
                "sortField");
    }}
