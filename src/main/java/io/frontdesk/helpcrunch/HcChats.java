package io.frontdesk.helpcrunch;

import io.frontdesk.account.AccountService;
import io.frontdesk.chat.Chat;
import io.frontdesk.chat.ChatService;
import io.frontdesk.conversation.Conversation;
import io.frontdesk.customer.Customer;
import io.frontdesk.customer.CustomerService;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one rendering of a core {@link Chat} in HelpCrunch's words, for the chat endpoints ({@link HcChat}) and the
 * chat webhooks ({@link HcWebhookChat}) alike: both take status, rating, snooze, read marks, last message and agents
 * from the same derivation (docs/chat-mapping.md). Only the people are looked up here: the customer's name and user
 * id, and each agent.
 */
final class HcChats {

    private final CustomerService customers;
    private final AccountService accounts;
    private final ChatService chats;

    HcChats(CustomerService customers, AccountService accounts, ChatService chats) {
        this.customers = customers;
        this.accounts = accounts;
        this.chats = chats;
    }

    HcChat chat(Chat chat) {
        Conversation c = chat.conversation();
        return new HcChat(c.id(), closedBy(chat), HcDates.format(chat.lastCustomerMessageAt()),
                HcChatStatuses.write(chat.status()), HcDates.format(c.closedAt()),
                chat.rating() == null ? null : chat.rating().token(), HcDates.format(c.createdAt()),
                HcDates.format(chat.lastMessageAt()), chat.readByAgent(), chat.readByCustomer(), chat.createdWith(),
                HcDates.format(chat.snoozedUntil()),
                chat.lastMessage() == null ? null : chat.lastMessage().text(),
                chat.lastMessage() == null ? null : chat.lastMessage().id(), chat.applicationId(),
                chat.lastCommunicatedAgentId(), agents(c.accountId(), chat.agents()), customer(c),
                agent(c.accountId(), c.assignee() == null ? null : c.assignee().id()), department(chat));
    }

    HcWebhookChat webhook(Chat chat) {
        Conversation c = chat.conversation();
        return new HcWebhookChat(c.id(), chat.agents(), customer(c),
                agent(c.accountId(), c.assignee() == null ? null : c.assignee().id()), closedBy(chat),
                HcChatStatuses.write(chat.status()), HcDates.fractional(c.closedAt()),
                chat.rating() == null ? null : chat.rating().token(), HcDates.fractional(c.createdAt()),
                HcDates.fractional(chat.lastMessageAt()), chat.lastMessage() == null ? null
                : chat.lastMessage().text(), HcDates.fractional(chat.snoozedUntil()), chat.applicationId(),
                department(chat), chat.createdWith());
    }

    /** `{id, name, email, userId}` of the chat's customer. */
    Map<String, Object> customer(Conversation c) {
        Customer customer = customers.find(c.accountId(), c.primaryCustomer().id()).orElse(null);
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("id", c.primaryCustomer().id());
        person.put("name", customer != null ? customer.fullName() : null);
        person.put("email", c.primaryCustomer().email());
        person.put("userId", customer != null ? customer.externalId() : null);
        return person;
    }

    /** `{id, name}` of the chat's department (a team), null for none. */
    private Map<String, Object> department(Chat chat) {
        return chats.department(chat.conversation().accountId(), chat.departmentId()).map(team -> {
            Map<String, Object> department = new LinkedHashMap<>();
            department.put("id", team.id());
            department.put("name", team.name());
            return department;
        }).orElse(null);
    }

    HcAgent agent(long accountId, Long userId) {
        return userId == null ? null : accounts.user(accountId, userId).map(HcAgent::of).orElse(null);
    }

    private List<HcAgent> agents(long accountId, List<Long> ids) {
        return ids.stream().map(id -> agent(accountId, id)).filter(Objects::nonNull).toList();
    }

    /** Only agents close chats here (a customer's closing is a widget action this server has no endpoint for). */
    private static String closedBy(Chat chat) {
        return chat.closed() && chat.conversation().closedBy() != null ? "agent" : null;
    }
}
