package io.frontdesk.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A user's conversation history (Help Scout's {@code user/conversation-history}): one row per conversation the user
 * (a team: its members) replied to in the period, with what their replies and close did there.
 */
final class UserHistory {

    /** Rows per page (Help Scout does not say; the same as the ratings list). */
    static final int PAGE_SIZE = 50;

    private final ReportStore store;

    UserHistory(ReportStore store) {
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
                    double seconds = figures.seconds(f.since(), f.at());
                    a.waitSum += seconds;
                    a.waits++;
                    if (f.firstReply()) {
                        a.first = seconds;
                    }
                }
            }
        }
        for (ReportFact f : facts) {
            Acts a = acts.get(f.conversationId());
            if (a != null && f.kind() == FactKind.CLOSED) {
                boolean resolvedByThem = f.userId() != null && users.contains(f.userId()) && f.replies() != null
                        && f.replies() > 0 && f.since() != null;
                a.resolve = resolvedByThem ? Double.valueOf(figures.seconds(f.since(), f.at())) : null;
            }
        }
        Map<Long, DrillRow> now = new HashMap<>();
        store.conversationRows(accountId, new ArrayList<>(acts.keySet())).forEach(r -> now.put(r.id(), r));
        List<HistoryRow> rows = new ArrayList<>();
        acts.forEach((id, a) -> {
            DrillRow row = now.get(id);
            if (row != null && (status == null || status.equals(row.status()))) {
                rows.add(new HistoryRow(id, row.number(), row.status(), row.customerId(), row.customerName(),
                        a.replies, a.waits == 0 ? null : Figures.round(a.waitSum / a.waits),
                        a.first == null ? null : Figures.round(a.first),
                        a.resolve == null ? null : Figures.round(a.resolve)));
            }
        });
        rows.sort(sort.comparator(ascending));
        int count = rows.size();
        int pages = Math.max(1, (count + PAGE_SIZE - 1) / PAGE_SIZE);
        return new HistoryPage(rows.stream().skip((long) (page - 1) * PAGE_SIZE).limit(PAGE_SIZE).toList(), page,
                pages, count);
    }

    private static final class Acts {
        int replies;
        double waitSum;
        int waits;
        Double first;
        Double resolve;
    }
}
