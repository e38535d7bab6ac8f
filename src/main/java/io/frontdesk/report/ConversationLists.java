package io.frontdesk.report;

import java.util.List;

/**
 * The conversations report's lists, from the facts: tags put on conversations in the period (each counted by the
 * conversations it was put on) and saved replies used (each by the replies written from it). The top ten of each;
 * {@code …Count} is how many different ones there were.
 */
public record ConversationLists(int tagsCount, List<Reports.Top> tags, int savedRepliesCount,
                                List<SavedReplyTop> savedReplies) {

    public ConversationLists {
        tags = List.copyOf(tags);
        savedReplies = List.copyOf(savedReplies);
    }

    public record SavedReplyTop(Reports.Top top, long mailboxId) {
    }
}
