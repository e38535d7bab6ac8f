package io.frontdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DateExpressionTest {

    /** A Wednesday, deliberately not at a round time, so rounding and month arithmetic are visible. */
    private static final Instant NOW = Instant.parse("2024-01-31T15:45:30.250Z");

    private static Instant resolve(String text) {
        return DateExpression.resolve(text, NOW);
    }

    private static QuerySyntaxException failure(String text) {
        QuerySyntaxException e = catchThrowableOfType(QuerySyntaxException.class, () -> resolve(text));
        assertThat(e).as("error for %s", text).isNotNull();
        return e;
    }

    @Test
    void now_is_the_given_instant() {
        assertThat(resolve("NOW")).isEqualTo(NOW);
    }

    @Test
    void now_minus_days_goes_back_whole_days() {
        assertThat(resolve("NOW-180DAYS")).isEqualTo(Instant.parse("2023-08-04T15:45:30.250Z"));
    }

    @Test
    void now_plus_hours_goes_forward() {
        assertThat(resolve("NOW+2HOURS")).isEqualTo(Instant.parse("2024-01-31T17:45:30.250Z"));
    }

    @Test
    void a_month_is_a_calendar_month_clamped_to_the_last_day() {
        assertThat(resolve("NOW+1MONTH")).isEqualTo(Instant.parse("2024-02-29T15:45:30.250Z"));
    }

    @Test
    void now_minus_one_month_lands_on_the_same_day_of_the_previous_month() {
        assertThat(resolve("NOW-1MONTH")).isEqualTo(Instant.parse("2023-12-31T15:45:30.250Z"));
    }

    @Test
    void seconds_minutes_weeks_and_years_are_understood() {
        assertThat(resolve("NOW-30SECONDS")).isEqualTo(Instant.parse("2024-01-31T15:45:00.250Z"));
        assertThat(resolve("NOW-45MINUTES")).isEqualTo(Instant.parse("2024-01-31T15:00:30.250Z"));
        assertThat(resolve("NOW-2WEEKS")).isEqualTo(Instant.parse("2024-01-17T15:45:30.250Z"));
        assertThat(resolve("NOW-1YEAR")).isEqualTo(Instant.parse("2023-01-31T15:45:30.250Z"));
    }

    @Test
    void singular_and_plural_units_are_equivalent() {
        assertThat(resolve("NOW-1DAY")).isEqualTo(resolve("NOW-1DAYS"));
        assertThat(resolve("NOW-2HOUR")).isEqualTo(resolve("NOW-2HOURS"));
    }

    @Test
    void now_and_units_are_case_insensitive() {
        assertThat(resolve("now-7days")).isEqualTo(resolve("NOW-7DAYS"));
    }

    @Test
    void rounding_to_a_day_goes_to_midnight_utc() {
        assertThat(resolve("NOW/DAY")).isEqualTo(Instant.parse("2024-01-31T00:00:00Z"));
    }

    @Test
    void rounding_to_hour_minute_and_second_truncates() {
        assertThat(resolve("NOW/HOUR")).isEqualTo(Instant.parse("2024-01-31T15:00:00Z"));
        assertThat(resolve("NOW/MINUTE")).isEqualTo(Instant.parse("2024-01-31T15:45:00Z"));
        assertThat(resolve("NOW/SECOND")).isEqualTo(Instant.parse("2024-01-31T15:45:30Z"));
    }

    @Test
    void rounding_to_a_week_goes_to_monday() {
        assertThat(resolve("NOW/WEEK")).isEqualTo(Instant.parse("2024-01-29T00:00:00Z"));
    }

    @Test
    void rounding_to_a_month_or_year_goes_to_its_first_day() {
        assertThat(resolve("NOW/MONTH")).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(resolve("NOW/YEAR")).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
    }

    @Test
    void steps_apply_left_to_right() {
        assertThat(resolve("NOW/DAY-1DAY")).isEqualTo(Instant.parse("2024-01-30T00:00:00Z"));
        assertThat(resolve("NOW-1DAY/DAY")).isEqualTo(Instant.parse("2024-01-30T00:00:00Z"));
        assertThat(resolve("NOW+1MONTH/MONTH+6HOURS")).isEqualTo(Instant.parse("2024-02-01T06:00:00Z"));
    }

    @Test
    void an_iso_instant_is_taken_as_is() {
        assertThat(resolve("2013-11-20T00:00:00Z")).isEqualTo(Instant.parse("2013-11-20T00:00:00Z"));
    }

    @Test
    void an_iso_instant_may_have_fractional_seconds() {
        assertThat(resolve("2013-11-20T10:11:12.345Z")).isEqualTo(Instant.parse("2013-11-20T10:11:12.345Z"));
    }

    @Test
    void an_iso_date_time_with_an_offset_is_converted_to_utc() {
        assertThat(resolve("2013-11-20T02:00:00+02:00")).isEqualTo(Instant.parse("2013-11-20T00:00:00Z"));
    }

    @Test
    void an_iso_date_time_without_offset_is_utc() {
        assertThat(resolve("2020-12-31T23:59:59")).isEqualTo(Instant.parse("2020-12-31T23:59:59Z"));
    }

    @Test
    void a_plain_date_is_the_start_of_that_day_in_utc() {
        assertThat(resolve("2013-11-20")).isEqualTo(Instant.parse("2013-11-20T00:00:00Z"));
    }

    @Test
    void an_unknown_unit_is_reported_where_the_unit_starts() {
        QuerySyntaxException e = failure("NOW-3FORTNIGHTS");
        assertThat(e.position()).isEqualTo(5);
        assertThat(e.expected()).isEqualTo("a date unit such as DAYS");
        assertThat(e).hasMessage("Unexpected 'FORTNIGHTS' at position 5, expected a date unit such as DAYS");
    }

    @Test
    void a_missing_amount_is_reported_after_the_sign() {
        QuerySyntaxException e = failure("NOW-DAYS");
        assertThat(e.position()).isEqualTo(4);
        assertThat(e.expected()).isEqualTo("a number");
    }

    @Test
    void a_missing_unit_is_reported_at_the_end() {
        QuerySyntaxException e = failure("NOW-3");
        assertThat(e.position()).isEqualTo(5);
        assertThat(e.found()).isEqualTo("end of date");
    }

    @Test
    void an_unknown_operator_after_now_is_reported() {
        QuerySyntaxException e = failure("NOW*2DAYS");
        assertThat(e.position()).isEqualTo(3);
        assertThat(e.expected()).isEqualTo("'+', '-' or '/'");
    }

    @Test
    void an_amount_too_large_for_a_long_is_rejected() {
        assertThat(failure("NOW-99999999999999999999DAYS").expected()).isEqualTo("a number");
    }

    @Test
    void a_result_beyond_the_supported_years_is_rejected() {
        QuerySyntaxException e = failure("NOW+9999999999YEARS");
        assertThat(e.position()).isEqualTo(3);
        assertThat(e.expected()).isEqualTo("a date within the supported range");
    }

    @Test
    void a_malformed_date_is_reported_where_parsing_stopped() {
        QuerySyntaxException e = failure("2013-11-20X");
        assertThat(e.position()).isEqualTo(10);
        assertThat(e.expected()).startsWith("a date such as");
    }

    @Test
    void an_impossible_calendar_date_is_rejected() {
        assertThat(failure("2013-02-30").expected()).startsWith("a date such as");
    }

    @Test
    void text_that_is_no_date_at_all_is_rejected() {
        assertThat(failure("yesterday").position()).isZero();
        assertThat(failure("").found()).isEqualTo("end of date");
    }
}
