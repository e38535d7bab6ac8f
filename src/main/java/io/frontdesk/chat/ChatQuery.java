package io.frontdesk.chat;

import io.frontdesk.core.SortOrder;

/** A page of an account's chats: null times sort first ascending (last descending). */
public record ChatQuery(ChatFilter filter, ChatSort sort, SortOrder order, long offset, int limit) {
}
