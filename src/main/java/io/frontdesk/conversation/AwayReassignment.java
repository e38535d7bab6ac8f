package io.frontdesk.conversation;

import io.frontdesk.account.AssignedConversation;
import io.frontdesk.account.UserService;
import io.frontdesk.account.UserStatus;
import io.frontdesk.error.ApiException;
import io.frontdesk.jobs.ClaimedJob;

import java.util.List;

/**
 * Help Scout's conversation reassignment (§2.6): once a user has been away for the delay of their setting, each of
 * their open (active or pending) conversations goes to whoever its mailbox's routing picks now, or to nobody when
 * routing is off or nobody is eligible. Closed and spam conversations keep their assignee, as a history of who handled
 * them. Each move is an ordinary assignment change, so it records its event and fires its webhooks; it is made in the
 * away user's name, since no system user exists to carry it.
 */
public final class AwayReassignment {

    private final UserService users;
    private final ConversationService conversations;
    private final AutoAssign routing;

    public AwayReassignment(UserService users, ConversationService conversations, AutoAssign routing) {
        this.users = users;
        this.conversations = conversations;
        this.routing = routing;
    }

    /** The {@code USER_AWAY_REASSIGN} handler, inside the job's transaction. */
    public void run(ClaimedJob job) {
        String[] payload = job.payload().split(":");
        long userId = Long.parseLong(payload[0]);
        long awaySince = Long.parseLong(payload[1]);
        UserStatus status;
        try {
            status = users.status(job.accountId(), userId);
        } catch (ApiException deleted) {
            return;
        }
        if (!UserStatus.AWAY.equals(status.status()) || !status.reassignEnabled()
                || status.updatedAt().toEpochMilli() != awaySince) {
            return;
        }
        for (AssignedConversation assigned : users.assignedConversations(job.accountId(), userId)) {
            Conversation conversation = conversations.get(job.accountId(), assigned.conversationId(), false);
            if (conversation.status() == ConversationStatus.ACTIVE
                    || conversation.status() == ConversationStatus.PENDING) {
                Long next = routing.assignee(job.accountId(), assigned.mailboxId());
                conversations.update(job.accountId(), userId, assigned.conversationId(),
                        List.of(new ConversationChange.Assign(next)));
            }
        }
    }
}
