package io.frontdesk.admin;

import io.frontdesk.web.Responses;
import io.javalin.http.Context;

import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** The request journal: list (filtered, newest last), count, clear. */
final class AdminJournalHandler {

    private static final int MAX_LIST = 1000;

    private final RequestJournal journal;

    AdminJournalHandler(RequestJournal journal) {
        this.journal = journal;
    }

    void list(Context ctx) {
        Predicate<JournalEntry> filter = filter(ctx);
        int limit = AdminReaders.limit(ctx.queryParam("limit"), MAX_LIST);
        Responses.json(ctx, 200, "application/json",
                journal.list(filter, limit).stream().map(AdminWire::request).toList());
    }

    void count(Context ctx) {
        Responses.json(ctx, 200, "application/json", new AdminWire.Count(journal.count(filter(ctx))));
    }

    void clear(Context ctx) {
        Responses.json(ctx, 200, "application/json", new AdminWire.Removed(journal.clear()));
    }

    /** ?accountId=&dialect=&method=&path=(pattern with *)&status= */
    private static Predicate<JournalEntry> filter(Context ctx) {
        Long account = AdminReaders.queryId("accountId", ctx.queryParam("accountId"));
        String dialect = ctx.queryParam("dialect");
        String method = ctx.queryParam("method");
        String path = ctx.queryParam("path");
        Pattern glob = path == null ? null : FaultRule.glob(path);
        Integer status = AdminReaders.status(ctx.queryParam("status"));
        return e -> (account == null || account.equals(e.accountId()))
                && (dialect == null || dialect.equals(e.dialect()))
                && (method == null || method.toUpperCase(Locale.ROOT).equals(e.method()))
                && (glob == null || glob.matcher(e.path()).matches())
                && (status == null || status == e.status());
    }
}
