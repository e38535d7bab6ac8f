package io.frontdesk.report;

import java.util.HashMap;
import java.util.Map;

/**
 * The durations of a scope's groups measured in office hours ({@link Figures#millis(long, long)}) from the store's
 * narrow stream of them ({@link ReportStore#durations}), summed in whole milliseconds (their order does not matter)
 * and counted by Help Scout's time ranges: what replaces the store's sums of whole durations in counts that come
 * from the rollups (docs/reports.md, "Office hours from narrow streams").
 */
final class OfficeDurations implements FactTimes {

    /** One group's durations. */
    static final class Sums {
        long responseMs;
        long firstResponseMs;
        long resolutionMs;
        /** Timed replies (all; first replies) per time range id, index 1-10. */
        final int[] ranges = new int[PeriodCounts.TIME_RANGES.length + 2];
        final int[] firstRanges = new int[PeriodCounts.TIME_RANGES.length + 2];

        /** {@code counts} with these durations in place of its own. */
        FactCounts applyTo(FactCounts counts) {
            return counts.withDurations(responseMs, firstResponseMs, resolutionMs);
        }
    }

    private static final Sums NONE = new Sums();

    private final Figures figures;
    private final Map<Long, Sums> byKey = new HashMap<>();

    private OfficeDurations(Figures figures) {
        this.figures = figures;
    }

    /** The scope's durations per group, read from the store and measured. */
    static OfficeDurations of(ReportStore store, FactScope scope, FactGrouping grouping, Figures figures) {
        OfficeDurations d = new OfficeDurations(figures);
        store.durations(scope, grouping, d);
        return d;
    }

    /** The group's sums; zeros for a group without durations. */
    Sums of(long key) {
        return byKey.getOrDefault(key, NONE);
    }

    @Override
    public void reply(long key, long sinceMillis, long atMillis, boolean first) {
        long ms = figures.millis(sinceMillis, atMillis);
        int range = PeriodCounts.timeRange(ms / 1000.0);
        Sums s = byKey.computeIfAbsent(key, k -> new Sums());
        s.responseMs += ms;
        s.ranges[range]++;
        if (first) {
            s.firstResponseMs += ms;
            s.firstRanges[range]++;
        }
    }

    @Override
    public void resolved(long key, Long sinceMillis, long atMillis) {
        if (sinceMillis != null) {
            byKey.computeIfAbsent(key, k -> new Sums()).resolutionMs += figures.millis(sinceMillis, atMillis);
        }
    }
}
