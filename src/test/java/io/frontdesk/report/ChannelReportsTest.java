package io.frontdesk.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.account.User;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Golden;
import io.frontdesk.testing.Response;
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
 * The chat, email and phone reports (a channel is the conversation type), the user chat report and the Docs report's
 * 404, on a fixed day with figures worked out by hand: a chat answered twice and closed, a chat nobody answered, an
 * email resolved, reopened by its customer and resolved again, an email a user started, a phone call.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class ChannelReportsTest {

    @Parameter
    Backend backend;

    private static ReportScenario s;
    private static User uma;
    private static long owner;

    /** One scenario per backend, on a server of its own. */
    @BeforeParameterizedClassInvocation
    static void day(Backend backend) {
        s = ReportScenario.onReportDay(backend);
        uma = s.agent("Uma");
        owner = s.tenant.owner().id();
        s.at(at("09:00"));
        long[] carol = s.customerStarts("carol@customers.test", "chat");
        s.at(at("09:02"));
        s.reply(carol, owner);
        s.at(at("09:04"));
        s.customerWrites(carol);
        s.at(at("09:05"));
        s.reply(carol, owner);
        s.at(at("09:10"));
        s.status(carol, "closed");
        s.at(at("10:00"));
        s.customerStarts("dave@customers.test", "chat");
        s.at(at("11:00"));
        long[] erin = s.customerStarts("erin@customers.test", "email");
        s.at(at("11:30"));
        s.reply(erin, uma.id());
        s.at(at("12:00"));
        s.status(erin, "closed");
        s.userStarts("frank@customers.test", owner);
        s.at(at("13:00"));
        s.customerStarts("gina@customers.test", "phone");
        s.customerWrites(erin);
        assertThat(s.status(erin)).as("the customer's message reopens it").isEqualTo("active");
        s.at(at("13:30"));
        s.reply(erin, uma.id());
        s.at(at("14:00"));
        s.status(erin, "closed");
    }

    @AfterParameterizedClassInvocation
    static void close() {
        s.close();
    }

    private JsonNode get(String path, String type, String golden) {
        Response r = s.v2.get(path);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith(type);
        Golden.assertMatches(r, "helpscout-v2/reports/" + golden, s.v2.base());
        return r.json();
    }

    @Test
    void chat_counts_the_chats_of_the_period() {
        JsonNode chat = get("/v2/reports/chat?" + BOTH, "application/hal+json", "chat.json");
        JsonNode now = chat.get("current");
        assertThat(now.at("/volume/chatConversations").asInt()).isEqualTo(2);
        assertThat(now.at("/volume/completedChats").asInt()).isEqualTo(1);
        assertThat(now.at("/volume/missedChats").asInt()).as("dave's chat got no reply").isEqualTo(1);
        assertThat(now.at("/volume/chatsPerDay").asDouble()).isEqualTo(2.0);
        assertThat(now.at("/responses/waitTime").asDouble()).as("carol waited 2 minutes").isEqualTo(120.0);
        assertThat(now.at("/responses/responseTime").asDouble()).as("(120 + 60) / 2").isEqualTo(90.0);
        assertThat(now.at("/resolutions/messagesPerChat").asDouble()).as("(4 + 1) / 2").isEqualTo(2.5);
        assertThat(now.at("/resolutions/duration").asDouble()).as("09:00 to 09:10").isEqualTo(600.0);
        assertThat(chat.at("/previous/volume/chatConversations").asInt()).isZero();
        assertThat(chat.at("/previous/responses/waitTime").isNull()).as("nothing to average").isTrue();
    }

    @Test
    void email_counts_a_reopened_conversation_once_by_its_last_close() {
        JsonNode email = get("/v2/reports/email?" + BOTH, "application/hal+json", "email.json");
        JsonNode now = email.get("current");
        assertThat(now.at("/volume/emailConversations").asInt()).isEqualTo(2);
        assertThat(now.at("/volume/emailsCreated").asInt()).isEqualTo(2);
        assertThat(now.at("/volume/repliesSent").asInt()).as("uma twice, the owner's first email").isEqualTo(3);
        assertThat(now.at("/volume/messagesReceived").asInt()).isEqualTo(2);
        assertThat(now.at("/resolutions/resolved").asInt()).isEqualTo(1);
        assertThat(now.at("/resolutions/closed").asInt()).isEqualTo(1);
        assertThat(now.at("/resolutions/resolvedOnFirstReply").asInt()).as("its last close took 2").isZero();
        assertThat(now.at("/resolutions/resolutionTime").asDouble()).as("11:00 to 14:00").isEqualTo(10800.0);
        assertThat(now.at("/resolutions/repliesToResolve").asDouble()).isEqualTo(2.0);
        assertThat(now.at("/responses/responseTime").asDouble()).isEqualTo(1800.0);
        assertThat(now.at("/responses/firstResponseTime").asDouble()).isEqualTo(1800.0);
    }

    @Test
    void phone_counts_calls() {
        JsonNode phone = get("/v2/reports/phone?" + BOTH, "application/hal+json", "phone.json");
        assertThat(phone.at("/current/phoneConversations").asInt()).isEqualTo(1);
        assertThat(phone.at("/current/phoneCallsCreated").asInt()).isEqualTo(1);
        assertThat(phone.at("/current/customers").asInt()).isEqualTo(1);
        assertThat(s.v2.get("/v2/reports/phone?start=2026-03-03T00:00:00Z&end=2026-03-04T00:00:00Z").json()
                .at("/current/phoneConversations").asInt()).as("a day with no data").isZero();
    }

    @Test
    void user_chat_counts_the_chats_the_user_answered() {
        JsonNode mine = get("/v2/reports/user/chat?" + BOTH + "&user=" + owner, "application/json",
                "user_chat.json");
        assertThat(mine.at("/current/newConversations").asInt()).isEqualTo(1);
        assertThat(mine.at("/current/messagesPerChat").asDouble()).isEqualTo(4.0);
        assertThat(mine.at("/current/waitTime").asDouble()).isEqualTo(120.0);
        assertThat(mine.at("/current/responseTime").asDouble()).isEqualTo(90.0);
        assertThat(mine.at("/current/duration").asDouble()).isEqualTo(600.0);
        JsonNode none = s.v2.get("/v2/reports/user/chat?" + DAY + "&user=" + uma.id()).json();
        assertThat(none.at("/current/newConversations").asInt()).as("uma answered no chat").isZero();
        assertThat(none.at("/current/messagesPerChat").asDouble()).isZero();
        assertThat(none.at("/current/responseTime").isNull()).isTrue();
        assertThat(s.v2.get("/v2/reports/user/chat?" + DAY).status()).as("user is required").isEqualTo(400);
    }

    @Test
    void docs_is_a_404_in_both_versions() {
        Response v2 = s.v2.get("/v2/reports/docs?" + DAY);
        assertThat(v2.status()).isEqualTo(404);
        assertThat(v2.header("Content-Type")).startsWith("application/vnd.error+json");
        assertThat(v2.body()).contains("Docs");
        Response v1 = s.tenant.v1().get("/v1/reports/docs.json?" + DAY);
        assertThat(v1.status()).isEqualTo(404);
        assertThat(v1.header("Content-Type")).doesNotContain("vnd.error");
    }

    @Test
    void the_channel_reports_take_no_types_and_count_one_type_each() {
        JsonNode filtered = s.v2.get("/v2/reports/email?" + DAY + "&types=chat").json();
        assertThat(filtered.at("/current/volume/emailConversations").asInt()).isEqualTo(2);
        JsonNode company = s.v2.get("/v2/reports/conversations?" + DAY).json();
        assertThat(company.at("/current/totalConversations").asInt()).as("2 chats + 2 emails + 1 call")
                .isEqualTo(5);
    }
}
