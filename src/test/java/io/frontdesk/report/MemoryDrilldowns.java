package io.frontdesk.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The drilldowns as they were computed before they were selected in the database (docs/reports.md, "Drilldowns"):
 * every selected fact of the period read here, each conversation's last kept, sorted and paged in memory. The oracle
 * {@link DrilldownOracleTest} compares {@link Drilldowns} with.
 */
final class MemoryDrilldowns {

    private final ReportStore store;

    MemoryDrilldowns(ReportStore store) {
        this.store = store;
    }

    /** The conversations with activity in the period (the conversations report's {@code totalConversations}). */
    DrillPage active(long accountId, ReportQuery q, int page, int rows) {
        return page(accountId, select(accountId, q, Figures.ACTIVITY, f -> true), page, rows);
    }

    /** The conversations created in the period. */
    DrillPage created(long accountId, ReportQuery q, int page, int rows) {
        return page(accountId, select(accountId, q, EnumSet.of(FactKind.CREATED), f -> true), page, rows);
    }

    /** The conversations of one item of the conversations report's lists. */
    DrillPage field(long accountId, ReportQuery q, DrillField field, long id, int page, int rows) {
        Map<Long, ReportFact> chosen = switch (field) {
            case TAG -> {
                ReportQuery tagged = new ReportQuery(q.current(), q.previous(), q.filter().withTags(Set.of(id)),
                        q.officeHours(), q.viewBy(), q.user());
                yield select(accountId, tagged, Figures.ACTIVITY, x -> true);
            }
            case CUSTOMER -> select(accountId, q, Figures.ACTIVITY, f -> f.customerId() != null
                    && f.customerId() == id);
            case SAVED_REPLY -> subject(accountId, q, FactKind.SAVED_REPLY, id);
            case WORKFLOW -> subject(accountId, q, FactKind.WORKFLOW, id);
        };
        return page(accountId, chosen, page, rows);
    }

    /**
     * The conversations of the acts of {@code users} (null: everyone) in the period, or of one range of the
     * productivity report's distributions ({@code rangeId} null: every bar).
     */
    DrillPage acts(long accountId, ReportQuery q, Set<Long> users, DrillRange range, Integer rangeId,
                   Figures figures, int page, int rows) {
        Predicate<ReportFact> mine = f -> users == null || f.userId() != null && users.contains(f.userId());
        Map<Long, ReportFact> chosen;
        if (range == null) {
            chosen = select(accountId, q, EnumSet.of(FactKind.CREATED, FactKind.REPLY, FactKind.CLOSED),
                    f -> mine.test(f) && (f.kind() != FactKind.CREATED || f.userId() != null));
        } else {
            chosen = switch (range) {
                case REPLIES, RESOLVED, FIRST_REPLY_RESOLVED -> {
                    Map<Long, ReportFact> resolved = select(accountId, q, EnumSet.of(FactKind.CLOSED),
                            f -> mine.test(f) && f.replies() != null && f.replies() > 0);
                    resolved.values().removeIf(f -> switch (range) {
                        case REPLIES -> rangeId != null && Math.min(10, f.replies()) != rangeId;
                        case FIRST_REPLY_RESOLVED -> f.replies() != 1;
                        default -> false;
                    });
                    yield resolved;
                }
                case RESPONSE_TIME, FIRST_RESPONSE_TIME -> select(accountId, q, EnumSet.of(FactKind.REPLY),
                        f -> mine.test(f) && f.since() != null
                                && (range == DrillRange.RESPONSE_TIME || f.firstReply())
                                && (rangeId == null || PeriodCounts.timeRange(figures.seconds(f.since(), f.at()))
                                == rangeId));
                case HANDLE_TIME -> Map.of();
            };
        }
        return page(accountId, chosen, page, rows);
    }

    /** The conversations with a fact of this kind about subject {@code id} in the period. */
    private Map<Long, ReportFact> subject(long accountId, ReportQuery q, FactKind kind, long id) {
        return latest(store.subjectFacts(accountId, kind, q.current().start(), q.current().end(), q.filter())
                .stream().filter(s -> s.subjectId() == id).map(SubjectFact::fact).toList());
    }

    /** The last fact of each conversation among the period's facts of these kinds that pass {@code which}. */
    private Map<Long, ReportFact> select(long accountId, ReportQuery q, Set<FactKind> kinds,
                                         Predicate<ReportFact> which) {
        return latest(store.facts(accountId, kinds, q.current().start(), q.current().end(), q.filter()).stream()
                .filter(which).toList());
    }

    private static Map<Long, ReportFact> latest(List<ReportFact> facts) {
        Map<Long, ReportFact> last = new HashMap<>();
        for (ReportFact f : facts) {
            last.put(f.conversationId(), f); // oldest first, so the last one stays
        }
        return last;
    }

    private DrillPage page(long accountId, Map<Long, ReportFact> chosen, int page, int rows) {
        List<ReportFact> ordered = new ArrayList<>(chosen.values());
        ordered.sort(Comparator.comparing(ReportFact::at).thenComparing(ReportFact::conversationId).reversed());
        int count = ordered.size();
        int pages = Math.max(1, (count + rows - 1) / rows);
        List<Long> ids = ordered.stream().skip((long) (page - 1) * rows).limit(rows)
                .map(ReportFact::conversationId).toList();
        Map<Long, DrillRow> found = new HashMap<>();
        store.conversationRows(accountId, ids).forEach(r -> found.put(r.id(), r));
        List<DrillRow> results = ids.stream().filter(found::containsKey).map(found::get).toList();
        return new DrillPage(results, page, pages, count);
    }
}
