package io.frontdesk.helpscout.v2;

import io.frontdesk.account.Principal;
import io.frontdesk.core.Page;
import io.frontdesk.customer.Customer;
import io.frontdesk.customer.CustomerService;
import io.frontdesk.web.JsonBody;
import io.frontdesk.web.Requests;
import io.javalin.http.Context;

/** `/v2/customers` and `/v2/customers/{id}`: create, list, get, overwrite, patch and delete. */
final class V2CustomerHandler {

    private final CustomerService customers;

    V2CustomerHandler(CustomerService customers) {
        this.customers = customers;
    }

    void create(Context ctx) {
        long id = customers.create(account(ctx), actor(ctx), V2CustomerReader.create(JsonBody.read(ctx)));
        V2Responses.created(ctx, id, V2Urls.customer(Requests.baseUrl(ctx), id));
    }

    void list(Context ctx) {
        String base = Requests.baseUrl(ctx);
        V2CustomerListParams params = V2CustomerListParams.parse(ctx);
        Page<V2Customer> page = customers.search(account(ctx), params.query(), params.filters(), params.sort(),
                        params.order(), params.page())
                .map(customer -> V2Customer.of(customer, base));
        V2Responses.hal(ctx, V2Paging.body(ctx, "/v2/customers", "customers", page));
    }

    void get(Context ctx) {
        Customer customer = customers.get(account(ctx), Requests.pathId(ctx, "id"));
        V2Responses.hal(ctx, V2Customer.of(customer, Requests.baseUrl(ctx)));
    }

    /** PUT: core fields overwritten, absent ones cleared; entries untouched. */
    void overwrite(Context ctx) {
        long id = Requests.pathId(ctx, "id");
        customers.update(account(ctx), actor(ctx), id, V2CustomerReader.overwrite(JsonBody.read(ctx)));
        V2Responses.noContent(ctx);
    }

    void patch(Context ctx) {
        long id = Requests.pathId(ctx, "id");
        customers.update(account(ctx), actor(ctx), id, V2CustomerPatch.read(JsonBody.read(ctx)));
        V2Responses.noContent(ctx);
    }

    /** `?async=true` answers 202 and deletes in the background, as Help Scout's GDPR delete does. */
    void delete(Context ctx) {
        long id = Requests.pathId(ctx, "id");
        if ("true".equalsIgnoreCase(ctx.queryParam("async"))) {
            customers.deleteInBackground(account(ctx), actor(ctx), id);
            V2Responses.accepted(ctx);
        } else {
            customers.delete(account(ctx), actor(ctx), id);
            V2Responses.noContent(ctx);
        }
    }

    /** The calling user, whom the change's event names as its actor. */
    static Long actor(Context ctx) {
        return Requests.principal(ctx).userId();
    }

    static long account(Context ctx) {
        Principal principal = Requests.principal(ctx);
        return principal.accountId();
    }
}
