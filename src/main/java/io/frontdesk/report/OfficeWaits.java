package io.frontdesk.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The response-time drilldowns of one range in office hours: a wait's office seconds need the account's hours and
 * zone ({@link Figures#seconds}), which SQL does not have, so the period's replies are read here, each conversation's
 * last reply in the range kept, sorted and paged (docs/reports.md, "Drilldowns").
 */
final class OfficeWaits {

    private final ReportStore store;

    OfficeWaits(ReportStore store) {
        this.store = store;
    }

    DrillPage page(long accountId, ReportQuery q, Set<Long> users, boolean first, int rangeId, Figures figures,
                   int page, int rows) {
        Map<Long, ReportFact> last = new HashMap<>();
        for (ReportFact f : store.facts(accountId, EnumSet.of(FactKind.REPLY), q.current().start(), q.current().end(),
                q.filter())) {
            boolean mine = users == null || f.userId() != null && users.contains(f.userId());
            if (mine && f.since() != null && (!first || f.firstReply())
                    && PeriodCounts.timeRange(figures.seconds(f.since(), f.at())) == rangeId) {
                last.put(f.conversationId(), f); // oldest first, so the last one stays
            }
        }
        List<ReportFact> ordered = new ArrayList<>(last.values());
        ordered.sort(Comparator.comparing(ReportFact::at).thenComparing(ReportFact::conversationId).reversed());
        int count = ordered.size();
        List<Long> ids = ordered.stream().skip((long) (page - 1) * rows).limit(rows)
                .map(ReportFact::conversationId).toList();
        Map<Long, DrillRow> found = new HashMap<>();
        store.conversationRows(accountId, ids).forEach(r -> found.put(r.id(), r));
        return new DrillPage(ids.stream().filter(found::containsKey).map(found::get).toList(), page,
                Math.max(1, (count + rows - 1) / rows), count);
    }
}
