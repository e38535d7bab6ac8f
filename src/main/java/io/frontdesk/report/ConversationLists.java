package io.frontdesk.report;

import java.util.List;

/**
 * The conversations report's lists, from the facts: tags put on conversations in the period (each counted by the
 * conversations it was put on), saved replies used (each by the replies written from it) and workflows run (each by
 * its runs, one per conversation it ran on). The top ten of each; {@code …Count} is how many different ones there
 * were.
 */
public record ConversationLists(int tagsCount, List<Reports.Top> tags, int savedRepliesCount,
                                List<SavedReplyTop> savedReplies, int workflowsCount, List<Reports.Top> workflows) {

    public ConversationLists {
        tags = List.copyOf(tags);
        savedReplies = List.copyOf(savedReplies);
        workflows = List.copyOf(workflows);
    }

    public record SavedReplyTop(Reports.Top top, long mailboxId) {
    }
}
