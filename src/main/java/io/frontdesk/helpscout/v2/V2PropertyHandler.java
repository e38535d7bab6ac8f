package io.frontdesk.helpscout.v2;

import io.frontdesk.customer.CustomerService;
import io.frontdesk.customer.PropertyDefinition;
import io.frontdesk.error.ApiException;
import io.frontdesk.web.JsonBody;
import io.frontdesk.web.Requests;
import io.javalin.http.Context;

import java.util.List;

import static io.frontdesk.helpscout.v2.V2CustomerHandler.account;

/** Customer property definitions (`/v2/customer-properties`) and a customer's values (`/customers/{id}/properties`). */
final class V2PropertyHandler {

    static final String REL = "customer-properties";

    private final CustomerService customers;

    V2PropertyHandler(CustomerService customers) {
        this.customers = customers;
    }

    void definitions(Context ctx) {
        List<V2PropertyDefinition> definitions = customers.definitions(account(ctx)).stream()
                .map(V2PropertyDefinition::of).toList();
        V2Responses.hal(ctx, V2Collection.of(REL, definitions, V2Urls.properties(Requests.baseUrl(ctx))));
    }

    /** One definition: where the create's `Location` points. */
    void definition(Context ctx) {
        long id = Requests.pathId(ctx, "propertyId");
        PropertyDefinition definition = customers.definitions(account(ctx)).stream().filter(d -> d.id() == id)
                .findFirst().orElseThrow(() -> ApiException.notFound("Customer property not found"));
        V2Responses.hal(ctx, V2PropertyDefinition.of(definition));
    }

    void define(Context ctx) {
        V2NewProperty property = V2NewProperty.read(JsonBody.read(ctx));
        PropertyDefinition defined = customers.defineProperty(account(ctx), property.command());
        V2Responses.created(ctx, defined.id(), V2Urls.properties(Requests.baseUrl(ctx)) + "/" + defined.id());
    }

    /** PATCH, and PUT with the same body because one Node SDK sends PUT. */
    void patchValues(Context ctx) {
        long id = Requests.pathId(ctx, "id");
        customers.update(account(ctx), V2CustomerHandler.actor(ctx), id, V2PropertyPatch.read(JsonBody.read(ctx)));
        V2Responses.noContent(ctx);
    }
}
