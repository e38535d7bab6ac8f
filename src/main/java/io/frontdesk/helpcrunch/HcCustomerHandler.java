package io.frontdesk.helpcrunch;

import io.frontdesk.account.AccountService;
import io.frontdesk.customer.Customer;
import io.frontdesk.customer.CustomerCriterion;
import io.frontdesk.customer.CustomerQuery;
import io.frontdesk.customer.CustomerService;
import io.frontdesk.customer.CustomerUpdate;
import io.frontdesk.customer.NewCustomer;
import io.frontdesk.error.Validation;
import io.frontdesk.web.JsonBody;
import io.frontdesk.web.Requests;
import io.javalin.http.Context;

import java.util.List;
import java.util.Map;

/** The customer endpoints: each parses, makes one service call and renders. */
final class HcCustomerHandler {

    private final AccountService accounts;
    private final CustomerService customers;

    HcCustomerHandler(AccountService accounts, CustomerService customers) {
        this.accounts = accounts;
        this.customers = customers;
    }

    void create(Context ctx) {
        long account = Requests.principal(ctx).accountId();
        HcCommand<NewCustomer> command = HcCustomerReader.create(JsonBody.read(ctx));
        HcResponses.customer(ctx, 201, command.run(() -> customers.createAndGet(account,
                Requests.principal(ctx).userId(), command.value())));
    }

    void get(Context ctx) {
        long account = Requests.principal(ctx).accountId();
        HcResponses.customer(ctx, 200, customers.get(account, Requests.pathId(ctx, "id")));
    }

    void list(Context ctx) {
        long account = Requests.principal(ctx).accountId();
        CustomerQuery query = HcListQuery.fromQueryString(ctx).toQuery(CustomerCriterion.all());
        HcResponses.json(ctx, 200, HcCustomerList.of(customers.search(account, query)));
    }

    void search(Context ctx) {
        long account = Requests.principal(ctx).accountId();
        Validation validation = new Validation();
        HcFields body = HcFields.body(JsonBody.read(ctx), validation);
        CustomerCriterion criterion = HcSearchFilters.translate(body);
        HcListQuery query = HcListQuery.from(body);
        validation.throwIfAny();
        HcResponses.json(ctx, 200, HcCustomerList.of(customers.search(account, query.toQuery(criterion))));
    }

    void patch(Context ctx) {
        update(ctx, HcCustomerReader.Mode.PARTIAL);
    }

    /** PUT is partial unless the account asks for the current docs' full replace (`strictPut`). */
    void put(Context ctx) {
        boolean strict = accounts.account(Requests.principal(ctx).accountId()).strictPut();
        update(ctx, strict ? HcCustomerReader.Mode.REPLACE : HcCustomerReader.Mode.PARTIAL);
    }

    private void update(Context ctx, HcCustomerReader.Mode mode) {
        long account = Requests.principal(ctx).accountId();
        long id = Requests.pathId(ctx, "id");
        HcCommand<CustomerUpdate> command = HcCustomerReader.update(JsonBody.read(ctx), mode);
        HcResponses.customer(ctx, 200, command.run(() -> customers.update(account,
                Requests.principal(ctx).userId(), id, command.value())));
    }

    /** All or nothing: one bad item or unknown customer and no customer changes. */
    void batch(Context ctx) {
        long account = Requests.principal(ctx).accountId();
        HcCommand<Map<Long, CustomerUpdate>> command = HcCustomerReader.batch(JsonBody.read(ctx));
        List<Customer> updated = command.run(() -> customers.updateAll(account,
                Requests.principal(ctx).userId(), command.value()));
        HcResponses.json(ctx, 200, updated.stream().map(HcCustomer::of).toList());
    }

    /** Answers the JSON string `"Ok"`, which decodes in every client seen. */
    void delete(Context ctx) {
        customers.delete(Requests.principal(ctx).accountId(), Requests.principal(ctx).userId(),
                Requests.pathId(ctx, "id"));
        HcResponses.json(ctx, 200, "Ok");
    }
}
