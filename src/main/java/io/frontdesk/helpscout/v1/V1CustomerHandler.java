package io.frontdesk.helpscout.v1;

import io.frontdesk.core.Page;
import io.frontdesk.customer.Customer;
import io.frontdesk.customer.CustomerCriterion;
import io.frontdesk.customer.CustomerService;
import io.frontdesk.customer.NewCustomer;
import io.frontdesk.mailbox.MailboxService;
import io.frontdesk.web.JsonBody;
import io.frontdesk.web.Requests;
import io.frontdesk.web.Responses;
import io.javalin.http.Context;

/** The 1.0 customer endpoints: parse with {@link V1CustomerReader}, one service call, render the 1.0 shape. */
final class V1CustomerHandler {

    private final CustomerService customers;
    private final MailboxService mailboxes;

    V1CustomerHandler(CustomerService customers, MailboxService mailboxes) {
        this.customers = customers;
        this.mailboxes = mailboxes;
    }

    /** 201 with `Location: …/v1/customers/{id}.json`: the Java SDK takes the id from between the last `/` and `.`. */
    void create(Context ctx) {
        long account = Requests.principal(ctx).accountId();
        NewCustomer command = V1CustomerReader.create(JsonBody.read(ctx));
        if (reload(ctx)) {
            Customer created = customers.createAndGet(account, Requests.principal(ctx).userId(), command);
            ctx.header("Location", location(ctx, created.id()));
            respond(ctx, 201, created);
        } else {
            ctx.header("Location", location(ctx, customers.create(account, Requests.principal(ctx).userId(), command)));
            Responses.empty(ctx, 201);
        }
    }

    void get(Context ctx) {
        Customer customer = customers.get(Requests.principal(ctx).accountId(), Requests.pathId(ctx, "id"));
        V1Responses.ok(ctx, new V1Envelopes.Item<>(V1Customer.of(customer)));
    }

    /** 200, not 204: both official 1.0 SDKs insist on it. */
    void update(Context ctx) {
        long account = Requests.principal(ctx).accountId();
        long id = Requests.pathId(ctx, "id");
        Customer updated = customers.update(account, Requests.principal(ctx).userId(), id,
                V1CustomerReader.update(JsonBody.read(ctx)));
        respond(ctx, 200, updated);
    }

    void list(Context ctx) {
        long account = Requests.principal(ctx).accountId();
        page(ctx, customers.search(account, V1CustomerQueries.list(ctx)));
    }

    /** An unknown mailbox is a 404, not an empty list. */
    void listInMailbox(Context ctx) {
        long account = Requests.principal(ctx).accountId();
        long mailbox = mailboxes.get(account, Requests.pathId(ctx, "id")).id();
        page(ctx, customers.search(account, V1CustomerQueries.inMailbox(mailbox, ctx)));
    }

    /** `GET /v1/search/customers.json`: the search language, SearchCustomer items with emails as strings. */
    void search(Context ctx) {
        long account = Requests.principal(ctx).accountId();
        V1SearchParams params = V1SearchParams.of(ctx);
        Page<Customer> found = customers.search(account, params.query(), CustomerCriterion.all(), params.sort(),
                params.order(), params.page());
        V1Responses.ok(ctx, V1Paging.envelope(found.map(V1SearchCustomer::of)));
    }

    private static void page(Context ctx, Page<Customer> page) {
        V1Responses.ok(ctx, V1Paging.envelope(page.map(V1CustomerListItem::of)));
    }

    private static String location(Context ctx, long id) {
        return Requests.baseUrl(ctx) + "/v1/customers/" + id + ".json";
    }

    private static boolean reload(Context ctx) {
        return "true".equalsIgnoreCase(ctx.queryParam("reload"));
    }

    /** `reload=true` answers the resulting customer as an item; otherwise the body is empty. */
    private static void respond(Context ctx, int status, Customer customer) {
        if (reload(ctx)) {
            V1Responses.json(ctx, status, new V1Envelopes.Item<>(V1Customer.of(customer)));
        } else {
            Responses.empty(ctx, status);
        }
    }
}
