package io.frontdesk.admin;

import io.frontdesk.sandbox.CapturedMail;
import io.frontdesk.sandbox.NewSandboxAccount;
import io.frontdesk.sandbox.SandboxAccounts;
import io.frontdesk.setup.FirstStart;
import io.frontdesk.web.JsonBody;
import io.frontdesk.web.Requests;
import io.frontdesk.web.Responses;
import io.javalin.http.Context;

/** Throwaway accounts and resets. */
final class AdminAccountsHandler {

    private final SandboxAccounts accounts;
    private final AdminState state;

    AdminAccountsHandler(SandboxAccounts accounts, AdminState state) {
        this.accounts = accounts;
        this.state = state;
    }

    void create(Context ctx) {
        NewSandboxAccount request = AdminReaders.newAccount(JsonBody.read(ctx));
        FirstStart.Result made = accounts.create(request);
        Responses.json(ctx, 201, "application/json", AdminWire.account(made));
    }

    void delete(Context ctx) {
        long id = Requests.pathId(ctx, "id");
        accounts.delete(id);
        state.forgetAccount(id);
        Responses.empty(ctx, 204);
    }

    void reset(Context ctx) {
        long id = Requests.pathId(ctx, "id");
        accounts.reset(id);
        state.forgetAccount(id);
        Responses.empty(ctx, 204);
    }

    void resetAll(Context ctx) {
        FirstStart.Result made = accounts.resetAll();
        state.forgetAll();
        Responses.json(ctx, 200, "application/json", AdminWire.account(made));
    }

    /** What the admin API holds in memory beside the database, emptied with what it describes. */
    record AdminState(CapturedMail mail, RequestJournal journal, FaultRules faults) {

        void forgetAccount(long id) {
            if (mail != null) {
                mail.clear(id);
            }
        }

        void forgetAll() {
            if (mail != null) {
                mail.clear(null);
            }
            journal.clear();
            faults.clear();
        }
    }
}
