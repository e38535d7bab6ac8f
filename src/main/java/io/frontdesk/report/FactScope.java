package io.frontdesk.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The facts a figure counts, for a store to count them where they are: the account's facts with {@code at} in
 * [{@code from}, {@code to}), in the filter's scope, of these users only ({@code users} null = everyone), with the
 * account's time zone as the offsets in force over the range, so local days, weekdays and hours are plain arithmetic
 * on {@code at} (exact for any offset, half hours and quarter hours included). {@code kinds} (null = all) narrows the
 * facts read to what one figure needs: the counts of other kinds are then zero. {@code distinct} (null = all) names
 * the distinct counts the report shows: a store may leave the others at zero (the cells do; the facts and the
 * account's rollups count them anyway, at no cost worth saving there).
 */
public record FactScope(long accountId, Instant from, Instant to, ReportFilter filter, Set<Long> users,
                        Set<FactKind> kinds, Set<DistinctCount> distinct, List<ZoneSegment> zone) {

    /** From {@code fromMillis} on (until the next segment), local time is {@code at + offsetMillis}. */
    public record ZoneSegment(long fromMillis, long offsetMillis) {
    }

    public FactScope {
        users = users == null ? null : Set.copyOf(users);
        kinds = kinds == null ? null : Set.copyOf(kinds);
        distinct = distinct == null ? null : Set.copyOf(distinct);
        zone = List.copyOf(zone);
    }

    public static FactScope of(long accountId, ReportPeriod period, ReportFilter filter, ZoneId zoneId) {
        ZoneRules rules = zoneId.getRules();
        List<ZoneSegment> segments = new ArrayList<>();
        segments.add(new ZoneSegment(Long.MIN_VALUE, rules.getOffset(period.start()).getTotalSeconds() * 1000L));
        ZoneOffsetTransition next = rules.nextTransition(period.start());
        while (next != null && next.getInstant().isBefore(period.end())) {
            segments.add(new ZoneSegment(next.getInstant().toEpochMilli(),
                    next.getOffsetAfter().getTotalSeconds() * 1000L));
            next = rules.nextTransition(next.getInstant());
        }
        return new FactScope(accountId, period.start(), period.end(), filter, null, null, null, segments);
    }

    public FactScope forUsers(Set<Long> only) {
        return new FactScope(accountId, from, to, filter, only, kinds, distinct, zone);
    }

    public FactScope ofKinds(Set<FactKind> only) {
        return new FactScope(accountId, from, to, filter, users, only, distinct, zone);
    }

    /** The same facts, of which only these distinct counts are shown (null: all). */
    public FactScope counting(Set<DistinctCount> only) {
        return new FactScope(accountId, from, to, filter, users, kinds, only, zone);
    }

    /** Whether this distinct count is to be counted. */
    public boolean counts(DistinctCount count) {
        return distinct == null || distinct.contains(count);
    }
}
