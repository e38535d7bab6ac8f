package io.frontdesk.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** Persistence of the reports' history and settings; writes join the caller's transaction. */
public interface ReportStore {

    Optional<ReportSettings> settings(long accountId);

    void saveSettings(long accountId, ReportSettings settings);

    Optional<ConversationHistory> history(long conversationId);

    /** Inserts or replaces the conversation's running state. */
    void saveHistory(ConversationHistory history);

    /** The conversation as written so far in this transaction; empty when it is gone. */
    Optional<RecordedConversation> conversation(long accountId, long conversationId);

    Optional<RecordedThread> thread(long threadId);

    /**
     * Writes a fact and marks it pending for the rollups' fold (docs/reports.md, "Speed: rollups"), in the caller's
     * transaction; takes no lock and reads no rollup.
     */
    void insert(long accountId, ReportFact fact);

    /**
     * Starts the account's rollups over in its time zone, in the caller's transaction: clears them and marks every
     * fact pending, for {@link #foldRollups} to fold (after the facts themselves were rebuilt, or on request).
     */
    void restartRollups(long accountId);

    /**
     * Recomputes the account's rollups in its time zone from all its facts at once, under the account's rollup lock:
     * a dozen set-wise statements instead of a fold fact by fact, in a transaction of its own (the caller's, if it
     * has one). On SQLite it commits in pieces and holds the store's only writer from the first to the last
     * (docs/reports.md, "Rebuilding the rollups at once").
     */
    void rebuildRollupsAtOnce(long accountId);

    /**
     * Folds up to {@code limit} of the account's pending facts into its rollups, oldest first, in the caller's
     * transaction, under the account's rollup lock; answers how many it took (fewer than {@code limit}: none left
     * that had committed when it looked).
     */
    int foldRollups(long accountId, int limit);

    /** The accounts with facts not folded into their rollups yet. */
    List<Long> accountsWithPendingFacts();

    /**
     * The account's facts of these kinds with {@code at} in [{@code from}, {@code to}), in the scope's mailboxes, types
     * and tags (each empty = all), oldest first.
     */
    List<ReportFact> facts(long accountId, Set<FactKind> kinds, Instant from, Instant to, ReportFilter filter);

    /**
     * A page of the ratings list: {@code limit} of the query's ratings in its order from {@code offset}, sorted and cut
     * where they are stored (a year at 1M conversations holds about 85,000), and how many there are.
     */
    RatingPage ratings(RatingQuery query, long offset, int limit);

    /** Display names of customers by id (first and last name, or the email when none). */
    Map<Long, String> customerNames(Set<Long> ids);

    /** Display names of the account's users by id. */
    Map<Long, String> userNames(long accountId, Set<Long> ids);

    // ---- drilldowns, conversation history, the conversations report's lists (docs/reports.md)

    /**
     * The account's conversations among {@code ids} as a drilldown shows them now; deleted and merged ones have no row.
     * Any order.
     */
    List<DrillRow> conversationRows(long accountId, List<Long> ids);

    /** Writes a fact about a tag or saved reply, in the caller's transaction. */
    void insert(long accountId, SubjectFact fact);

    /** The account's facts of one subject kind in [{@code from}, {@code to}) in the filter's scope, oldest first. */
    List<SubjectFact> subjectFacts(long accountId, FactKind kind, Instant from, Instant to, ReportFilter filter);

    /**
     * Per subject, the account's facts of one subject kind in [{@code from}, {@code to}) in the filter's scope: how
     * many, or ({@code conversations}) on how many different conversations. Subjects without such facts are absent.
     */
    Map<Long, Integer> subjectCounts(long accountId, FactKind kind, Instant from, Instant to, ReportFilter filter,
                                     boolean conversations);

    /** The tags the conversation carries as written so far in this transaction. */
    Set<Long> tagsNow(long conversationId);

    /** The tags the recorder last saw on the conversation (empty before its first tag fact). */
    Set<Long> tagsSeen(long conversationId);

    /** Replaces the tags the recorder last saw on the conversation. */
    void saveTagsSeen(long conversationId, long accountId, Set<Long> tags);

    /** The saved reply a thread was written from, if any. */
    Optional<Long> savedReplyOf(long threadId);

