package io.frontdesk.conversation;

import io.frontdesk.core.PageRequest;
import io.frontdesk.core.SortOrder;

/**
 * A page of conversations as the store runs it. {@code scoreText} is what {@link ConversationSort#SCORE} ranks by
 * (subjects containing it first), null when there is none.
 */
public record ConversationQuery(ConversationCriterion criterion, ConversationSort sort, SortOrder order,
                                PageRequest page, String scoreText, boolean embedThreads) {
}
