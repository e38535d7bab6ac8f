package io.frontdesk.admin;

import io.frontdesk.error.ApiException;
import io.frontdesk.error.ErrorKind;
import io.frontdesk.sandbox.ControlledClock;
import io.frontdesk.web.JsonBody;
import io.frontdesk.web.Responses;
import io.javalin.http.Context;

import java.time.Clock;

/** The server's one clock: read it always; freeze, set, advance and resume it when clock-control is on. */
final class AdminClockHandler {

    private final Clock clock;
    private final ControlledClock controlled;

    AdminClockHandler(Clock clock) {
        this.clock = clock;
        this.controlled = clock instanceof ControlledClock c ? c : null;
    }

    void get(Context ctx) {
        ControlledClock.State state = controlled == null ? new ControlledClock.State(clock.instant(), false)
                : controlled.state();
        answer(ctx, state);
    }

    void put(Context ctx) {
        AdminReaders.ClockChange change = AdminReaders.clockChange(JsonBody.read(ctx));
        ControlledClock c = controlled();
        if (Boolean.TRUE.equals(change.frozen())) {
            c.freeze();
        }
        if (change.now() != null) {
            c.set(change.now());
        }
        if (Boolean.FALSE.equals(change.frozen())) {
            c.resume();
        }
        answer(ctx, c.state());
    }

    void freeze(Context ctx) {
        answer(ctx, controlled().freeze());
    }

    void resume(Context ctx) {
        answer(ctx, controlled().resume());
    }

    void advance(Context ctx) {
        answer(ctx, controlled().advance(AdminReaders.advance(JsonBody.read(ctx))));
    }

    void reset(Context ctx) {
        answer(ctx, controlled().reset());
    }

    private ControlledClock controlled() {
        if (controlled == null) {
            throw new ApiException(ErrorKind.CONFLICT, "The clock cannot be moved: clock-control is off");
        }
        return controlled;
    }

    private void answer(Context ctx, ControlledClock.State state) {
        Responses.json(ctx, 200, "application/json", AdminWire.clock(state, controlled != null));
    }
}
