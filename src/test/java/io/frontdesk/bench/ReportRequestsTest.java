package io.frontdesk.bench;

import io.frontdesk.helpscout.reports.ReportRoutes;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The reports bench times every path the route table serves, so a report added there cannot be missed. */
class ReportRequestsTest {

    private static final long[] TAGS = {7, 8, 9};

    @Test
    void every_served_path_is_timed_named_as_an_alias_or_a_404_by_design() {
        Set<String> covered = new HashSet<>();
        for (ReportRequests.Request r : ReportRequests.all(TAGS)) {
            covered.add(r.path());
            r.aliases().forEach(a -> covered.add("/v1/reports/" + a));
        }
        List<String> served = new ArrayList<>(ReportRoutes.v2Paths());
        served.addAll(ReportRoutes.v1Paths());
        served.removeIf(p -> ReportRequests.NOT_TIMED.contains(ReportRequests.name(p)));
        assertThat(covered).containsExactlyInAnyOrderElementsOf(served);
        assertThat(served).as("docs answers 404 by design in both versions").hasSize(
                ReportRoutes.v2Paths().size() + ReportRoutes.v1Paths().size() - 2);
    }

    @Test
    void each_report_is_timed_once_plainly_and_aliases_are_not_timed_again() {
        List<String> plain = ReportRequests.all(TAGS).stream()
                .filter(r -> r.path().startsWith("/v1/") || r.extra().isEmpty() || r.path().endsWith("drilldown"))
                .map(ReportRequests.Request::label).toList();
        assertThat(plain).doesNotHaveDuplicates();
        assertThat(ReportRequests.all(TAGS)).filteredOn(r -> r.label().equals("/v1/reports/company.json"))
                .singleElement().satisfies(r -> assertThat(r.aliases()).containsExactly("team.json"));
        assertThat(ReportRequests.all(TAGS)).extracting(ReportRequests.Request::path)
                .doesNotContain("/v1/reports/team.json", "/v1/reports/users/drilldown.json");
    }

    @Test
    void the_drilldowns_get_their_required_parameters_and_a_deep_page() {
        List<String> labels = ReportRequests.all(TAGS).stream().map(ReportRequests.Request::label).toList();
        assertThat(labels).contains("/v2/reports/conversations/fields-drilldown?field=tagid&fieldid=7",
                "/v2/reports/conversations/fields-drilldown?field=tagid&fieldid=7&page=100&rows=50",
                "/v2/reports/conversations/drilldown?page=100&rows=50",
                "/v2/reports/conversations/new-drilldown?page=100&rows=50",
                "/v2/reports/user/drilldown?page=100&rows=50",
                "/v1/reports/company/drilldown.json?range=responseTime&rangeId=2",
                "/v1/reports/productivity/drilldown.json?range=resolved");
        assertThat(ReportRequests.all(TAGS)).filteredOn(r -> r.path().startsWith("/v2/reports/user"))
                .allSatisfy(r -> assertThat(r.user()).isTrue());
    }

    @Test
    void only_reports_with_a_previous_period_are_timed_with_one() {
        assertThat(ReportRequests.all(TAGS)).filteredOn(ReportRequests.Request::previous)
                .extracting(ReportRequests.Request::path)
                .doesNotContain("/v2/reports/conversations/busy-times", "/v2/reports/happiness/ratings",
                        "/v2/reports/conversations/drilldown", "/v2/reports/user/conversation-history")
                .contains("/v2/reports/company", "/v2/reports/chat", "/v2/reports/user/chat", "/v1/reports/user.json");
    }

    @Test
    void the_reports_with_durations_are_timed_in_office_hours_too_and_only_picks_requests() {
        List<ReportRequests.Request> office = ReportRequests.all(TAGS, List.of("officeHours=true"));
        assertThat(office).extracting(ReportRequests.Request::label).contains(
                "/v2/reports/company?officeHours=true", "/v2/reports/productivity/resolution-time?officeHours=true",
                "/v2/reports/user?officeHours=true", "/v2/reports/chat?officeHours=true",
                "/v1/reports/company.json?officeHours=true", "/v1/reports/user.json?officeHours=true");
        assertThat(office).allSatisfy(r -> assertThat(r.previous()).isTrue());
        assertThat(ReportRequests.all(TAGS)).containsAll(office);
        assertThat(ReportRequests.all(TAGS, List.of())).isEqualTo(ReportRequests.all(TAGS));
    }
}
