package io.frontdesk.helpscout.v1;

import io.frontdesk.account.AccountService;
import io.frontdesk.account.Principal;
import io.frontdesk.conversation.Conversation;
import io.frontdesk.conversation.ConversationChange;
import io.frontdesk.conversation.ConversationCriterion;
import io.frontdesk.conversation.ConversationState;
import io.frontdesk.conversation.ConversationService;
import io.frontdesk.conversation.CreatedConversation;
import io.frontdesk.conversation.Folders;
import io.frontdesk.conversation.MergedConversationException;
import io.frontdesk.conversation.NewConversation;
import io.frontdesk.conversation.NewThread;
import io.frontdesk.conversation.ThreadChange;
import io.frontdesk.customer.CustomerService;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.ErrorKind;
import io.frontdesk.mailbox.Mailbox;
import io.frontdesk.mailbox.MailboxFieldService;
import io.frontdesk.mailbox.MailboxService;
import io.frontdesk.web.JsonBody;
import io.frontdesk.web.Requests;
import io.frontdesk.web.Responses;
import io.javalin.http.Context;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The 1.0 conversation and thread endpoints (helpscout-more.md §11): lists per mailbox, folder, customer and user, get,
 * create, update, delete, thread create and thread text update. Creates answer 201 with a `Location` ending in
 * `/{id}.json` (the Java SDK takes the id from it); updates and deletes 200, as both 1.0 SDKs insist.
 */
final class V1ConversationHandler {

    private final ConversationService conversations;
    private final MailboxService mailboxes;
    private final MailboxFieldService fields;
    private final CustomerService customers;
    private final AccountService accounts;

    V1ConversationHandler(ConversationService conversations, MailboxService mailboxes, MailboxFieldService fields,
                          CustomerService customers, AccountService accounts) {
        this.accounts = accounts;
        this.conversations = conversations;
        this.mailboxes = mailboxes;
        this.fields = fields;
        this.customers = customers;
    }

    /** `mailboxes/{id}/conversations.json`; an unknown mailbox is a 404, not an empty list. */
    void listInMailbox(Context ctx) {
        Mailbox mailbox = mailbox(ctx);
        page(ctx, mailbox, inMailbox(mailbox.id()));
    }

    /** `mailboxes/{id}/folders/{folderId}/conversations.json`; a folder of another mailbox is a 404. */
    void listInFolder(Context ctx) {
        Mailbox mailbox = mailbox(ctx);
        long folderId = Requests.pathId(ctx, "folderId");
        if (folderId / 10 != mailbox.id() || folderId % 10 < 1 || folderId % 10 > 6) {
            throw ApiException.notFound("Folder not found");
        }
        page(ctx, mailbox, Folders.criterion(folderId, Requests.principal(ctx).userId()));
    }

    /**
     * `mailboxes/{id}/customers/{customerId}/conversations.json`: the customer's conversations in that mailbox; a
     * customer that is not the account's is a 404, like the mailbox.
     */
    void listForCustomer(Context ctx) {
        Mailbox mailbox = mailbox(ctx);
        long customerId = customers.get(mailbox.accountId(), Requests.pathId(ctx, "customerId")).id();
        page(ctx, mailbox, ConversationCriterion.and(List.of(inMailbox(mailbox.id()),
                new ConversationCriterion.Compare(ConversationCriterion.Attribute.CUSTOMER_ID,
                        ConversationCriterion.Operator.EQ, customerId))));
    }

    /** `mailboxes/{id}/users/{userId}/conversations.json`: the conversations assigned to that user there. */
    void listForUser(Context ctx) {
        Mailbox mailbox = mailbox(ctx);
        long userId = accounts.getUser(mailbox.accountId(), Requests.pathId(ctx, "userId")).id();
        page(ctx, mailbox, ConversationCriterion.and(List.of(inMailbox(mailbox.id()),
                new ConversationCriterion.Assignee(userId))));
    }

    /** `search/conversations.json`: SearchConversation items. */
    void search(Context ctx) {
        long account = Requests.principal(ctx).accountId();
        V1Responses.ok(ctx, V1Paging.envelope(conversations.search(account, V1ConversationQueries.search(ctx))
                .map(V1SearchConversation::of)));
    }

    /**
     * With its threads; a merged conversation's id is a 301 to the one it was merged into. A deleted one is a 404:
     * 2.0 shows it with state `deleted`, but the 1.0 object has no field that could say so.
     */
    void get(Context ctx) {
        long account = Requests.principal(ctx).accountId();
        Conversation conversation;
        try {
            conversation = conversations.get(account, Requests.pathId(ctx, "id"), true);
        } catch (MergedConversationException merged) {
            ctx.header("Location", location(ctx, merged.survivorId()));
            Responses.empty(ctx, 301);
            return;
        }
        if (conversation.state() == ConversationState.DELETED) {
            throw ApiException.notFound("Conversation not found");
        }
        V1Responses.ok(ctx, new V1Envelopes.Item<>(render(ctx, conversation)));
    }

    /** `POST /v1/conversations.json[?imported=true][&autoReply=true][&reload=true]`. */
    void create(Context ctx) {
        Principal caller = Requests.principal(ctx);
        NewConversation command = V1ConversationReader.create(JsonBody.read(ctx), flag(ctx, "imported"),
                flag(ctx, "autoReply"));
        CreatedConversation created = V1CorePaths.renamed(V1CorePaths.create(command),
                () -> conversations.create(caller.accountId(), caller.userId(), command));
        ctx.header("Location", location(ctx, created.id()));
        respond(ctx, 201, created.id());
    }

