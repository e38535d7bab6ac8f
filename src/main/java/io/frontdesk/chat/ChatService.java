package io.frontdesk.chat;

import io.frontdesk.channel.Channel;
import io.frontdesk.channel.ChannelService;
import io.frontdesk.conversation.Conversation;
import io.frontdesk.conversation.ConversationChange;
import io.frontdesk.conversation.ConversationCriterion;
import io.frontdesk.conversation.ConversationListing;
import io.frontdesk.conversation.ConversationSort;
import io.frontdesk.conversation.ConversationService;
import io.frontdesk.conversation.ConversationState;
import io.frontdesk.conversation.ConversationType;
import io.frontdesk.conversation.ScheduleService;
import io.frontdesk.core.PageRequest;
import io.frontdesk.core.SortOrder;
import io.frontdesk.core.Transactions;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;
import io.frontdesk.eventlog.Event;
import io.frontdesk.eventlog.EventDetails;
import io.frontdesk.eventlog.EventLog;
import io.frontdesk.eventlog.EventSubscriber;
import io.frontdesk.eventlog.EventType;
import io.frontdesk.mailbox.Mailbox;
import io.frontdesk.mailbox.MailboxService;
import io.frontdesk.team.Team;
import io.frontdesk.team.TeamService;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Chats: conversations of type chat, seen with the chat state the core conversation lacks ({@link ChatDetails}).
 * Status and assignee changes go through {@link ConversationService}, the snooze through {@link ScheduleService} (one
 * snooze for both dialects, woken by the queue worker), so they record the same events and keep the same rules as a
 * Help Scout change; each method is one transaction and answers the whole chat as it now stands. A chat's department
 * is one of the account's teams, its application one of the account's channels (docs/chat-mapping.md).
 *
 * <p>As a subscriber of the event log it marks a chat unread for agents when its snooze's time comes, as HelpCrunch
 * does ("the chat pops back"), in the wake-up's own transaction.
 */
public final class ChatService implements EventSubscriber {

    /** The chat-specific refusals, as a dialect may name them. */
    public static final String NOT_FOUND = "Chat not found";
    public static final String MUST_BE_CLOSED = "Chat must me closed to rate it";
    public static final String ALREADY_RATED = "Chat is already rated";
    public static final String NO_AGENT_MESSAGE = "Chat must have at least one message from an agent to rate it";
    public static final String APPLICATION_NOT_FOUND = "Application not found";
    public static final String DEPARTMENT_NOT_FOUND = "Department not found";

    private final ConversationService conversations;
    private final ScheduleService schedules;
    private final ChannelService channels;
    private final TeamService teams;
    private final MailboxService mailboxes;
    private final ChatStore store;
    private final Transactions tx;
    private final Clock clock;
    private final EventLog events;

    public ChatService(ConversationService conversations, ScheduleService schedules, ChannelService channels,
                       TeamService teams, MailboxService mailboxes, ChatStore store, Transactions tx, Clock clock,
                       EventLog events) {
        this.conversations = conversations;
        this.schedules = schedules;
        this.channels = channels;
        this.teams = teams;
        this.mailboxes = mailboxes;
        this.store = store;
        this.tx = tx;
        this.clock = clock;
        this.events = events;
    }

    /**
     * A chat without messages: status empty, created with the public API, in the mailbox of its application (a channel
     * of the account). Without an application: the account's first active channel, else its first mailbox (and no
     * application). An unknown application or department is a 404.
     */
    public Chat create(long accountId, long callerId, Long applicationId, long customerId, Long assigneeId,
                       Long departmentId) {
        return tx.inTransaction(() -> {
            Channel channel = applicationId != null ? channels.find(accountId, applicationId)
                    .orElseThrow(() -> ApiException.notFound(APPLICATION_NOT_FOUND))
                    : channels.list(accountId).stream().filter(Channel::active).findFirst().orElse(null);
            long mailboxId = channel != null ? channel.mailboxId() : mailboxes.list(accountId).stream()
                    .map(Mailbox::id).findFirst().orElseThrow(() -> ApiException.notFound(APPLICATION_NOT_FOUND));
            if (departmentId != null) {
                team(accountId, departmentId).orElseThrow(() -> ApiException.notFound(DEPARTMENT_NOT_FOUND));
            }
            long id = conversations.createEmptyChat(accountId, callerId, mailboxId, customerId, assigneeId).id();
            store.save(ChatDetails.none(id).withCreatedWith("public_api").withTeam(departmentId)
                    .withChannel(channel == null ? null : channel.id()));
            return get(accountId, id);
        });
    }

