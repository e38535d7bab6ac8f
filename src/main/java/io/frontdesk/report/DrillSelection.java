package io.frontdesk.report;

import java.time.Instant;
import java.util.Set;

/**
 * The facts a drilldown selects its conversations by, for a store to select them where they are: the account's facts
 * of these kinds with {@code at} in [{@code from}, {@code to}) in the filter's scope, narrowed by the conditions below
 * (each null or false = none). A conversation is in the drilldown when one of its facts is, and its place is its last
 * such fact's time (newest first, then the higher conversation id).
 *
 * @param users          only these users' facts (null: everyone's)
 * @param startedByUser  a CREATED fact only when a user started the conversation
 * @param customerId     only facts of this customer
 * @param subjectId      only subject facts about this tag, saved reply or workflow
 * @param timed          only replies that answered a waiting customer ({@code since} known)
 * @param firstReplies   only first replies
 * @param waitFromMillis only replies whose wait ({@code at - since}) is at least this
 * @param waitToMillis   only replies whose wait is below this
 * @param lastClose      the selection is closes after a reply, and a conversation is in it when its last such close
 *                       in the period (by time, then fact id) took between {@code repliesFrom} and {@code repliesTo}
 *                       replies
 */
public record DrillSelection(long accountId, Instant from, Instant to, ReportFilter filter, Set<FactKind> kinds,
                             Set<Long> users, boolean startedByUser, Long customerId, Long subjectId, boolean timed,
                             boolean firstReplies, Long waitFromMillis, Long waitToMillis, boolean lastClose,
                             int repliesFrom, int repliesTo) {

    public DrillSelection {
        kinds = Set.copyOf(kinds);
        users = users == null ? null : Set.copyOf(users);
    }

    /** Every conversation with a fact of these kinds in the query's period and filter. */
    static DrillSelection of(long accountId, ReportQuery q, Set<FactKind> kinds) {
        return new DrillSelection(accountId, q.current().start(), q.current().end(), q.filter(), kinds, null, false,
                null, null, false, false, null, null, false, 0, 0);
    }

    DrillSelection forUsers(Set<Long> only, boolean startedByUser) {
        return new DrillSelection(accountId, from, to, filter, kinds, only, startedByUser, customerId, subjectId, timed,
                firstReplies, waitFromMillis, waitToMillis, lastClose, repliesFrom, repliesTo);
    }

    DrillSelection ofCustomer(long id) {
        return new DrillSelection(accountId, from, to, filter, kinds, users, startedByUser, id, subjectId, timed,
                firstReplies, waitFromMillis, waitToMillis, lastClose, repliesFrom, repliesTo);
    }

    DrillSelection aboutSubject(long id) {
        return new DrillSelection(accountId, from, to, filter, kinds, users, startedByUser, customerId, id, timed,
                firstReplies, waitFromMillis, waitToMillis, lastClose, repliesFrom, repliesTo);
    }

    /** Timed replies ({@code first}: first replies only) whose wait is in [{@code fromMillis}, {@code toMillis}). */
    DrillSelection waits(boolean first, Long fromMillis, Long toMillis) {
        return new DrillSelection(accountId, from, to, filter, kinds, users, startedByUser, customerId, subjectId, true,
                first, fromMillis, toMillis, lastClose, repliesFrom, repliesTo);
    }

    /** Conversations whose last close after a reply took between {@code least} and {@code most} replies. */
    DrillSelection lastCloses(int least, int most) {
        return new DrillSelection(accountId, from, to, filter, kinds, users, startedByUser, customerId, subjectId,
                timed, firstReplies, waitFromMillis, waitToMillis, true, least, most);
    }
}
