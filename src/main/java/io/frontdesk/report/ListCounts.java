package io.frontdesk.report;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Computes {@link ConversationLists} from the period's {@link SubjectFact}s, counted per subject in the store. */
final class ListCounts {

    private static final int TOP = 10;

    /** One period's counts per subject: tags (conversations), saved replies (replies), workflows (runs). */
    record Counted(Map<Long, Integer> tags, Map<Long, Integer> replies, Map<Long, Integer> runs) {

        static final Counted NONE = new Counted(Map.of(), Map.of(), Map.of());
    }

    private final ReportStore store;

    ListCounts(ReportStore store) {
        this.store = store;
    }

    /**
     * The period's counts. Tags count the conversations they were put on (a tag taken off and put on again counts
     * once), saved replies the replies written from them, workflows their runs.
     */
    Counted count(long accountId, ReportFilter filter, ReportPeriod period) {
        return new Counted(
                store.subjectCounts(accountId, FactKind.TAGGED, period.start(), period.end(), filter, true),
                store.subjectCounts(accountId, FactKind.SAVED_REPLY, period.start(), period.end(), filter, false),
                store.subjectCounts(accountId, FactKind.WORKFLOW, period.start(), period.end(), filter, false));
    }

    /** The lists of the period counted {@code now}, against {@code before} (null: no previous period). */
    ConversationLists lists(long accountId, Counted now, Counted before) {
        Counted previous = before == null ? Counted.NONE : before;
        Map<Long, String> tagNames = store.tagNames(accountId, now.tags().keySet());
        Map<Long, ReportStore.SavedReplyName> replyNames = store.savedReplyNames(accountId, now.replies().keySet());
        List<Reports.Top> topTags = top(now.tags(), previous.tags(), id -> tagNames.getOrDefault(id, ""));
        List<ConversationLists.SavedReplyTop> topReplies = top(now.replies(), previous.replies(), id -> {
            ReportStore.SavedReplyName name = replyNames.get(id);
            return name == null ? "" : name.name();
        }).stream().map(t -> new ConversationLists.SavedReplyTop(t, replyNames.containsKey(t.id())
                ? replyNames.get(t.id()).mailboxId() : 0)).toList();
        Map<Long, String> workflowNames = store.workflowNames(accountId, now.runs().keySet());
        List<Reports.Top> topWorkflows = top(now.runs(), previous.runs(), id -> workflowNames.getOrDefault(id, ""));
        return new ConversationLists(now.tags().size(), topTags, now.replies().size(), topReplies, now.runs().size(),
                topWorkflows);
    }

    private static List<Reports.Top> top(Map<Long, Integer> now, Map<Long, Integer> before,
                                         Function<Long, String> name) {
        int total = now.values().stream().mapToInt(Integer::intValue).sum();
        int totalBefore = before.values().stream().mapToInt(Integer::intValue).sum();
        return now.entrySet().stream()
                .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP)
                .map(e -> new Reports.Top(e.getKey(), name.apply(e.getKey()), e.getValue(),
                        before.getOrDefault(e.getKey(), 0), Figures.percent(e.getValue(), total),
                        Figures.percent(before.getOrDefault(e.getKey(), 0), totalBefore)))
                .toList();
    }
}
