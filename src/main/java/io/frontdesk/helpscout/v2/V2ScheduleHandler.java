package io.frontdesk.helpscout.v2;

import io.frontdesk.account.Principal;
import io.frontdesk.conversation.ScheduleService;
import io.frontdesk.web.JsonBody;
import io.frontdesk.web.Requests;
import io.javalin.http.Context;

/** Snooze (`/v2/conversations/{id}/snooze`) and "send later" (`/v2/conversations/{id}/threads/{tid}/schedule`). */
final class V2ScheduleHandler {

    private final ScheduleService schedules;

    V2ScheduleHandler(ScheduleService schedules) {
        this.schedules = schedules;
    }

    void snooze(Context ctx) {
        Principal caller = Requests.principal(ctx);
        V2ScheduleReader.Timed body = V2ScheduleReader.snooze(JsonBody.read(ctx));
        schedules.snooze(caller.accountId(), caller.userId(), Requests.pathId(ctx, "id"), body.time(),
                body.untilCustomerReply());
        V2Responses.noContent(ctx);
    }

    void unsnooze(Context ctx) {
        Principal caller = Requests.principal(ctx);
        schedules.unsnooze(caller.accountId(), caller.userId(), Requests.pathId(ctx, "id"));
        V2Responses.noContent(ctx);
    }

    void schedule(Context ctx) {
        Principal caller = Requests.principal(ctx);
        V2ScheduleReader.Timed body = V2ScheduleReader.schedule(JsonBody.read(ctx));
        schedules.schedule(caller.accountId(), caller.userId(), Requests.pathId(ctx, "id"),
                Requests.pathId(ctx, "threadId"), body.time(), body.untilCustomerReply());
        V2Responses.noContent(ctx);
    }

    void sendNow(Context ctx) {
        Principal caller = Requests.principal(ctx);
        V2ScheduleReader.sendNow(JsonBody.read(ctx));
        schedules.sendNow(caller.accountId(), caller.userId(), Requests.pathId(ctx, "id"),
                Requests.pathId(ctx, "threadId"));
        V2Responses.noContent(ctx);
    }

    void unschedule(Context ctx) {
        Principal caller = Requests.principal(ctx);
        schedules.unschedule(caller.accountId(), Requests.pathId(ctx, "id"), Requests.pathId(ctx, "threadId"));
        V2Responses.noContent(ctx);
    }
}
