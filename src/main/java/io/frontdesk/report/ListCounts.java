package io.frontdesk.report;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Computes {@link ConversationLists} from the period's {@link SubjectFact}s. */
final class ListCounts {

    private static final int TOP = 10;

    private final ReportStore store;

    ListCounts(ReportStore store) {
        this.store = store;
    }

    ConversationLists lists(long accountId, ReportQuery q) {
        Map<Long, Integer> tags = tagged(accountId, q, q.current());
        Map<Long, Integer> tagsBefore = q.previous() == null ? Map.of() : tagged(accountId, q, q.previous());
        Map<Long, Integer> replies = used(accountId, q, q.current());
        Map<Long, Integer> repliesBefore = q.previous() == null ? Map.of() : used(accountId, q, q.previous());
        Map<Long, String> tagNames = store.tagNames(accountId, tags.keySet());
        Map<Long, ReportStore.SavedReplyName> replyNames = store.savedReplyNames(accountId, replies.keySet());
        List<Reports.Top> topTags = top(tags, tagsBefore, id -> tagNames.getOrDefault(id, ""));
        List<ConversationLists.SavedReplyTop> topReplies = top(replies, repliesBefore, id -> {
            ReportStore.SavedReplyName name = replyNames.get(id);
            return name == null ? "" : name.name();
        }).stream().map(t -> new ConversationLists.SavedReplyTop(t, replyNames.containsKey(t.id())
                ? replyNames.get(t.id()).mailboxId() : 0)).toList();
        Map<Long, Integer> runs = counted(accountId, q, q.current(), FactKind.WORKFLOW);
        Map<Long, Integer> runsBefore = q.previous() == null ? Map.of()
                : counted(accountId, q, q.previous(), FactKind.WORKFLOW);
        Map<Long, String> workflowNames = store.workflowNames(accountId, runs.keySet());
        List<Reports.Top> topWorkflows = top(runs, runsBefore, id -> workflowNames.getOrDefault(id, ""));
        return new ConversationLists(tags.size(), topTags, replies.size(), topReplies, runs.size(), topWorkflows);
    }

    /** Per tag, the conversations it was put on in the period. */
    private Map<Long, Integer> tagged(long accountId, ReportQuery q, ReportPeriod period) {
        Map<Long, Set<Long>> conversations = new HashMap<>();
        for (SubjectFact s : store.subjectFacts(accountId, FactKind.TAGGED, period.start(), period.end(),
                q.filter())) {
            conversations.computeIfAbsent(s.subjectId(), k -> new HashSet<>()).add(s.fact().conversationId());
        }
        Map<Long, Integer> counts = new HashMap<>();
        conversations.forEach((tag, ids) -> counts.put(tag, ids.size()));
        return counts;
    }

    /** Per saved reply, the replies written from it in the period. */
    private Map<Long, Integer> used(long accountId, ReportQuery q, ReportPeriod period) {
        return counted(accountId, q, period, FactKind.SAVED_REPLY);
    }

    /** Per subject, its facts of this kind in the period. */
    private Map<Long, Integer> counted(long accountId, ReportQuery q, ReportPeriod period, FactKind kind) {
        Map<Long, Integer> counts = new HashMap<>();
        for (SubjectFact s : store.subjectFacts(accountId, kind, period.start(), period.end(), q.filter())) {
            counts.merge(s.subjectId(), 1, Integer::sum);
        }
        return counts;
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