    /** The chat; an unknown id, another account's conversation, a deleted or non-chat one are all 404s. */
    public Chat get(long accountId, long chatId) {
        Conversation conversation = conversation(accountId, chatId);
        return Chat.of(conversation, store.find(chatId).orElse(null), mailboxChannels(accountId)
                .get(conversation.mailboxId()));
    }

    /** A loaded conversation (with its threads) seen as a chat, whatever its type: webhooks render email ones too. */
    public Chat view(Conversation conversation) {
        return Chat.of(conversation, store.find(conversation.id()).orElse(null),
                mailboxChannels(conversation.accountId()).get(conversation.mailboxId()));
    }

    /** The name of one of the account's teams, for rendering a chat's department. */
    public Optional<Team> department(long accountId, Long teamId) {
        return teamId == null ? Optional.empty() : team(accountId, teamId);
    }

    /**
     * The chats with these ids, in this order, loaded in one conversation search (with threads) and one read of their
     * details rather than a round of reads per chat; any deleted since the ids were found are left out.
     */
    public List<Chat> byIds(long accountId, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<ConversationCriterion> byId = ids.stream().map(id -> (ConversationCriterion)
                new ConversationCriterion.Compare(ConversationCriterion.Attribute.ID,
                        ConversationCriterion.Operator.EQ, id)).toList();
        Map<Long, Conversation> loaded = new HashMap<>();
        conversations.search(accountId, new ConversationListing(null, new ConversationCriterion.Or(byId), List.of(),
                ConversationSort.CREATED_AT, SortOrder.ASC, new PageRequest(1, ids.size()), true)).items()
                .forEach(c -> loaded.put(c.id(), c));
        Map<Long, ChatDetails> details = store.findAll(ids);
        Map<Long, Long> mailboxChannels = mailboxChannels(accountId);
        List<Chat> chats = new ArrayList<>();
        for (Long id : ids) {
            Conversation c = loaded.get(id);
            if (c != null && c.type() == ConversationType.CHAT) {
                chats.add(Chat.of(c, details.get(id), mailboxChannels.get(c.mailboxId())));
            }
        }
        return chats;
    }

    public record ChatPage(List<Chat> chats, long total) {
    }

    public ChatPage search(long accountId, ChatQuery query) {
        ChatStore.Ids ids = store.search(accountId, query);
        return new ChatPage(byIds(accountId, ids.ids()), ids.total());
    }

    /** Every chat of the account. */
    public long total(long accountId) {
        return store.search(accountId, new ChatQuery(new ChatFilter.All(), ChatSort.CREATED_AT,
                SortOrder.ASC, 0, 0)).total();
    }

    /** A status by its chat name; EMPTY cannot be set (it only describes a chat without messages). */
    public Chat setStatus(long accountId, long callerId, long chatId, ChatStatus status) {
        if (status == ChatStatus.EMPTY) {
            throw ApiException.invalid(FieldError.of("status", "InvalidValue", "status value is invalid"));
        }
        return tx.inTransaction(() -> {
            conversation(accountId, chatId);
            conversations.update(accountId, callerId, chatId, List.of(new ConversationChange.Status(status.core())));
            ChatDetails details = details(chatId);
            store.save(details.withStatusDetail(status.detail()));
            return get(accountId, chatId);
        });
    }

    /** Assigns the chat (null unassigns); the assignee must be a user of the account. */
    public Chat assign(long accountId, long callerId, long chatId, Long userId) {
        return tx.inTransaction(() -> {
            conversation(accountId, chatId);
            conversations.update(accountId, callerId, chatId, List.of(new ConversationChange.Assign(userId)));
            return get(accountId, chatId);
        });
    }

    /**
     * Snoozes until {@code until} (null unsnoozes) with the conversation's one snooze, which a customer's message
     * also ends; a time not in the future (or after 2100) is refused on {@code snoozedUntil}.
     */
    public Chat snooze(long accountId, long callerId, long chatId, Instant until) {
        return tx.inTransaction(() -> {
            conversation(accountId, chatId);
            if (until == null) {
                schedules.unsnooze(accountId, callerId, chatId);
            } else {
                schedules.snooze(accountId, callerId, chatId, until, true);
            }
            return get(accountId, chatId);
        });
    }

