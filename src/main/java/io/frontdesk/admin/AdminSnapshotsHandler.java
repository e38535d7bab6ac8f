package io.frontdesk.admin;

import io.frontdesk.sandbox.SandboxAccounts;
import io.frontdesk.web.JsonBody;
import io.frontdesk.web.Responses;
import io.javalin.http.Context;

import java.time.Clock;

/** Named snapshots of the whole database, in memory: save, list, restore, delete. */
final class AdminSnapshotsHandler {

    private final SandboxAccounts sandbox;
    private final Clock clock;
    private final AdminAccountsHandler.AdminState state;

    AdminSnapshotsHandler(SandboxAccounts sandbox, Clock clock, AdminAccountsHandler.AdminState state) {
        this.sandbox = sandbox;
        this.clock = clock;
        this.state = state;
    }

    void save(Context ctx) {
        String name = AdminReaders.snapshotName(JsonBody.read(ctx));
        Responses.json(ctx, 201, "application/json", AdminWire.snapshot(sandbox.saveSnapshot(name, clock.instant())));
    }

    void list(Context ctx) {
        Responses.json(ctx, 200, "application/json", sandbox.snapshots().stream().map(AdminWire::snapshot).toList());
    }

    void restore(Context ctx) {
        SandboxAccounts.Snapshot restored = sandbox.restoreSnapshot(ctx.pathParam("name"));
        state.forgetAll();
        Responses.json(ctx, 200, "application/json", AdminWire.snapshot(restored));
    }

    void delete(Context ctx) {
        sandbox.deleteSnapshot(ctx.pathParam("name"));
        Responses.empty(ctx, 204);
    }
}
