package io.frontdesk.helpscout.v2;

import io.frontdesk.customer.Address;
import io.frontdesk.customer.CustomerService;
import io.frontdesk.customer.CustomerUpdate;
import io.frontdesk.error.ApiException;
import io.frontdesk.web.JsonBody;
import io.frontdesk.web.Requests;
import io.javalin.http.Context;

import static io.frontdesk.helpscout.v2.V2CustomerHandler.account;

/**
 * `/v2/customers/{id}/address`, the customer's single address. POST and PUT both leave the address exactly as sent
 * (creating it when there is none), so a client that picks the "wrong" verb still gets what it asked for.
 */
final class V2AddressHandler {

    private final CustomerService customers;

    V2AddressHandler(CustomerService customers) {
        this.customers = customers;
    }

    void get(Context ctx) {
        long id = Requests.pathId(ctx, "id");
        Address address = customers.get(account(ctx), id).address();
        if (address == null) {
            throw ApiException.notFound("Address not found");
        }
        V2Responses.hal(ctx, V2Address.resource(address, Requests.baseUrl(ctx), id));
    }

    void create(Context ctx) {
        long id = Requests.pathId(ctx, "id");
        CustomerUpdate update = new CustomerUpdate().address(V2CustomerReader.address(JsonBody.read(ctx)));
        Address address = customers.update(account(ctx), V2CustomerHandler.actor(ctx), id, update).address();
        V2Responses.created(ctx, address.id(), V2Urls.address(Requests.baseUrl(ctx), id));
    }

    void replace(Context ctx) {
        long id = Requests.pathId(ctx, "id");
        customers.update(account(ctx), V2CustomerHandler.actor(ctx), id,
                new CustomerUpdate().address(V2CustomerReader.address(JsonBody.read(ctx))));
        V2Responses.noContent(ctx);
    }

    void delete(Context ctx) {
        customers.removeAddress(account(ctx), V2CustomerHandler.actor(ctx), Requests.pathId(ctx, "id"));
        V2Responses.noContent(ctx);
    }
}
