package io.frontdesk.helpcrunch;

import io.frontdesk.customer.CustomerService;
import io.frontdesk.customer.CustomerUpdate;
import io.frontdesk.web.JsonBody;
import io.frontdesk.web.Requests;
import io.javalin.http.Context;

/**
 * Tag and untag: `PUT /customers/{id}/tags` adds (new names are created account-wide, `#c377e0` unless a color is
 * given; existing tags keep their color), `DELETE /customers/{id}/tags` removes by name (a tag the customer does not
 * have is ignored). Both answer the whole customer.
 */
final class HcTagHandler {

    private final CustomerService customers;

    HcTagHandler(CustomerService customers) {
        this.customers = customers;
    }

    void add(Context ctx) {
        apply(ctx, HcCustomerReader.addTags(JsonBody.read(ctx)));
    }

    void remove(Context ctx) {
        apply(ctx, HcCustomerReader.removeTags(JsonBody.read(ctx)));
    }

    private void apply(Context ctx, CustomerUpdate update) {
        long account = Requests.principal(ctx).accountId();
        HcResponses.customer(ctx, 200, customers.update(account, Requests.principal(ctx).userId(),
                Requests.pathId(ctx, "id"), update));
    }
}
