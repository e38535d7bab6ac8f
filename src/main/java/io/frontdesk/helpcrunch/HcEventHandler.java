package io.frontdesk.helpcrunch;

import io.frontdesk.event.CustomerEvent;
import io.frontdesk.event.CustomerEventService;
import io.frontdesk.web.JsonBody;
import io.frontdesk.web.Requests;
import io.javalin.http.Context;

/** `POST /events`: 200 with the stored event; 404 when the customer does not exist in the account. */
final class HcEventHandler {

    private final CustomerEventService events;

    HcEventHandler(CustomerEventService events) {
        this.events = events;
    }

    void create(Context ctx) {
        long account = Requests.principal(ctx).accountId();
        HcEventInput input = HcEventInput.read(JsonBody.read(ctx));
        CustomerEvent event = events.record(account, input.customer(), input.name(), input.data());
        HcResponses.json(ctx, 200, HcEvent.of(event));
    }
}