    /**
     * Puts the chat in one of the account's teams. Anything but a team of the account (null included: HelpCrunch
     * documents no clearing) is refused on {@code department}. Records {@link EventType#CONVERSATION_TEAM} when it
     * changes.
     */
    public Chat setDepartment(long accountId, long callerId, long chatId, Long teamId) {
        return tx.inTransaction(() -> {
            Conversation c = conversation(accountId, chatId);
            if (teamId == null || team(accountId, teamId).isEmpty()) {
                throw ApiException.invalid(FieldError.of("department", "InvalidValue", "no such department",
                        teamId));
            }
            ChatDetails details = details(chatId);
            if (!Objects.equals(details.teamId(), teamId)) {
                store.save(details.withTeam(teamId));
                events.record(accountId, EventType.CONVERSATION_TEAM, chatId, c.mailboxId(), null, callerId,
                        Map.of(EventDetails.CONVERSATION_TYPE, ConversationType.CHAT.token(), EventDetails.FROM,
                                details.teamId() == null ? "" : details.teamId().toString(), EventDetails.TO,
                                teamId.toString()));
            }
            return get(accountId, chatId);
        });
    }

    /** A chat's snooze whose time came ends unread for agents: the chat "pops back" (helpcrunch-more.md §10). */
    @Override
    public void onEvent(Event event) {
        if (event.type() == EventType.CONVERSATION_UNSNOOZED && event.actorUserId() == null
                && ConversationType.CHAT.token().equals(event.details().get(EventDetails.CONVERSATION_TYPE))) {
            store.save(details(event.subjectId()).withAgentRead(false, event.occurredAt()));
        }
    }

    /** Rates a closed chat, once, provided an agent wrote in it; records CONVERSATION_RATED. */
    public Chat rate(long accountId, long callerId, long chatId, ChatRating rating) {
        return tx.inTransaction(() -> {
            Chat chat = get(accountId, chatId);
            String refusal = !chat.closed() ? MUST_BE_CLOSED : chat.rating() != null ? ALREADY_RATED
                    : !chat.agentWrote() ? NO_AGENT_MESSAGE : null;
            if (refusal != null) {
                throw ApiException.invalid(FieldError.of("rating", "InvalidState", refusal));
            }
            Instant now = clock.instant();
            store.save(details(chatId).withRating(rating, now));
            Conversation c = chat.conversation();
            events.record(accountId, EventType.CONVERSATION_RATED, chatId, c.mailboxId(), null, callerId,
                    Map.of(EventDetails.CONVERSATION_TYPE, ConversationType.CHAT.token(), EventDetails.TO,
                            rating.token()));
            return get(accountId, chatId);
        });
    }

    /** Marks the chat read or unread by agents ({@code agentSide}) or by its customer. */
    public Chat markRead(long accountId, long chatId, boolean agentSide, boolean read) {
        return tx.inTransaction(() -> {
            conversation(accountId, chatId);
            Instant now = clock.instant();
            ChatDetails details = details(chatId);
            store.save(agentSide ? details.withAgentRead(read, now) : details.withCustomerRead(read, now));
            return get(accountId, chatId);
        });
    }

    private Optional<Team> team(long accountId, long teamId) {
        return teams.find(accountId, teamId);
    }

    /** Each mailbox's first channel (the account's channels are few), by mailbox id. */
    private Map<Long, Long> mailboxChannels(long accountId) {
        Map<Long, Long> first = new HashMap<>();
        for (Channel channel : channels.list(accountId)) {
            first.putIfAbsent(channel.mailboxId(), channel.id());
        }
        return first;
    }

    private ChatDetails details(long chatId) {
        return store.find(chatId).orElseGet(() -> ChatDetails.none(chatId));
    }

    private Conversation conversation(long accountId, long chatId) {
        Conversation conversation;
        try {
            conversation = conversations.get(accountId, chatId, true);
        } catch (ApiException e) {
            throw ApiException.notFound(NOT_FOUND);
        }
        if (conversation.type() != ConversationType.CHAT || conversation.state() == ConversationState.DELETED) {
            throw ApiException.notFound(NOT_FOUND);
        }
        return conversation;
    }
}
