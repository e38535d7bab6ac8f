package io.frontdesk.report;

import java.util.List;

/**
 * How {@link ReportStore#counts} splits a scope's facts: not at all (key 0), by the user who acted (key the user's
 * id; facts without a user are left out), or by local-time bucket of a series (key the bucket's first local day as an
 * epoch day).
 *
 * @param viewBy       the series' buckets, for {@link Kind#BUCKET}
 * @param bucketStarts for months, the first local day (epoch day) of each bucket, ascending
 */
public record FactGrouping(Kind kind, ViewBy viewBy, List<Long> bucketStarts) {

    public enum Kind { NONE, USER, BUCKET }

    public static final FactGrouping NONE = new FactGrouping(Kind.NONE, null, List.of());
    public static final FactGrouping USER = new FactGrouping(Kind.USER, null, List.of());

    public FactGrouping {
        bucketStarts = List.copyOf(bucketStarts);
    }

    public static FactGrouping buckets(ViewBy viewBy, List<Long> bucketStarts) {
        return new FactGrouping(Kind.BUCKET, viewBy, bucketStarts);
    }
}
