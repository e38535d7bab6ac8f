package io.frontdesk.helpscout.reports;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one table of report paths serves every path of the reference: the 2.0 matrix (helpscout-more.md §10.2) and the
 * 1.0 paths and aliases (§11.9), each once.
 */
class ReportRoutesTest {

    private static final String[] V2 = {"chat", "email", "phone", "company", "company/customers-helped",
            "company/drilldown", "conversations", "conversations/busy-times", "conversations/drilldown",
            "conversations/fields-drilldown", "conversations/new", "conversations/new-drilldown",
            "conversations/received-messages", "conversations/volume-by-channel", "docs", "happiness",
            "happiness/ratings", "productivity", "productivity/first-response-time", "productivity/replies-sent",
            "productivity/resolution-time", "productivity/resolved", "productivity/response-time", "user",
            "user/chat", "user/conversation-history", "user/customers-helped", "user/drilldown", "user/happiness",
            "user/ratings", "user/replies", "user/resolutions"};

    private static final String[] V1 = {"conversations", "conversations/busy-times", "conversations/new",
            "conversations/drilldown", "conversations/fields-drilldown", "conversations/new-drilldown", "docs",
            "happiness", "happiness/ratings", "productivity", "productivity/first-response-time",
            "productivity/replies-sent", "productivity/resolved", "productivity/resolution-time",
            "productivity/response-time", "productivity/drilldown", "team", "team/customers-helped", "team/drilldown",
            "user", "user/conversation-history", "user/customers-helped", "user/replies", "user/resolutions",
            "user/happiness", "user/ratings", "user/drilldown",
            // aliases other clients use
            "company", "company/customers-helped", "company/drilldown", "conversations/customfields-drilldown",
            "users/drilldown", "conversations/received-messages"};

    @Test
    void every_2_0_report_path_is_served_once() {
        assertThat(ReportRoutes.v2Paths()).doesNotHaveDuplicates()
                .containsExactlyInAnyOrder(java.util.Arrays.stream(V2).map(p -> "/v2/reports/" + p)
                        .toArray(String[]::new));
    }

    @Test
    void every_1_0_report_path_and_alias_is_served_once() {
        assertThat(ReportRoutes.v1Paths()).doesNotHaveDuplicates()
                .containsAll(java.util.Arrays.stream(V1).map(p -> "/v1/reports/" + p + ".json").toList());
        assertThat(ReportRoutes.v1Paths()).as("1.0 has no chat, email, phone or user chat report")
                .doesNotContain("/v1/reports/chat.json", "/v1/reports/email.json", "/v1/reports/phone.json",
                        "/v1/reports/user/chat.json");
    }
}
