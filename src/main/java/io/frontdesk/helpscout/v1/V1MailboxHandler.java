package io.frontdesk.helpscout.v1;

import io.frontdesk.account.AccountService;
import io.frontdesk.account.UserFilter;
import io.frontdesk.conversation.ConversationService;
import io.frontdesk.conversation.Folder;
import io.frontdesk.core.Page;
import io.frontdesk.core.PageRequest;
import io.frontdesk.mailbox.Mailbox;
import io.frontdesk.mailbox.MailboxField;
import io.frontdesk.mailbox.MailboxFieldService;
import io.frontdesk.mailbox.MailboxService;
import io.frontdesk.web.Requests;
import io.frontdesk.web.Responses;
import io.javalin.http.Context;

import java.util.List;
import java.util.Map;

/**
 * `mailboxes.json`, `mailboxes/{id}.json` (with its folders), `mailboxes/{id}/folders.json` and
 * `mailboxes/{id}/users.json`. Each mailbox carries its custom field
 * definitions, read for the whole page at once.
 */
final class V1MailboxHandler {

    private final MailboxService mailboxes;
    private final MailboxFieldService fields;
    private final AccountService accounts;
    private final ConversationService conversations;

    V1MailboxHandler(MailboxService mailboxes, MailboxFieldService fields, AccountService accounts,
                     ConversationService conversations) {
        this.mailboxes = mailboxes;
        this.fields = fields;
        this.accounts = accounts;
        this.conversations = conversations;
    }

    void list(Context ctx) {
        long account = Requests.principal(ctx).accountId();
        Page<Mailbox> page = mailboxes.page(account, V1Paging.request(ctx));
        List<Long> ids = page.items().stream().map(Mailbox::id).toList();
        Map<Long, List<MailboxField>> definitions = fields.byMailbox(account, ids);
        V1Responses.ok(ctx, V1Paging.envelope(page.map(mailbox ->
                V1Mailbox.of(mailbox, definitions.getOrDefault(mailbox.id(), List.of())))));
    }

    /** With its folders as the caller sees them. Another account's mailbox is a 404, like one that does not exist. */
    void get(Context ctx) {
        long account = Requests.principal(ctx).accountId();
        long id = Requests.pathId(ctx, "id");
        Mailbox mailbox = mailboxes.get(account, id);
        List<Folder> folders = conversations.folders(account, Requests.principal(ctx).userId(), id);
        V1Responses.ok(ctx, new V1Envelopes.Item<>(V1Mailbox.of(mailbox, fields.list(account, id), folders)));
    }

    /** `mailboxes/{id}/folders.json`: the six folders with their counts, one page. */
    void folders(Context ctx) {
        long account = Requests.principal(ctx).accountId();
        PageRequest request = V1Paging.request(ctx);
        List<V1Folder> all = conversations.folders(account, Requests.principal(ctx).userId(),
                Requests.pathId(ctx, "id")).stream().map(V1Folder::of).toList();
        int from = (int) Math.min(request.offset(), all.size());
        int to = Math.min(from + request.size(), all.size());
        V1Responses.ok(ctx, V1Paging.envelope(new Page<>(all.subList(from, to), all.size(), request)));
    }

    /** Every user of the account has access to every mailbox; an unknown mailbox is a 404, not an empty list. */
    void users(Context ctx) {
        long account = Requests.principal(ctx).accountId();
        long mailbox = mailboxes.get(account, Requests.pathId(ctx, "id")).id();
        V1Responses.ok(ctx, V1Paging.envelope(
                accounts.users(account, UserFilter.inMailbox(mailbox), V1Paging.request(ctx)).map(V1User::of)));
    }
}
