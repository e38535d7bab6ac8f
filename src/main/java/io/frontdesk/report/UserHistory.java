package io.frontdesk.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A user's conversation history (Help Scout's {@code user/conversation-history}): one row per conversation the user
 * (a team: its members) replied to in the period, with what their replies and close did there. Counted, sorted and
 * paged by the store; with office hours, the times need each reply's own ends ({@link Figures#seconds}), so only the
 * users' replies are read and counted here.
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
        HistoryQuery query = new HistoryQuery(accountId, q.current().start(), q.current().end(), q.filter(), users,
                status);
        long offset = (long) (page - 1) * PAGE_SIZE;
        HistoryCountsPage counted = figures.officeHours()
                ? inOfficeHours(query, figures, sort.comparator(ascending), offset)
                : store.historyPage(query, sort, ascending, offset, PAGE_SIZE);
        Map<Long, String> names = store.customerNames(counted.rows().stream().map(HistoryCounts::customerId)
                .collect(Collectors.toSet()));
        List<HistoryRow> rows = counted.rows().stream()
                .map(r -> r.row(names.getOrDefault(r.customerId(), ""))).toList();
        int pages = Math.max(1, (counted.count() + PAGE_SIZE - 1) / PAGE_SIZE);
        return new HistoryPage(rows, page, pages, counted.count());
    }

    /** The page counted from the users' replies, each wait and the resolving close timed in office hours. */
    private HistoryCountsPage inOfficeHours(HistoryQuery query, Figures figures, Comparator<HistoryRow> order,
                                           long offset) {
        Map<Long, Acts> acts = new LinkedHashMap<>();
        store.historyReplies(query, r -> {
            Acts a = acts.computeIfAbsent(r.conversationId(), id -> new Acts(r));
            a.replies++;
            if (r.since() != null) {
                long millis = figures.millis(r.since(), r.at());
                a.waitMillis += millis;
                a.waits++;
                if (r.firstReply()) {
                    a.first = millis;
                }
            }
        });
        List<HistoryCounts> all = new ArrayList<>();
        Map<HistoryCounts, HistoryRow> shown = new LinkedHashMap<>();
        for (Acts a : acts.values()) {
            HistoryReply r = a.reply;
            HistoryCounts c = new HistoryCounts(r.conversationId(), r.number(), r.status(), r.customerId(), a.replies,
                    a.waitMillis, a.waits, a.first, r.resolvedAt() == null ? null
                    : figures.millis(r.resolvedSince(), r.resolvedAt()));
            all.add(c);
            shown.put(c, c.row(""));
        }
        all.sort(Comparator.comparing(shown::get, order));
        return new HistoryCountsPage(all.size(), all.stream().skip(offset).limit(PAGE_SIZE).toList());
    }

    /** One conversation's counts so far; its first reply carries what every reply of it repeats. */
    private static final class Acts {
        final HistoryReply reply;
        int replies;
        long waitMillis;
        int waits;
        Long first;

        Acts(HistoryReply reply) {
            this.reply = reply;
        }
    }
}
