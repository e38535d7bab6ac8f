package io.frontdesk.conversation;

import io.frontdesk.conversation.ConversationCriterion.And;
import io.frontdesk.conversation.ConversationCriterion.Assignee;
import io.frontdesk.conversation.ConversationCriterion.Compare;
import io.frontdesk.conversation.ConversationCriterion.Not;
import io.frontdesk.conversation.ConversationCriterion.StateIn;
import io.frontdesk.conversation.ConversationCriterion.StatusIn;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;

import java.util.List;
import java.util.Set;

/**
 * Which conversations each folder holds. Folders are not stored: a folder id is the mailbox id times ten plus the
 * type's code, so it is stable, unique and readable back without a lookup.
 *
 * <ul>
 *   <li>Unassigned, Mine, Assigned: published, active or pending, with no assignee / the viewer / anyone;</li>
 *   <li>Drafts: draft conversations; Closed and Spam: published conversations of that status.</li>
 * </ul>
 * A folder's active count is the part of it whose status is active.
 */
public final class Folders {

    private static final Set<ConversationStatus> OPEN = Set.of(ConversationStatus.ACTIVE, ConversationStatus.PENDING);

    private Folders() {
    }

    public static long id(long mailboxId, FolderType type) {
        return mailboxId * 10 + type.code();
    }

    /**
     * The criterion of the folder with this id as {@code userId} sees it; a number that cannot be a folder id is a
     * 400 on the `folder` parameter. A folder of a mailbox outside the account simply matches nothing.
     */
    public static ConversationCriterion criterion(long folderId, long userId) {
        FolderType type = folderId > 10 ? FolderType.ofCode(folderId % 10).orElse(null) : null;
        if (type == null) {
            throw ApiException.invalid(FieldError.query("folder", "InvalidIdentifier", "No folder with this id",
                    folderId));
        }
        return criterion(folderId / 10, type, userId);
    }

    public static ConversationCriterion criterion(long mailboxId, FolderType type, long userId) {
        ConversationCriterion mailbox = new Compare(ConversationCriterion.Attribute.MAILBOX_ID,
                ConversationCriterion.Operator.EQ, mailboxId);
        ConversationCriterion published = new StateIn(Set.of(ConversationState.PUBLISHED));
        return switch (type) {
            case UNASSIGNED -> new And(List.of(mailbox, published, new StatusIn(OPEN), new Assignee(null)));
            case MINE -> new And(List.of(mailbox, published, new StatusIn(OPEN), new Assignee(userId)));
            case DRAFTS -> new And(List.of(mailbox, new StateIn(Set.of(ConversationState.DRAFT))));
            case ASSIGNED -> new And(List.of(mailbox, published, new StatusIn(OPEN), new Not(new Assignee(null))));
            case CLOSED -> new And(List.of(mailbox, published, new StatusIn(Set.of(ConversationStatus.CLOSED))));
            case SPAM -> new And(List.of(mailbox, published, new StatusIn(Set.of(ConversationStatus.SPAM))));
        };
    }

    /** The folder a conversation is filed in; assigned conversations file under Assigned (Mine is per viewer). */
    public static FolderType of(Conversation conversation) {
        if (conversation.state() == ConversationState.DRAFT) {
            return FolderType.DRAFTS;
        }
        return switch (conversation.status()) {
            case CLOSED -> FolderType.CLOSED;
            case SPAM -> FolderType.SPAM;
            case ACTIVE, PENDING -> conversation.assignee() == null ? FolderType.UNASSIGNED : FolderType.ASSIGNED;
        };
    }
}
