package io.frontdesk.chat;

import io.frontdesk.conversation.Conversation;
import io.frontdesk.conversation.ConversationStatus;
import io.frontdesk.conversation.ConversationThread;
import io.frontdesk.conversation.PersonType;
import io.frontdesk.conversation.ThreadState;
import io.frontdesk.conversation.ThreadType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A conversation seen as a chat: the one derivation of every chat field, used by the chat endpoints and the chat
 * webhooks alike (docs/chat-mapping.md). A chat's messages are its published customer-side threads (customer, chat,
 * phone) and agent replies; notes are not messages, but their authors count among the chat's agents, as HelpCrunch
 * lists everyone who wrote.
 *
 * @param lastMessage             the newest message, null when none
 * @param lastCommunicatedAgentId the author of the newest reply
 * @param agents                  user ids of everyone who wrote a reply or note, first writer first
 * @param snoozedUntil            the conversation's snooze, until the queue worker's wake-up ends it
 * @param departmentId            the chat's team, null for none
 * @param applicationId           the channel the chat came through, else its mailbox's first channel, else null
 */
public record Chat(Conversation conversation, ChatStatus status, ConversationThread lastMessage,
                   Instant lastCustomerMessageAt, Long lastCommunicatedAgentId, List<Long> agents, String createdWith,
                   ChatRating rating, Instant snoozedUntil, Long departmentId, Long applicationId, boolean readByAgent,
                   boolean readByCustomer) {

    public Chat {
        agents = List.copyOf(agents);
    }

    /** @param c a conversation with its threads; {@code details} null when the chat has none stored */
    /** @param mailboxChannel the first channel of the chat's mailbox: the application of a chat started elsewhere */
    public static Chat of(Conversation c, ChatDetails details, Long mailboxChannel) {
        ChatDetails d = details != null ? details : ChatDetails.none(c.id());
        List<ConversationThread> threads = c.threads() == null ? List.of() : c.threads();
        ConversationThread last = null;
        ConversationThread lastCustomer = null;
        ConversationThread lastReply = null;
        List<Long> agents = new ArrayList<>();
        for (int i = threads.size() - 1; i >= 0; i--) {
            ConversationThread t = threads.get(i);
            if (t.state() != ThreadState.PUBLISHED) {
                continue;
            }
            boolean byUser = t.createdBy() != null && t.createdBy().type() == PersonType.USER;
            if (byUser && (t.type() == ThreadType.REPLY || t.type() == ThreadType.NOTE)
                    && !agents.contains(t.createdBy().id())) {
                agents.add(t.createdBy().id());
            }
        }
        for (ConversationThread t : threads) {
            if (t.state() != ThreadState.PUBLISHED) {
                continue;
            }
            if (fromCustomer(t.type()) && lastCustomer == null) {
                lastCustomer = t;
            }
            if (t.type() == ThreadType.REPLY && lastReply == null) {
                lastReply = t;
            }
            if ((fromCustomer(t.type()) || t.type() == ThreadType.REPLY) && last == null) {
                last = t;
            }
        }
        Instant customerAt = lastCustomer == null ? null : lastCustomer.createdAt();
        Instant replyAt = lastReply == null ? null : lastReply.createdAt();
        boolean readByAgent = read(d.agentRead(), d.agentReadAt(), customerAt);
        // a chat started elsewhere: by whoever wrote its first message (Help Scout's creator is the user for a
        // conversation whose first thread is a chat message)
        ConversationThread first = firstMessage(threads);
        String createdWith = d.createdWith() != null ? d.createdWith()
                : first != null ? (fromCustomer(first.type()) ? "customer_message" : "agent_message")
                : c.createdBy() != null && c.createdBy().type() == PersonType.CUSTOMER ? "customer_message"
                : "agent_message";
        return new Chat(c, status(c, d.statusDetail(), last != null, lastReply != null), last, customerAt,
                lastReply == null || lastReply.createdBy() == null ? null : lastReply.createdBy().id(), agents,
                createdWith, d.rating(), c.snooze() == null ? null : c.snooze().until(), d.teamId(),
                d.channelId() != null ? d.channelId() : mailboxChannel, readByAgent,
                read(d.customerRead(), d.customerReadAt(), replyAt));
    }

    private static ConversationThread firstMessage(List<ConversationThread> newestFirst) {
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            ConversationThread t = newestFirst.get(i);
            if (t.state() == ThreadState.PUBLISHED && (fromCustomer(t.type()) || t.type() == ThreadType.REPLY)) {
                return t;
            }
        }
        return null;
    }

    /** Whether a chat has ever had a message from an agent: the last condition of a rating. */
    public boolean agentWrote() {
        return lastCommunicatedAgentId != null;
    }

    public Instant lastMessageAt() {
        return lastMessage == null ? null : lastMessage.createdAt();
    }

    /** Customer-side threads: a customer's email, chat message or call. */
    public static boolean fromCustomer(ThreadType type) {
        return type == ThreadType.CUSTOMER || type == ThreadType.CHAT || type == ThreadType.PHONE;
    }

    /**
     * Read unless marked unread, or the other side wrote after the last mark (or, never marked, at all): a new
     * message from the customer makes the chat unread for agents, and the reverse.
     */
    private static boolean read(Boolean mark, Instant markedAt, Instant otherSideWroteAt) {
        if (mark == null) {
            return otherSideWroteAt == null;
        }
        return mark && (otherSideWroteAt == null || markedAt == null || !otherSideWroteAt.isAfter(markedAt));
    }

    private static ChatStatus status(Conversation c, String detail, boolean anyMessage, boolean agentReplied) {
        return switch (c.status()) {
            case ACTIVE -> !anyMessage ? ChatStatus.EMPTY : agentReplied ? ChatStatus.OPENED : ChatStatus.NEW;
            case PENDING -> ChatStatus.ON_HOLD.detail().equals(detail) ? ChatStatus.ON_HOLD : ChatStatus.PENDING;
            case CLOSED, SPAM -> ChatStatus.NO_COMMUNICATION.detail().equals(detail) ? ChatStatus.NO_COMMUNICATION
                    : ChatStatus.CLOSED;
        };
    }

    /** Whether the chat is closed in HelpCrunch's sense (closed or ended without communication). */
    public boolean closed() {
        return conversation.status() == ConversationStatus.CLOSED || conversation.status() == ConversationStatus.SPAM;
    }
}
