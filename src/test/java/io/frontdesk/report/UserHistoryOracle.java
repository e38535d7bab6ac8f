package io.frontdesk.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The conversation history as it was computed before issue #25 moved it into the store: every reply and close of the
 * period read into memory, counted per conversation, joined to the conversations' rows now, sorted and cut here. One
 * change: times are summed in milliseconds and rounded half up exactly (HistoryCounts.row), where the floating sum of
 * seconds rounded an exact half either way.
 */
final class UserHistoryOracle {

    private final ReportStore store;

    UserHistoryOracle(ReportStore store) {
        this.store = store;
    }

    HistoryPage history(long accountId, ReportQuery q, Set<Long> users, Figures figures, String status,
                        HistorySort sort, boolean ascending, int page) {
        List<ReportFact> facts = store.facts(accountId, EnumSet.of(FactKind.REPLY, FactKind.CLOSED),
                q.current().start(), q.current().end(), q.filter());
        Map<Long, Acts> acts = new LinkedHashMap<>();
        for (ReportFact f : facts) {
            boolean mine = f.userId() != null && users.contains(f.userId());
            if (f.kind() == FactKind.REPLY && mine) {
                Acts a = acts.computeIfAbsent(f.conversationId(), id -> new Acts());
                a.replies++;
                if (f.since() != null) {
                    long millis = figures.millis(f.since(), f.at());
                    a.waitSum += millis;
                    a.waits++;
                    if (f.firstReply()) {
                        a.first = millis;
                    }
                }
            }
        }
        for (ReportFact f : facts) {
            Acts a = acts.get(f.conversationId());
            if (a != null && f.kind() == FactKind.CLOSED) {
                boolean resolvedByThem = f.userId() != null && users.contains(f.userId()) && f.replies() != null
                        && f.replies() > 0 && f.since() != null;
                a.resolve = resolvedByThem ? Long.valueOf(figures.millis(f.since(), f.at())) : null;
            }
        }
        Map<Long, DrillRow> now = new HashMap<>();
        store.conversationRows(accountId, new ArrayList<>(acts.keySet())).forEach(r -> now.put(r.id(), r));
        List<HistoryRow> rows = new ArrayList<>();
        acts.forEach((id, a) -> {
            DrillRow row = now.get(id);
            if (row != null && (status == null || status.equals(row.status()))) {
                rows.add(new HistoryRow(id, row.number(), row.status(), row.customerId(), row.customerName(),
                        a.replies, a.waits == 0 ? null : seconds(a.waitSum, a.waits),
                        a.first == null ? null : seconds(a.first, 1),
                        a.resolve == null ? null : seconds(a.resolve, 1)));
            }
        });
        rows.sort(sort.comparator(ascending));
        int count = rows.size();
        int size = UserHistory.PAGE_SIZE;
        int pages = Math.max(1, (count + size - 1) / size);
        return new HistoryPage(rows.stream().skip((long) (page - 1) * size).limit(size).toList(), page, pages, count);
    }

    private static double seconds(long millis, int count) {
        return BigDecimal.valueOf(millis).divide(BigDecimal.valueOf(1000L * count), 2, RoundingMode.HALF_UP)
                .doubleValue();
    }

    private static final class Acts {
        int replies;
        long waitSum;
        int waits;
        Long first;
        Long resolve;
    }
}
