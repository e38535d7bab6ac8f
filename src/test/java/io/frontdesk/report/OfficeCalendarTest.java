package io.frontdesk.report;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office calendar's differences F(to) − F(from) against {@link OfficeHours#between} itself, on random instants
 * (milliseconds, waits from none to years, asked in random order so the span grows both ways), random hours
 * (several windows a day, to 24:00, from 00:00) and zones with daylight saving at odd hours, half and quarter hours,
 * and a day skipped.
 */
class OfficeCalendarTest {

    private static final List<String> ZONES = List.of("UTC", "Europe/Berlin", "America/St_Johns",
            "Australia/Lord_Howe", "Asia/Kathmandu", "America/Santiago", "Asia/Beirut", "America/Havana",
            "Pacific/Apia", "Africa/Casablanca", "America/Sao_Paulo", "Asia/Tehran", "Pacific/Chatham");
    private static final String[] DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

    @Test
    void a_difference_of_the_calendar_is_the_office_time_between() {
        Random random = new Random(20261208);
        int compared = 0;
        for (int round = 0; round < 300; round++) {
            OfficeHours hours = OfficeHours.parse(randomHours(random), "hours");
            ZoneId zone = ZoneId.of(ZONES.get(random.nextInt(ZONES.size())));
            OfficeCalendar calendar = new OfficeCalendar(hours, zone);
            long base = Instant.parse("2008-01-01T00:00:00Z").toEpochMilli()
                    + (long) (random.nextDouble() * 18 * 365 * 86_400_000L);
            for (int i = 0; i < 200; i++) {
                long from = base + (long) ((random.nextDouble() - 0.5) * span(random));
                long to = from + wait(random);
                long expected = hours.between(Instant.ofEpochMilli(from), Instant.ofEpochMilli(to), zone).toMillis();
                assertThat(calendar.millis(from, to)).as("%s in %s from %s to %s", hours, zone,
                        Instant.ofEpochMilli(from), Instant.ofEpochMilli(to)).isEqualTo(expected);
                compared++;
            }
        }
        assertThat(compared).isEqualTo(60_000);
    }

    @Test
    void around_daylight_saving_changes_to_the_minute() {
        // every quarter hour of the days around each change of 2026, waits of up to two days, hours at the edges
        OfficeHours hours = OfficeHours.parse("mon-sun 00:00-01:15; mon-sun 01:45-03:30; mon-sun 23:00-24:00",
                "hours");
        for (String name : ZONES) {
            ZoneId zone = ZoneId.of(name);
            OfficeCalendar calendar = new OfficeCalendar(hours, zone);
            var rules = zone.getRules();
            var change = rules.nextTransition(Instant.parse("2026-01-01T00:00:00Z"));
            for (int t = 0; t < 2 && change != null; t++, change = rules.nextTransition(change.getInstant())) {
                long at = change.getInstant().toEpochMilli();
                for (long from = at - 86_400_000L; from < at + 86_400_000L; from += 900_000L) {
                    for (long wait : new long[] {0, 1, 60_000, 3_600_000, 5_400_000, 86_400_000, 172_800_000}) {
                        long expected = hours.between(Instant.ofEpochMilli(from), Instant.ofEpochMilli(from + wait),
                                zone).toMillis();
                        assertThat(calendar.millis(from, from + wait)).as("%s from %s", zone,
                                Instant.ofEpochMilli(from)).isEqualTo(expected);
                    }
                }
            }
        }
    }

    @Test
    void a_wait_that_does_not_go_on_takes_no_time() {
        OfficeCalendar calendar = new OfficeCalendar(OfficeHours.parse("mon-sun 00:00-24:00", "hours"),
                ZoneId.of("UTC"));
        assertThat(calendar.millis(10_000, 10_000)).isZero();
        assertThat(calendar.millis(20_000, 10_000)).isZero();
        assertThat(calendar.millis(10_000, 20_000)).isEqualTo(10_000);
    }

    private static long span(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> 86_400_000L * 14;
            case 1 -> 86_400_000L * 400;
            default -> 86_400_000L * 3000;
        };
    }

    private static long wait(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> -random.nextInt(3_600_000); // dated before its wait: none
            case 1 -> random.nextInt(60_000);
            case 2 -> random.nextInt(3 * 3_600_000);
            case 3 -> (long) (random.nextDouble() * 5 * 86_400_000L);
            case 4 -> (long) (random.nextDouble() * 90 * 86_400_000L);
            default -> (long) (random.nextDouble() * 800 * 86_400_000L);
        };
    }

    /** One to four groups of a day or days and a window on the quarter hour or the minute; overlaps left out. */
    private static String randomHours(Random random) {
        StringBuilder text = new StringBuilder();
        boolean[][] taken = new boolean[7][24 * 60];
        int groups = 1 + random.nextInt(4);
        for (int g = 0; g < groups; g++) {
            int first = random.nextInt(7);
            int last = first + random.nextInt(7 - first);
            int step = random.nextBoolean() ? 15 : 1;
            int start = random.nextInt(24 * 60 / step) * step;
            int end = Math.min(24 * 60, start + step * (1 + random.nextInt(12 * 60 / step)));
            if (random.nextInt(5) == 0) {
                start = 0;
            }
            if (random.nextInt(5) == 0) {
                end = 24 * 60;
            }
            boolean free = true;
            for (int d = first; d <= last; d++) {
                for (int m = start; m < end; m++) {
                    free &= !taken[d][m];
                }
            }
            if (!free) {
                continue;
            }
            for (int d = first; d <= last; d++) {
                for (int m = start; m < end; m++) {
                    taken[d][m] = true;
                }
            }
            text.append(text.isEmpty() ? "" : "; ").append(DAYS[first]).append(first == last ? "" : "-" + DAYS[last])
                    .append(' ').append(hhmm(start)).append('-').append(hhmm(end));
        }
        return text.isEmpty() ? "mon 09:00-17:00" : text.toString();
    }

    private static String hhmm(int minute) {
        return String.format("%02d:%02d", minute / 60, minute % 60);
    }
}
