package io.frontdesk.helpscout.v2;

import io.frontdesk.core.Page;
import io.frontdesk.mailbox.MailboxFieldService;
import io.frontdesk.mailbox.MailboxService;
import io.frontdesk.web.Requests;
import io.javalin.http.Context;

/** `/v2/mailboxes`, `/v2/mailboxes/{id}` and the custom field definitions `/v2/mailboxes/{id}/fields`. */
final class V2MailboxHandler {

    static final int PAGE_SIZE = 50;

    private final MailboxService mailboxes;
    private final MailboxFieldService fields;

    V2MailboxHandler(MailboxService mailboxes, MailboxFieldService fields) {
        this.mailboxes = mailboxes;
        this.fields = fields;
    }

    void list(Context ctx) {
        String base = Requests.baseUrl(ctx);
        Page<V2Mailbox> page = mailboxes.page(account(ctx), V2Paging.request(ctx, PAGE_SIZE))
                .map(mailbox -> V2Mailbox.of(mailbox, base));
        V2Responses.hal(ctx, V2Paging.body(ctx, "/v2/mailboxes", "mailboxes", page));
    }

    /** Another account's mailbox is a 404, like one that does not exist. */
    void get(Context ctx) {
        V2Responses.hal(ctx, V2Mailbox.of(mailboxes.get(account(ctx), Requests.pathId(ctx, "id")),
                Requests.baseUrl(ctx)));
    }

    /** Paged like every 2.0 list (50 a page), though a mailbox rarely has more than a handful of fields. */
    void fields(Context ctx) {
        long mailboxId = Requests.pathId(ctx, "id");
        Page<V2MailboxField> page = fields.page(account(ctx), mailboxId, V2Paging.request(ctx, PAGE_SIZE))
                .map(V2MailboxField::of);
        V2Responses.hal(ctx, V2Paging.body(ctx, "/v2/mailboxes/" + mailboxId + "/fields", "fields", page));
    }

    private static long account(Context ctx) {
        return Requests.principal(ctx).accountId();
    }
}
