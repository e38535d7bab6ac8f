package io.frontdesk.helpscout.v1;

import io.frontdesk.account.AccountService;
import io.frontdesk.account.UserFilter;
import io.frontdesk.core.Page;
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
 * `mailboxes.json`, `mailboxes/{id}.json` and `mailboxes/{id}/users.json`. Each mailbox carries its custom field
 * definitions, read for the whole page at once.
 */
final class V1MailboxHandler {

    private final MailboxService mailboxes;
    private final MailboxFieldService fields;
    private final AccountService accounts;

    V1MailboxHandler(MailboxService mailboxes, MailboxFieldService fields, AccountService accounts) {
        this.mailboxes = mailboxes;
        this.fields = fields;
        this.accounts = accounts;
    }

    void list(Context ctx) {
        long account = Requests.principal(ctx).accountId();
        Page<Mailbox> page = mailboxes.page(account, V1Paging.request(ctx));
        List<Long> ids = page.items().stream().map(Mailbox::id).toList();
        Map<Long, List<MailboxField>> definitions = fields.byMailbox(account, ids);
        Responses.json(ctx, 200, V1ErrorRenderer.CONTENT_TYPE, V1Paging.envelope(page.map(mailbox ->
                V1Mailbox.of(mailbox, definitions.getOrDefault(mailbox.id(), List.of())))));
    }

    /** Another account's mailbox is a 404, like one that does not exist. */
    void get(Context ctx) {
        long account = Requests.principal(ctx).accountId();
        long id = Requests.pathId(ctx, "id");
        Responses.json(ctx, 200, V1ErrorRenderer.CONTENT_TYPE,
                new V1Envelopes.Item<>(V1Mailbox.of(mailboxes.get(account, id), fields.list(account, id))));
    }

    /** Every user of the account has access to every mailbox; an unknown mailbox is a 404, not an empty list. */
    void users(Context ctx) {
        long account = Requests.principal(ctx).accountId();
        long mailbox = mailboxes.get(account, Requests.pathId(ctx, "id")).id();
        Responses.json(ctx, 200, V1ErrorRenderer.CONTENT_TYPE, V1Paging.envelope(
                accounts.users(account, UserFilter.inMailbox(mailbox), V1Paging.request(ctx)).map(V1User::of)));
    }
}
