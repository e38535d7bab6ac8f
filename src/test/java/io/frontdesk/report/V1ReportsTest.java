package io.frontdesk.report;

import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import static io.frontdesk.report.ReportDay.DAY;
import static io.frontdesk.report.ReportDay.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 1.0 reports answer the 2.0 bodies, bare (helpscout-more.md §11.9), under 1.0's own errors; 1.0 allows
 * {@code viewBy=day} up to 120 days and sends {@code officeHours} and ratings as numbers.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class V1ReportsTest {

    @Parameter
    Backend backend;

    private static ReportScenario s;
    private static Client v1;

    @BeforeParameterizedClassInvocation
    static void morning(Backend backend) {
        s = ReportScenario.onReportDay(backend);
        v1 = s.tenant.v1();
        s.at(at("09:00"));
        long[] chat = s.customerStarts("carol@customers.test", "chat");
        s.at(at("09:10"));
        s.reply(chat, s.tenant.owner().id());
        s.at(at("09:20"));
        s.status(chat, "closed");
        s.rate(chat, "average");
    }

    @AfterParameterizedClassInvocation
    static void close() {
        s.close();
    }

    @Test
    void the_same_bodies_as_2_0() {
        for (String report : new String[]{"company", "conversations", "productivity", "happiness",
                "happiness/ratings"}) {
            Response one = v1.get("/v1/reports/" + report + ".json?" + DAY + "&officeHours=0");
            assertThat(one.status()).as(report + ": " + one).isEqualTo(200);
            assertThat(one.json()).as(report).isEqualTo(s.v2.get("/v2/reports/" + report + "?" + DAY).json());
        }
        assertThat(v1.get("/v1/reports/team.json?" + DAY).json())
                .isEqualTo(v1.get("/v1/reports/company.json?" + DAY).json());
        Response okay = v1.get("/v1/reports/happiness/ratings.json?" + DAY + "&rating=2");
        assertThat(okay.json().at("/results/0/ratingId").asInt()).as("average is okay").isEqualTo(2);
        assertThat(v1.get("/v1/reports/happiness/ratings.json?" + DAY + "&rating=1").json().get("count").asInt())
                .isZero();
        Response user = v1.get("/v1/reports/user.json?" + DAY + "&user=" + s.tenant.owner().id());
        assertThat(user.json().at("/current/totalReplies").asInt()).isEqualTo(1);
    }

    @Test
    void day_series_up_to_120_days_and_1_0_errors() {
        Response long90 = v1.get("/v1/reports/conversations/new.json?start=2026-01-01T00:00:00Z"
                + "&end=2026-04-01T00:00:00Z&viewBy=day");
        assertThat(long90.status()).as(long90.toString()).isEqualTo(200);
        assertThat(long90.json().get("current")).hasSize(90);
        Response missing = v1.get("/v1/reports/company.json");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.header("Content-Type")).doesNotContain("vnd.error");
        assertThat(missing.body()).contains("start");
        assertThat(v1.get("/v1/reports/user.json?" + DAY + "&user=999999").status()).isEqualTo(404);
    }
}
