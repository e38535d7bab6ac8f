package io.frontdesk.report;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Help Scout's drilldowns: the conversations behind a report's figure, newest activity first, a page of
 * {@code rows}. Which conversations is read from the period's facts, as the figure was; the rows show the
 * conversations as they are now ({@link DrillRow}). The store selects them where the facts are and hands over one
 * page of ids ({@link ReportStore#drillPage}); the count is the rollups' figure where one is defined the same way, else
 * counted there too (docs/reports.md, "Drilldowns").
 */
final class Drilldowns {

    private static final Set<FactKind> ACTS = EnumSet.of(FactKind.CREATED, FactKind.REPLY, FactKind.CLOSED);

    /** Selections this small are grouped per conversation at once (docs/reports.md, "Drilldowns"). */
    static final int GROUPED_UP_TO = 2_000;

    /** About how many facts a conversation has in a period (7.4 a year at 1M conversations). */
    private static final long FACTS_PER_CONVERSATION = 8;

    private final ReportStore store;
    private final int groupedUpTo;

    Drilldowns(ReportStore store) {
        this(store, GROUPED_UP_TO);
    }

    /** @param groupedUpTo up to how many conversations a selection is grouped at once: the tests lower it to walk */
    Drilldowns(ReportStore store, int groupedUpTo) {
        this.store = store;
        this.groupedUpTo = groupedUpTo;
    }

    /** The conversations with activity in the period (the conversations report's {@code totalConversations}). */
    DrillPage active(long accountId, ReportQuery q, int page, int rows) {
        return page(DrillSelection.of(accountId, q, Figures.ACTIVITY),
                rolled(accountId, q, q.filter(), Figures.ACTIVITY).conversations(), page, rows);
    }

    /** The conversations created in the period (the conversations report's {@code newConversations}). */
    DrillPage created(long accountId, ReportQuery q, int page, int rows) {
        return page(DrillSelection.of(accountId, q, EnumSet.of(FactKind.CREATED)),
                rolled(accountId, q, q.filter(), EnumSet.of(FactKind.CREATED)).created(), page, rows);
    }

    /** The conversations of one item of the conversations report's lists. */
    DrillPage field(long accountId, ReportQuery q, DrillField field, long id, int page, int rows) {
        return switch (field) {
            case TAG -> {
                ReportFilter tagged = q.filter().withTags(Set.of(id));
                ReportQuery t = new ReportQuery(q.current(), q.previous(), tagged, q.officeHours(), q.viewBy(),
                        q.user());
                yield page(DrillSelection.of(accountId, t, Figures.ACTIVITY),
                        rolled(accountId, q, tagged, Figures.ACTIVITY).conversations(), page, rows);
            }
            case CUSTOMER -> counted(DrillSelection.of(accountId, q, Figures.ACTIVITY).ofCustomer(id), page, rows);
            case SAVED_REPLY -> counted(DrillSelection.of(accountId, q, EnumSet.of(FactKind.SAVED_REPLY))
                    .aboutSubject(id), page, rows);
            case WORKFLOW -> counted(DrillSelection.of(accountId, q, EnumSet.of(FactKind.WORKFLOW))
                    .aboutSubject(id), page, rows);
        };
    }

    /**
     * The conversations of the acts of {@code users} (null: everyone) in the period, or of one range of the
     * productivity report's distributions ({@code rangeId} null: every bar).
     */
    DrillPage acts(long accountId, ReportQuery q, Set<Long> users, DrillRange range, Integer rangeId,
                   Figures figures, int page, int rows) {
        if (users != null && users.isEmpty() || range == DrillRange.HANDLE_TIME) {
            return new DrillPage(List.of(), page, 1, 0);
        }
        if (range == null) {
            DrillSelection acted = DrillSelection.of(accountId, q, ACTS).forUsers(users, true);
            // everyone's: the rollups keep the count (a year at 1M: 3.6M facts grouped per conversation otherwise)
            Optional<Integer> rolled = users == null ? store.actedConversations(
                    FactScope.of(accountId, q.current(), q.filter(), zone(accountId))) : Optional.empty();
            return rolled.isPresent() ? page(acted, rolled.get(), page, rows) : counted(acted, page, rows);
        }
        return switch (range) {
            case REPLIES, RESOLVED, FIRST_REPLY_RESOLVED -> resolved(accountId, q, users, range, rangeId, page, rows);
            case RESPONSE_TIME, FIRST_RESPONSE_TIME -> {
                boolean first = range == DrillRange.FIRST_RESPONSE_TIME;
                if (rangeId != null && figures.officeHours()) {
                    yield new OfficeWaits(store).page(accountId, q, users, first, rangeId, figures, page, rows);
                }
                DrillSelection replies = DrillSelection.of(accountId, q, EnumSet.of(FactKind.REPLY))
                        .forUsers(users, false);
                if (rangeId == null) {
                    yield counted(replies.waits(first, null, null), page, rows);
                }
                if (rangeId < 1 || rangeId > PeriodCounts.TIME_RANGES.length + 1) {
                    yield new DrillPage(List.of(), page, 1, 0);
                }
                // the bounds PeriodCounts.timeRange puts a wait in, on the wait in milliseconds
                Long from = rangeId == 1 ? null : PeriodCounts.TIME_RANGES[rangeId - 2];
                Long to = rangeId > PeriodCounts.TIME_RANGES.length ? null : PeriodCounts.TIME_RANGES[rangeId - 1];
                yield counted(replies.waits(first, from, to), page, rows);
            }
            case HANDLE_TIME -> new DrillPage(List.of(), page, 1, 0);
        };
    }

    /** Resolved conversations, by the replies their last close after a reply took. */
    private DrillPage resolved(long accountId, ReportQuery q, Set<Long> users, DrillRange range, Integer rangeId,
                               int page, int rows) {
        int least = 1;
        int most = Integer.MAX_VALUE;
        if (range == DrillRange.FIRST_REPLY_RESOLVED) {
            most = 1;
        } else if (range == DrillRange.REPLIES && rangeId != null) {
            if (rangeId < 1 || rangeId > 10) {
                return new DrillPage(List.of(), page, 1, 0);
            }
            least = rangeId;
            most = rangeId == 10 ? Integer.MAX_VALUE : rangeId;
        }
        DrillSelection s = DrillSelection.of(accountId, q, EnumSet.of(FactKind.CLOSED)).forUsers(users, false)
                .lastCloses(least, most);
        if (users != null) {
            return counted(s, page, rows);
        }
        // the productivity report's resolved figures count the same last closes
        FactCounts c = rolled(accountId, q, q.filter(), EnumSet.of(FactKind.CLOSED));
        int count = range == DrillRange.FIRST_REPLY_RESOLVED ? c.resolvedOnFirstReply()
                : range == DrillRange.REPLIES && rangeId != null ? c.repliesToResolve()[rangeId] : c.resolved();
        return page(s, count, page, rows);
    }

    private DrillPage counted(DrillSelection s, int page, int rows) {
        return page(s, store.drillCount(s), page, rows);
    }

    /**
     * Everyone's figures of the period in {@code filter}, from the rollups where they answer; only those of facts of
     * {@code kinds} (the rollups then read those measures alone).
     */
    private FactCounts rolled(long accountId, ReportQuery q, ReportFilter filter, Set<FactKind> kinds) {
        FactScope scope = FactScope.of(accountId, q.current(), filter, zone(accountId)).ofKinds(kinds);
        return store.counts(scope, FactGrouping.NONE).getOrDefault(0L, FactCounts.NONE);
    }

    private ZoneId zone(long accountId) {
        return store.settings(accountId).orElse(ReportSettings.DEFAULT).zone();
    }

    /**
     * Whether a walk to the {@code wanted}-th conversation would pass more facts than grouping reads: under a tag
     * filter it meets about {@code count / all} of the period's conversations, so it reads about
     * {@code wanted × all / count} conversations' facts, where grouping reads the {@code count} tagged ones' through
     * their index (the least used tag at 200k conversations, page 100: 2.2-2.6 s walked). Other filters keep at
     * least a few percent of the facts and have no index of their own to group by.
     */
    private boolean sparse(DrillSelection s, int count, long wanted) {
        if (s.filter().tags().isEmpty()) {
            return false;
        }
        FactScope all = FactScope.of(s.accountId(), new ReportPeriod(s.from(), s.to()), ReportFilter.ALL,
                zone(s.accountId())).ofKinds(Figures.ACTIVITY);
        long conversations = store.counts(all, FactGrouping.NONE).getOrDefault(0L, FactCounts.NONE).conversations();
        return (double) wanted * conversations > (double) count * count;
    }

    /**
     * The page of {@code count} conversations. The store walks the selected facts newest first while that reads
     * fewer facts than grouping the selection per conversation would (about {@link #FACTS_PER_CONVERSATION} each);
     * a small selection is grouped at once, since a walk through facts ordered by time may pass many others to find
     * its few.
     */
    private DrillPage page(DrillSelection s, int count, int page, int rows) {
        int pages = Math.max(1, (count + rows - 1) / rows);
        long offset = (long) (page - 1) * rows;
        if (offset >= count) {
            return new DrillPage(List.of(), page, pages, count);
        }
        long budget = count <= groupedUpTo || sparse(s, count, offset + rows) ? 0
                : (long) count * FACTS_PER_CONVERSATION;
        List<Long> ids = store.drillPage(s, offset, rows, budget);
        Map<Long, DrillRow> found = new HashMap<>();
        store.conversationRows(s.accountId(), ids).forEach(r -> found.put(r.id(), r));
        List<DrillRow> results = ids.stream().filter(found::containsKey).map(found::get).toList();
        return new DrillPage(results, page, pages, count);
    }
}
