package io.frontdesk.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;

/**
 * {@link OfficeHours#between} for many durations at once (docs/reports.md, "Office hours from narrow streams"): the
 * office windows of a span of local days laid out once as instants, with the office time they hold up to each
 * window's open and close, so that the office time up to any instant, F(t), is a binary search and a product, and a
 * duration's office time is F(to) − F(from) instead of a walk over its days. A year of replies at 1M conversations is
 * millions of durations; walking each one's days cost more than reading it.
 *
 * <p>Exact: F sums each window's overlap with (−∞, t), so a difference is the sum of the windows' overlaps with
 * [from, to), which is what {@code between} adds up over the days from {@code from}'s to {@code to}'s, as long as no
 * window of a day reaches outside that day. A daylight-saving gap can push a window past midnight (a gap late in the
 * evening, a window to 24:00): a span where one does answers with {@code between} itself. The span grows (doubling)
 * to take in each instant asked for; the calendar may be shared by threads, each reading the span it finds.
 */
public final class OfficeCalendar {

    /** Days of the first span on each side of the first instant asked for. */
    private static final int FIRST_DAYS = 32;

    private final OfficeHours hours;
    private final ZoneId zone;
    private volatile Span span;

    public OfficeCalendar(OfficeHours hours, ZoneId zone) {
        this.hours = hours;
        this.zone = zone;
    }

    /** The office time from {@code fromMillis} to {@code toMillis} (epoch milliseconds), 0 when it does not go on. */
    public long millis(long fromMillis, long toMillis) {
        if (toMillis <= fromMillis) {
            return 0;
        }
        Span s = covering(fromMillis, toMillis);
        if (!s.exact) {
            return hours.between(Instant.ofEpochMilli(fromMillis), Instant.ofEpochMilli(toMillis),
                    zone).toMillis();
        }
        return s.office(toMillis) - s.office(fromMillis);
    }

    private Span covering(long fromMillis, long toMillis) {
        Span s = span;
        if (s != null && s.covers(fromMillis) && s.covers(toMillis)) {
            return s;
        }
        LocalDate from = day(fromMillis);
        LocalDate to = day(toMillis);
        if (s == null) {
            from = from.minusDays(FIRST_DAYS);
            to = to.plusDays(FIRST_DAYS);
        } else {
            long days = s.last.toEpochDay() - s.first.toEpochDay() + 1;
            // at least doubled on the side it grows, so that a stream of ever older instants rebuilds it a few times
            from = from.isBefore(s.first) ? min(from, s.first.minusDays(days)) : s.first;
            to = to.isAfter(s.last) ? max(to, s.last.plusDays(days)) : s.last;
        }
        s = new Span(hours, zone, from, to);
        span = s;
        return s;
    }

    private LocalDate day(long millis) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(millis), zone);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /**
     * The windows of the local days {@code first}..{@code last}: the instants where the number of open windows
     * changes ({@code points}, ascending), the office time before each ({@code before}) and the windows open from it
     * to the next ({@code open}; more than one only where a gap made two overlap, which {@code between} counts twice).
     */
    private static final class Span {
        final LocalDate first;
        final LocalDate last;
        final long startMillis;
        final long endMillis;
        final boolean exact;
        final long[] points;
        final long[] before;
        final int[] open;

        Span(OfficeHours hours, ZoneId zone, LocalDate first, LocalDate last) {
            this.first = first;
            this.last = last;
            this.startMillis = first.atStartOfDay(zone).toInstant().toEpochMilli();
            this.endMillis = last.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
            long[] edges = new long[64];
            int n = 0;
            boolean inside = true;
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                long dayStart = day.atStartOfDay(zone).toInstant().toEpochMilli();
                long dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
                long[][] windows = {new long[8]};
                int[] count = {0};
                hours.windows(day, zone, (o, c) -> {
                    if (count[0] + 2 > windows[0].length) {
                        windows[0] = Arrays.copyOf(windows[0], windows[0].length * 2);
                    }
                    windows[0][count[0]++] = o;
                    windows[0][count[0]++] = c;
                });
                for (int i = 0; i < count[0]; i += 2) {
                    long o = windows[0][i];
                    long c = windows[0][i + 1];
                    if (c <= o) {
                        continue; // emptied by a gap: between adds nothing for it
                    }
                    if (o < dayStart || c > dayEnd) {
                        inside = false;
                    }
                    if (n + 2 > edges.length) {
                        edges = Arrays.copyOf(edges, edges.length * 2);
                    }
                    // an edge is its instant times two, plus one for an open: opens sort after closes of one instant
                    edges[n++] = o * 2 + 1;
                    edges[n++] = c * 2;
                }
            }
            this.exact = inside;
            Arrays.sort(edges, 0, n);
            long[] pts = new long[n];
            long[] bef = new long[n];
            int[] opn = new int[n];
            int m = 0;
            long office = 0;
            int active = 0;
            long previous = Long.MIN_VALUE;
            for (int i = 0; i < n; i++) {
                long at = edges[i] >> 1;
                if (m > 0) {
                    office += (long) active * (at - previous);
                }
                active += (edges[i] & 1) == 1 ? 1 : -1;
                if (m > 0 && pts[m - 1] == at) {
                    opn[m - 1] = active;
                } else {
                    pts[m] = at;
                    bef[m] = office;
                    opn[m] = active;
                    m++;
                }
                previous = at;
            }
            this.points = Arrays.copyOf(pts, m);
            this.before = Arrays.copyOf(bef, m);
            this.open = Arrays.copyOf(opn, m);
        }

        boolean covers(long millis) {
            return millis >= startMillis && millis < endMillis;
        }

        /** F(t): the office time of the span's windows before {@code t}. */
        long office(long t) {
            int i = Arrays.binarySearch(points, t);
            if (i < 0) {
                i = -i - 2; // the last point before t
            }
            if (i < 0) {
                return 0;
            }
            return before[i] + (long) open[i] * (t - points[i]);
        }
    }
}
