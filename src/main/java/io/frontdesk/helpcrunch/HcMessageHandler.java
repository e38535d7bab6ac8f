package io.frontdesk.helpcrunch;

import io.frontdesk.account.AccountService;
import io.frontdesk.account.Principal;
import io.frontdesk.account.User;
import io.frontdesk.conversation.Conversation;
import io.frontdesk.conversation.ConversationService;
import io.frontdesk.conversation.ConversationState;
import io.frontdesk.conversation.ConversationThread;
import io.frontdesk.conversation.ConversationType;
import io.frontdesk.conversation.NewThread;
import io.frontdesk.conversation.PersonRef;
import io.frontdesk.conversation.ThreadState;
import io.frontdesk.conversation.ThreadType;
import io.frontdesk.core.Change;
import io.frontdesk.error.ApiException;
import io.frontdesk.web.JsonBody;
import io.frontdesk.web.Requests;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * `GET /chats/{id}/messages` and `POST /messages`. A chat is a core conversation of type chat; its messages are its
 * published threads, and a message is added as a thread through {@link ConversationService#addThread}, so the event
 * log, the webhooks of every dialect and the conversation's summary follow as for any thread: a customer's message is
 * a customer thread, an agent's a reply, a private message a note. Anything that is not one of the account's live
 * chats (another account's, an email conversation, a deleted one, a non-numeric id) is "Chat not found".
 */
final class HcMessageHandler {

    private final AccountService accounts;
    private final ConversationService conversations;

    HcMessageHandler(AccountService accounts, ConversationService conversations) {
        this.accounts = accounts;
        this.conversations = conversations;
    }

    /** Newest first, `{data, total}` with the total at the top level (unlike chats). */
    void list(Context ctx) {
        Principal principal = Requests.principal(ctx);
        Conversation chat = chat(principal.accountId(), ctx.pathParam("id"));
        HcPaging paging = HcPaging.fromQueryString(ctx);
        List<HcMessage> all = messages(principal.accountId(), chat);
        HcResponses.json(ctx, 200, new MessageList(paging.slice(all), all.size()));
    }

    /** 200 with the message, as documented (201 has been observed but integrations follow the docs). */
    void create(Context ctx) {
        Principal principal = Requests.principal(ctx);
        long account = principal.accountId();
        HcMessageInput input = HcMessageInput.read(JsonBody.read(ctx));
        Conversation chat = chat(account, Long.toString(input.chat()));
        if (input.agent() != null && accounts.user(account, input.agent()).isEmpty()) {
            throw ApiException.notFound("Agent not found");
        }
        ThreadType type = input.note() ? ThreadType.NOTE : input.agent() != null ? ThreadType.REPLY
                : ThreadType.CUSTOMER;
        long id = conversations.addThread(account, principal.userId(), chat.id(), new NewThread(type, input.text(),
                null, input.agent(), false, List.of(), List.of(), null, false, null, Change.keep(), List.of()));
        HcMessage created = messages(account, chat(account, Long.toString(chat.id()))).stream()
                .filter(message -> message.id() == id).findFirst()
                .orElseThrow(() -> ApiException.notFound("Chat not found"));
        HcResponses.json(ctx, 200, created);
    }

    /** The chat's published threads as messages, newest first. */
    private List<HcMessage> messages(long accountId, Conversation chat) {
        Map<Long, User> users = accounts.users(accountId).stream()
                .collect(Collectors.toMap(User::id, Function.identity()));
        List<HcMessage> messages = new ArrayList<>();
        boolean customerWroteSince = false;
        boolean agentWroteSince = false;
        for (ConversationThread thread : chat.threads()) {
            // HelpCrunch has no kind of message for a line item (docs/chat-mapping.md)
            if (thread.state() != ThreadState.PUBLISHED || thread.type() == ThreadType.LINEITEM) {
                continue;
            }
            boolean byCustomer = HcMessage.byCustomer(thread);
            boolean note = thread.type() == ThreadType.NOTE;
            boolean read = !note && (byCustomer ? agentWroteSince : customerWroteSince);
            messages.add(HcMessage.of(thread, agent(users, thread.createdBy()), read));
            if (byCustomer) {
                customerWroteSince = true;
            } else if (!note) {
                agentWroteSince = true;
            }
        }
        return messages;
    }

    /** The author as an agent; a user no longer in the account keeps the name the thread recorded. */
    private static HcAgent agent(Map<Long, User> users, PersonRef author) {
        if (author == null) {
            return null;
        }
        User user = users.get(author.id());
        if (user != null) {
            return HcAgent.of(user);
        }
        String name = ((author.firstName() == null ? "" : author.firstName()) + " "
                + (author.lastName() == null ? "" : author.lastName())).trim();
        return new HcAgent(author.id(), name, author.email(), "agent");
    }

    private Conversation chat(long accountId, String id) {
        if (!id.matches("\\d{1,18}")) {
            throw chatNotFound();
        }
        Conversation conversation;
        try {
            conversation = conversations.get(accountId, Long.parseLong(id), true);
        } catch (ApiException missing) {
            throw chatNotFound();
        }
        if (conversation.type() != ConversationType.CHAT || conversation.state() == ConversationState.DELETED) {
            throw chatNotFound();
        }
        return conversation;
    }

    private static ApiException chatNotFound() {
        return ApiException.notFound("Chat not found");
    }

    record MessageList(List<HcMessage> data, long total) {
    }
}
