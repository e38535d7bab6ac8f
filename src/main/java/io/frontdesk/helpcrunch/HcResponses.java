package io.frontdesk.helpcrunch;

import io.frontdesk.customer.Customer;
import io.frontdesk.web.Responses;
import io.javalin.http.Context;

/** HelpCrunch bodies are `application/json`, single entities at the root (no `data` wrapper). */
final class HcResponses {

    private HcResponses() {
    }

    static void json(Context ctx, int status, Object body) {
        Responses.json(ctx, status, HelpCrunchErrorRenderer.CONTENT_TYPE, body);
    }

    static void customer(Context ctx, int status, Customer customer) {
        json(ctx, status, HcCustomer.of(customer));
    }
}
