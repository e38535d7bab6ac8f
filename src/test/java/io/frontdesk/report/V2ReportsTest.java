package io.frontdesk.report;

import io.frontdesk.account.User;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Golden;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import static io.frontdesk.report.ReportDay.BOTH;
import static io.frontdesk.report.ReportDay.DAY;
import static io.frontdesk.report.ReportDay.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Help Scout 2.0 reports over HTTP, each shape pinned by a golden file, on a fixed morning: two chats customers
 * start, each answered, closed and rated (great, then very poor), and an email still waiting.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class V2ReportsTest {

    @Parameter
    Backend backend;

    private static ReportScenario s;
    private static Client v2;
    private static User uma;
    private static long[] carol;

    @BeforeParameterizedClassInvocation
    static void morning(Backend backend) {
        s = ReportScenario.onReportDay(backend);
        v2 = s.v2;
        uma = s.agent("Uma");
        long owner = s.tenant.owner().id();
        s.at(at("09:00"));
        carol = s.customerStarts("carol@customers.test", "chat");
        s.at(at("09:10"));
        s.reply(carol, owner);
        s.at(at("09:20"));
        s.status(carol, "closed");
        s.at(at("09:30"));
        s.rate(carol, "great");
        s.at(at("10:00"));
        long[] dave = s.customerStarts("dave@customers.test", "chat");
        s.at(at("11:00"));
        s.reply(dave, uma.id());
        s.at(at("11:30"));
        s.status(dave, "closed");
        s.at(at("12:00"));
        s.rate(dave, "very poor");
        s.at(at("13:00"));
        s.customerStarts("erin@customers.test", "email");
    }

    @AfterParameterizedClassInvocation
    static void close() {
        s.close();
    }

    private Response ok(String path) {
        Response r = v2.get(path);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        return r;
    }

    private void golden(String path, String file) {
        Response r = ok(path);
        Golden.assertMatches(r, "helpscout-v2/reports/" + file, v2.base());
    }

    @Test
    void company() {
        golden("/v2/reports/company?" + BOTH, "company.json");
    }

    @Test
    void conversations() {
        golden("/v2/reports/conversations?" + BOTH, "conversations.json");
    }

    @Test
    void productivity() {
        golden("/v2/reports/productivity?" + DAY, "productivity.json");
    }

    @Test
    void happiness_and_its_ratings() {
        golden("/v2/reports/happiness?" + BOTH, "happiness.json");
        golden("/v2/reports/happiness/ratings?" + DAY, "ratings.json");
        Response great = ok("/v2/reports/happiness/ratings?" + DAY + "&rating=great&sortField=number&sortOrder=ASC");
        assertThat(great.json().get("count").asInt()).isEqualTo(1);
        assertThat(great.json().at("/results/0/id").asLong()).isEqualTo(carol[0]);
        Response php = ok("/v2/reports/happiness/ratings?" + DAY + "&sortFieldRatings=number&sortOrder=ASC");
        assertThat(php.json().at("/results/0/id").asLong()).as("PHP's parameter name").isEqualTo(carol[0]);
        Response beyond = ok("/v2/reports/happiness/ratings?" + DAY + "&page=2");
        assertThat(beyond.json().get("results")).isEmpty();
        assertThat(beyond.json().get("pages").asInt()).isEqualTo(1);
    }

    @Test
    void user_reports() {
        golden("/v2/reports/user?" + BOTH + "&user=" + uma.id(), "user.json");
        golden("/v2/reports/user/ratings?" + DAY + "&user=" + uma.id(), "user_ratings.json");
        golden("/v2/reports/user/replies?" + DAY + "&user=" + uma.id() + "&viewBy=day", "user_replies.json");
    }

    @Test
    void series() {
        golden("/v2/reports/conversations/new?" + BOTH, "new.json");
        golden("/v2/reports/conversations/received-messages?" + DAY, "received_messages.json");
        golden("/v2/reports/conversations/volume-by-channel?" + DAY, "volume_by_channel.json");
        golden("/v2/reports/productivity/first-response-time?" + DAY, "first_response_time.json");
        golden("/v2/reports/company/customers-helped?start=2026-02-23T00:00:00Z&end=2026-03-09T00:00:00Z"
                + "&viewBy=week", "customers_helped_by_week.json");
        Response busy = ok("/v2/reports/conversations/busy-times?" + DAY);
        assertThat(busy.json()).hasSize(168);
        assertThat(busy.json().get(9).toString()).isEqualTo("{\"day\":1,\"hour\":9,\"count\":1}");
    }

    @Test
    void mistakes_are_400_naming_the_parameter() {
        s.assertInvalid("/v2/reports/company", "start");
        s.assertInvalid("/v2/reports/company?start=2026-03-02T00:00:00Z", "end");
        s.assertInvalid("/v2/reports/company?start=yesterday&end=2026-03-03T00:00:00Z", "start");
        s.assertInvalid("/v2/reports/company?start=2026-03-03T00:00:00Z&end=2026-03-02T00:00:00Z", "end");
        s.assertInvalid("/v2/reports/company?" + DAY + "&mailboxes=1,x", "mailboxes");
        s.assertInvalid("/v2/reports/company?" + DAY + "&types=fax", "types");
        s.assertInvalid("/v2/reports/company?" + DAY + "&folders=3", "folders");
        s.assertInvalid("/v2/reports/productivity?" + DAY + "&officeHours=maybe", "officeHours");
        s.assertInvalid("/v2/reports/conversations/new?" + DAY + "&viewBy=hour", "viewBy");
        s.assertInvalid("/v2/reports/conversations/new?" + DAY + "&viewBy=month", "viewBy");
        s.assertInvalid("/v2/reports/conversations/new?start=2026-01-01T00:00:00Z&end=2026-04-01T00:00:00Z"
                + "&viewBy=day", "viewBy");
        s.assertInvalid("/v2/reports/happiness/ratings?" + DAY + "&rating=superb", "rating");
        s.assertInvalid("/v2/reports/happiness/ratings?" + DAY + "&sortField=name", "sortField");
        s.assertInvalid("/v2/reports/happiness/ratings?" + DAY + "&sortOrder=UP", "sortOrder");
        s.assertInvalid("/v2/reports/happiness/ratings?" + DAY + "&page=0", "page");
        s.assertInvalid("/v2/reports/user?" + DAY, "user");
        s.assertInvalid("/v2/reports/user?" + DAY + "&user=me", "user");
    }

    @Test
    void another_accounts_user_is_unknown_and_its_figures_are_not_mixed_in() {
        Tenant other = s.server.newTenant();
        Response unknown = other.v2().get("/v2/reports/user?" + DAY + "&user=" + uma.id());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(v2.get("/v2/reports/user?" + DAY + "&user=999999").status()).isEqualTo(404);
        Response theirs = other.v2().get("/v2/reports/productivity?" + DAY + "&mailboxes=" + s.tenant.mailbox().id());
        assertThat(theirs.json().at("/current/repliesSent").asInt()).isZero();
        assertThat(other.v2().get("/v2/reports/happiness/ratings?" + DAY).json().get("count").asInt()).isZero();
        assertThat(other.v2().get("/v2/reports/company?" + DAY).json().at("/current/totalReplies").asInt()).isZero();
    }
}
