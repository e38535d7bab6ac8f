package io.frontdesk.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An account in Paris with office hours Monday to Friday 09:00-17:00, over the weekend clocks go forward (Sunday
 * 2026-03-29): a conversation asked on Friday afternoon and answered on Monday morning, and one asked and answered
 * on Saturday, outside office hours.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class ReportTimeZoneTest {

    private static final String PERIOD = "start=2026-03-27T00:00:00Z&end=2026-03-31T00:00:00Z";

    @Parameter
    Backend backend;

    private static ReportScenario s;

    @BeforeParameterizedClassInvocation
    static void weekend(Backend backend) {
        s = new ReportScenario(backend, Instant.parse("2026-03-27T08:00:00Z"));
        s.reports().setOfficeHours(s.account(), "Europe/Paris", "mon-fri 09:00-17:00");
        long owner = s.tenant.owner().id();
        s.at(Instant.parse("2026-03-27T15:00:00Z"));                  // Friday 16:00 in Paris
        long[] friday = s.customerStarts("fred@customers.test", "email");
        s.at(Instant.parse("2026-03-28T10:00:00Z"));                  // Saturday
        long[] saturday = s.customerStarts("sam@customers.test", "email");
        s.at(Instant.parse("2026-03-28T11:00:00Z"));
        s.reply(saturday, owner);                                     // 3600 s, none of it office time
        s.at(Instant.parse("2026-03-30T08:00:00Z"));                  // Monday 10:00 in Paris, summer time
        s.reply(friday, owner);                                       // 65 h; office time 16-17 Fri + 9-10 Mon
        s.at(Instant.parse("2026-03-30T09:00:00Z"));
        s.status(friday, "closed");                                   // 66 h; office time 1 h + 2 h
    }

    @AfterParameterizedClassInvocation
    static void close() {
        s.close();
    }

    private JsonNode productivity(boolean officeHours) {
        return s.v2.get("/v2/reports/productivity?" + PERIOD + "&officeHours=" + officeHours).json().get("current");
    }

    @Test
    void office_hours_count_only_the_time_the_office_was_open() {
        JsonNode office = productivity(true);
        assertThat(office.get("firstResponseTime").asDouble()).as("(7200 + 0) / 2").isEqualTo(3600.0);
        assertThat(office.get("responseTime").asDouble()).isEqualTo(3600.0);
        assertThat(office.get("resolutionTime").asDouble()).as("Fri 16-17, Mon 09-11").isEqualTo(10_800.0);

        JsonNode wall = productivity(false);
        assertThat(wall.get("firstResponseTime").asDouble()).as("(234000 + 3600) / 2").isEqualTo(118_800.0);
        assertThat(wall.get("resolutionTime").asDouble()).isEqualTo(237_600.0);
        assertThat(s.v2.get("/v2/reports/productivity?" + PERIOD + "&officeHours=1").json().get("current"))
                .as("PHP sends 1").isEqualTo(office);
    }

    @Test
    void without_office_hours_set_office_hours_true_counts_all_the_time() {
        ReportSettings before = s.reports().settings(s.account());
        s.reports().setOfficeHours(s.account(), null, "none");
        try {
            assertThat(productivity(true)).isEqualTo(productivity(false));
        } finally {
            s.reports().setOfficeHours(s.account(), null, before.officeHours().text());
        }
    }

    @Test
    void reports_that_show_no_duration_answer_the_same_in_office_hours() {
        // they are counted without office hours (no duration read); a timed series still measures in them
        for (String report : new String[] {"conversations", "phone", "productivity/replies-sent",
                "company/customers-helped", "productivity/resolved", "/v1/reports/conversations.json"}) {
            String path = report.startsWith("/") ? report : "/v2/reports/" + report;
            var client = report.startsWith("/v1") ? s.v1As(s.tenant.owner()) : s.v2;
            Response office = client.get(path + "?" + PERIOD + "&officeHours=true");
            assertThat(office.status()).as(report).isEqualTo(200);
            assertThat(office.json()).as(report)
                    .isEqualTo(client.get(path + "?" + PERIOD + "&officeHours=false").json());
        }
        assertThat(s.v2.get("/v2/reports/productivity/resolution-time?" + PERIOD + "&viewBy=day&officeHours=true")
                .json()).isNotEqualTo(s.v2.get("/v2/reports/productivity/resolution-time?" + PERIOD
                + "&viewBy=day&officeHours=false").json());
    }

    @Test
    void days_are_paris_days_across_the_clock_change() {
        JsonNode replies = s.v2.get("/v2/reports/productivity/replies-sent?start=2026-03-27T23:00:00Z"
                + "&end=2026-03-30T22:00:00Z&viewBy=day").json().get("current");
        // Saturday, Sunday (23 hours long) and Monday, each from Paris midnight
        assertThat(replies.toString()).isEqualTo("[{\"date\":\"2026-03-27T23:00:00Z\",\"replies\":1},"
                + "{\"date\":\"2026-03-28T23:00:00Z\",\"replies\":0},"
                + "{\"date\":\"2026-03-29T22:00:00Z\",\"replies\":1}]");
    }

    @Test
    void busy_hours_are_paris_hours() {
        JsonNode busy = s.v2.get("/v2/reports/conversations/busy-times?" + PERIOD).json();
        assertThat(busy.get((5 - 1) * 24 + 16).toString()).as("Friday 16:00")
                .isEqualTo("{\"day\":5,\"hour\":16,\"count\":1}");
        assertThat(busy.get((6 - 1) * 24 + 11).toString()).as("Saturday 11:00 (10:00 UTC)")
                .isEqualTo("{\"day\":6,\"hour\":11,\"count\":1}");
    }
}
