package io.frontdesk.conversation;

import io.frontdesk.tag.Tag;
import io.frontdesk.tag.TagInput;
import io.frontdesk.tag.TagService;

import java.util.List;

/**
 * A conversation's tags through the account-wide {@link TagService} (shared with HelpCrunch customer tags): names are
 * resolved in sorted order, so two requests creating the same new tags take their locks in the same order.
 */
final class ConversationTags {

    private final TagService tags;
    private final ConversationStore store;

    ConversationTags(TagService tags, ConversationStore store) {
        this.tags = tags;
        this.store = store;
    }

    List<Long> resolve(long accountId, List<String> names, Long actorUserId) {
        List<TagInput> inputs = names.stream().map(String::trim).sorted().distinct()
                .map(name -> new TagInput(name, null)).toList();
        return tags.resolve(accountId, inputs, actorUserId).stream().map(Tag::id).toList();
    }

    void replace(long conversationId, List<Long> tagIds) {
        store.replaceTags(conversationId, tagIds);
    }
}