    /** Names of the account's tags by id. */
    Map<Long, String> tagNames(long accountId, Set<Long> ids);

    /** Names and mailboxes of the account's saved replies by id, deleted ones included. */
    Map<Long, SavedReplyName> savedReplyNames(long accountId, Set<Long> ids);

    record SavedReplyName(String name, long mailboxId) {
    }

    /** Names of the account's workflows by id; a deleted one has none. */
    Map<Long, String> workflowNames(long accountId, Set<Long> ids);

    /**
     * The scope's facts counted where they are stored (docs/reports.md, "Speed"), split by {@code grouping}; a group
     * with no facts is absent.
     */
    Map<Long, FactCounts> counts(FactScope scope, FactGrouping grouping);

    /**
     * Each duration {@link #counts} sums over the scope, split by {@code grouping}, given to {@code times}: the timed
     * replies (when the scope's kinds take replies), then the resolved conversations' last closes (when they take
     * closes). Narrow rows, for office hours, in no order.
     */
    void durations(FactScope scope, FactGrouping grouping, FactTimes times);

    /** Conversations created in the scope per local weekday (1-7) and hour (0-23): {@code [8][24]}. */
    int[][] createdSlots(FactScope scope);

    /**
     * The customers with activity in the scope: how many, the distinct conversations each had activity in summed over
     * them, and the {@code limit} with most (ties by lower id), counted where the facts are rather than shipped here.
     */
    TopCustomers topCustomers(FactScope scope, int limit);

    /** For each of these customers with activity in the scope, the distinct conversations it had activity in. */
    Map<Long, Integer> customerConversations(FactScope scope, Set<Long> customers);

    /**
     * Replies in the scope that answered a waiting customer ({@code first}: only first replies), counted by the
     * range their wait fell in: index i (from 1) for a wait below {@code upperBoundsMillis[i - 1]}, the last index
     * beyond them all.
     */
    int[] responseRanges(FactScope scope, boolean first, long[] upperBoundsMillis);

    // ---- the chat report (docs/reports.md, "The chat report in the database")

    /**
     * The chat report's counts of [{@code from}, {@code to}) in the filter's scope (its types: chat), over the chats
     * created in it and, for {@code users} (null: everyone), answered by them in it: counted where the facts are.
     */
    ChatCounts chatCounts(long accountId, Instant from, Instant to, ReportFilter filter, Set<Long> users);

    /** Each duration {@link #chatCounts} sums, given to {@code times}: for office hours, measured in Java. */
    void chatTimes(long accountId, Instant from, Instant to, ReportFilter filter, Set<Long> users, ChatTimes times);

    // ---- drilldowns selected where the facts are (docs/reports.md, "Drilldowns")

    /**
     * {@code limit} of the selection's conversations from {@code offset}, newest last fact first (then the higher id).
     * The selected facts are walked newest first until the page is complete (few for an early page of a broad
     * selection); past {@code budget} facts read that way they are grouped per conversation instead (for a narrow
     * selection, or a deep page of a sparse one): 0 groups at once.
     */
    List<Long> drillPage(DrillSelection selection, long offset, int limit, long budget);

    /** How many conversations the selection holds. */
    int drillCount(DrillSelection selection);

    /**
     * Everyone's conversations replied to, closed or started by a user in the scope (its filter and users: none), as
     * the company drilldown without a range selects them, from the rollups (V73); empty when they do not answer the
     * scope (not whole days of the rollups' zone, or not kept), and the selection is then counted by
     * {@link #drillCount}.
     */
    Optional<Integer> actedConversations(FactScope scope);

    // ---- a user's conversation history (issue #25, docs/reports.md "User conversation history")

    /**
     * A page of the query's conversation history counted, sorted and cut where the facts are (the times in whole
     * milliseconds, without office hours): {@code limit} rows from {@code offset} in {@code sort}'s order, rows
     * without a time last, ties by number in the same direction; and how many rows there are.
     */
    HistoryCountsPage historyPage(HistoryQuery query, HistorySort sort, boolean ascending, long offset, int limit);

    /**
     * The query's users' replies, each with its conversation now and the period's last close of it when that close
     * was theirs and resolved it, in no order: what office-hours figures are computed from.
     */
    void historyReplies(HistoryQuery query, Consumer<HistoryReply> each);
}
