package io.frontdesk.report;

import io.frontdesk.error.ApiException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Office time between two instants, in a time zone: weekends, nights, several windows, daylight-saving days. */
class OfficeHoursTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final OfficeHours WEEKDAYS = OfficeHours.parse("mon-fri 09:00-17:00", "hours");

    @Test
    void a_friday_afternoon_to_monday_morning_counts_two_office_hours() {
        // Friday 2026-03-06 16:00 UTC to Monday 10:00 UTC: 16-17 on Friday, 9-10 on Monday
        assertThat(WEEKDAYS.between(Instant.parse("2026-03-06T16:00:00Z"), Instant.parse("2026-03-09T10:00:00Z"),
                ZoneOffset.UTC)).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void a_wait_entirely_outside_office_hours_counts_nothing() {
        assertThat(WEEKDAYS.between(Instant.parse("2026-03-06T18:00:00Z"), Instant.parse("2026-03-09T08:00:00Z"),
                ZoneOffset.UTC)).isZero();
    }

    @Test
    void hours_are_local_so_a_zone_moves_them() {
        // 09:00-17:00 in Paris is 08:00-16:00 UTC in winter
        assertThat(WEEKDAYS.between(Instant.parse("2026-03-02T07:00:00Z"), Instant.parse("2026-03-02T09:00:00Z"),
                PARIS)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void a_daylight_saving_day_is_as_long_as_it_is() {
        OfficeHours always = OfficeHours.parse("mon-sun 00:00-24:00", "hours");
        // Paris skips 02:00-03:00 on Sunday 2026-03-29: Saturday midnight to Monday midnight is 47 hours
        Instant saturday = Instant.parse("2026-03-27T23:00:00Z");
        Instant monday = Instant.parse("2026-03-29T22:00:00Z");
        assertThat(always.between(saturday, monday, PARIS)).isEqualTo(Duration.ofHours(47));
        // and the Sunday's office hours 09:00-17:00 are eight hours either side of the change
        OfficeHours sunday = OfficeHours.parse("sun 09:00-17:00", "hours");
        assertThat(sunday.between(saturday, monday, PARIS)).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void several_windows_a_day_and_the_text_form() {
        OfficeHours split = OfficeHours.parse("mon 13:00-17:00; MON 08:00-12:00", "hours");
        assertThat(split.text()).isEqualTo("mon 08:00-12:00; mon 13:00-17:00");
        assertThat(split.between(Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-03-03T00:00:00Z"),
                ZoneOffset.UTC)).isEqualTo(Duration.ofHours(8));
        assertThat(OfficeHours.parse("none", "hours").isSet()).isFalse();
        assertThat(OfficeHours.parse("", "hours").text()).isEqualTo("none");
    }

    @Test
    void mistakes_are_refused() {
        for (String bad : new String[]{"mon-fri", "mon-fri 9-5", "fri-mon 09:00-17:00", "mon 17:00-09:00",
                "mon 08:00-12:00; mon 11:00-13:00", "xyz 09:00-10:00", "mon 25:00-26:00"}) {
            assertThatThrownBy(() -> OfficeHours.parse(bad, "hours")).as(bad).isInstanceOf(ApiException.class);
        }
    }
}
