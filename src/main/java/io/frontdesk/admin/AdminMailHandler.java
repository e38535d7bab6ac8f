package io.frontdesk.admin;

import io.frontdesk.error.ApiException;
import io.frontdesk.error.ErrorKind;
import io.frontdesk.sandbox.CapturedMail;
import io.frontdesk.web.Responses;
import io.javalin.http.Context;

/** Captured mail: list (oldest first, optionally one account's), clear. */
final class AdminMailHandler {

    private final CapturedMail mail;

    AdminMailHandler(CapturedMail mail) {
        this.mail = mail;
    }

    void list(Context ctx) {
        Long account = AdminReaders.queryId("accountId", ctx.queryParam("accountId"));
        Responses.json(ctx, 200, "application/json", captured().list(account).stream().map(AdminWire::mail).toList());
    }

    void clear(Context ctx) {
        Long account = AdminReaders.queryId("accountId", ctx.queryParam("accountId"));
        Responses.json(ctx, 200, "application/json", new AdminWire.Removed(captured().clear(account)));
    }

    private CapturedMail captured() {
        if (mail == null) {
            throw new ApiException(ErrorKind.CONFLICT, "Mail is not captured: capture-mail is off");
        }
        return mail;
    }
}