    /** `PUT /v1/conversations/{id}.json[?reload=true]`: 200. */
    void update(Context ctx) {
        Principal caller = Requests.principal(ctx);
        long id = Requests.pathId(ctx, "id");
        List<ConversationChange> changes = V1ConversationReader.update(JsonBody.read(ctx));
        if (merged(ctx, caller.accountId(), id, () -> V1CorePaths.renamed(V1CorePaths.update(),
                () -> conversations.update(caller.accountId(), caller.userId(), id, changes)))) {
            return;
        }
        respond(ctx, 200, id);
    }

    /** 200 with an empty body; the conversation goes to the trash as it does through 2.0. */
    void delete(Context ctx) {
        Principal caller = Requests.principal(ctx);
        conversations.delete(caller.accountId(), caller.userId(), Requests.pathId(ctx, "id"));
        Responses.empty(ctx, 200);
    }

    /**
     * `POST /v1/conversations/{id}.json`: a new thread. 201 with `Location: …/v1/conversations/{id}/threads/{tid}.json`
     * (ending in the thread's id, for a client that parses it); `reload=true` answers the conversation.
     */
    void createThread(Context ctx) {
        Principal caller = Requests.principal(ctx);
        long id = Requests.pathId(ctx, "id");
        NewThread thread = V1ConversationReader.thread(JsonBody.read(ctx), flag(ctx, "imported"));
        long[] threadId = new long[1];
        if (merged(ctx, caller.accountId(), id, () -> threadId[0] = V1CorePaths.renamed(V1CorePaths.thread(thread),
                () -> conversations.addThread(caller.accountId(), caller.userId(), id, thread)))) {
            return;
        }
        ctx.header("Location", Requests.baseUrl(ctx) + "/v1/conversations/" + id + "/threads/" + threadId[0]
                + ".json");
        respond(ctx, 201, id);
    }

    /**
     * Runs a write on conversation {@code id}. A 404 because the id was merged into another answers 301 with the
     * survivor's `Location` instead, as 1.0 documents for PUT and thread creates (helpscout-more.md §11.1, §11.5),
     * and as GET answers; any other 404 stands.
     *
     * @return true when the 301 was sent
     */
    private boolean merged(Context ctx, long accountId, long id, Runnable write) {
        try {
            write.run();
            return false;
        } catch (ApiException refused) {
            if (refused.kind() != ErrorKind.NOT_FOUND) {
                throw refused;
            }
            try {
                conversations.get(accountId, id, false);
            } catch (MergedConversationException merged) {
                ctx.header("Location", location(ctx, merged.survivorId()));
                Responses.empty(ctx, 301);
                return true;
            } catch (ApiException unknown) {
                // not a merged id: the write's own 404 answers
            }
            throw refused;
        }
    }

    /** `PUT /v1/conversations/{id}/threads/{threadId}.json` with `{"body": …}`: 200, empty body. */
    void updateThread(Context ctx) {
        Principal caller = Requests.principal(ctx);
        long id = Requests.pathId(ctx, "id");
        long threadId = Requests.pathId(ctx, "threadId");
        List<ThreadChange> changes = List.of(new ThreadChange.Text(V1ConversationReader.threadText(
                JsonBody.read(ctx))));
        V1CorePaths.renamed(V1CorePaths.threadText(),
                () -> conversations.updateThread(caller.accountId(), caller.userId(), id, threadId, changes));
        Responses.empty(ctx, 200);
    }

    /** `DELETE /v1/notes/{threadId}.json`: 200, empty body; a thread that is not a note is a 400. */
    void deleteNote(Context ctx) {
        Principal caller = Requests.principal(ctx);
        conversations.deleteNote(caller.accountId(), caller.userId(), Requests.pathId(ctx, "threadId"));
        Responses.empty(ctx, 200);
    }

    private void page(Context ctx, Mailbox mailbox, ConversationCriterion scope) {
        long account = Requests.principal(ctx).accountId();
        var definitions = fields.list(account, mailbox.id());
        V1Responses.ok(ctx, V1Paging.envelope(conversations.search(account, V1ConversationQueries.list(ctx, scope))
                .map(c -> V1Conversation.of(c, mailbox, definitions, Requests.baseUrl(ctx)))));
    }

    private Mailbox mailbox(Context ctx) {
        return mailboxes.get(Requests.principal(ctx).accountId(), Requests.pathId(ctx, "id"));
    }

    /** A single conversation: its customer persons carry their addresses, each customer read once. */
    private V1Conversation render(Context ctx, Conversation conversation) {
        long account = conversation.accountId();
        Map<Long, V1CustomerContact> read = new HashMap<>();
        return V1Conversation.of(conversation, mailboxes.get(account, conversation.mailboxId()),
                fields.list(account, conversation.mailboxId()), Requests.baseUrl(ctx),
                id -> read.computeIfAbsent(id, customerId -> customers.find(account, customerId)
                        .map(V1CustomerContact::of).orElse(V1CustomerContact.NONE)));
    }

    /** `reload=true` answers the conversation, read after the write's commit; otherwise the body is empty. */
    private void respond(Context ctx, int status, long id) {
        if (flag(ctx, "reload")) {
            Conversation conversation = conversations.get(Requests.principal(ctx).accountId(), id, true);
            V1Responses.json(ctx, status, new V1Envelopes.Item<>(render(ctx, conversation)));
        } else {
            Responses.empty(ctx, status);
        }
    }

    private static ConversationCriterion inMailbox(long mailboxId) {
        return new ConversationCriterion.Compare(ConversationCriterion.Attribute.MAILBOX_ID,
                ConversationCriterion.Operator.EQ, mailboxId);
    }

    private static String location(Context ctx, long id) {
        return Requests.baseUrl(ctx) + "/v1/conversations/" + id + ".json";
    }

    private static boolean flag(Context ctx, String name) {
        return "true".equalsIgnoreCase(ctx.queryParam(name));
    }
}
