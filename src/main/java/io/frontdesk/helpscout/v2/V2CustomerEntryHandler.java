package io.frontdesk.helpscout.v2;

import io.frontdesk.customer.CustomerService;
import io.frontdesk.customer.CustomerUpdate;
import io.frontdesk.customer.Entry;
import io.frontdesk.customer.EntryChange;
import io.frontdesk.error.ApiException;
import io.frontdesk.web.JsonBody;
import io.frontdesk.web.Requests;
import io.javalin.http.Context;

import java.util.List;

import static io.frontdesk.helpscout.v2.V2CustomerHandler.account;

/**
 * One entry collection of a customer (`/v2/customers/{id}/emails`, `/phones`, `/chats`, `/social-profiles`,
 * `/websites`): list, read one, create, replace and delete. One instance serves one collection.
 */
final class V2CustomerEntryHandler {

    private final CustomerService customers;
    private final V2EntryCollection collection;

    V2CustomerEntryHandler(CustomerService customers, V2EntryCollection collection) {
        this.customers = customers;
        this.collection = collection;
    }

    void list(Context ctx) {
        long id = Requests.pathId(ctx, "id");
        List<V2Entry> entries = V2Customer.entries(customers.get(account(ctx), id), collection,
                Requests.baseUrl(ctx));
        V2Responses.hal(ctx, V2Collection.of(collection.segment(), entries,
                V2Urls.entries(Requests.baseUrl(ctx), id, collection)));
    }

    void get(Context ctx) {
        long id = Requests.pathId(ctx, "id");
        long entryId = Requests.pathId(ctx, "entryId");
        Entry entry = customers.get(account(ctx), id).entries(collection.kind()).stream()
                .filter(e -> e.id() == entryId).findFirst()
                .orElseThrow(() -> ApiException.notFound("Entry not found"));
        V2Responses.hal(ctx, V2Entry.of(entry, V2Urls.entry(Requests.baseUrl(ctx), id, collection, entryId)));
    }

    void create(Context ctx) {
        long id = Requests.pathId(ctx, "id");
        Entry entry = customers.addEntry(account(ctx), V2CustomerHandler.actor(ctx), id,
                V2CustomerReader.newEntry(collection.kind(), JsonBody.read(ctx)));
        V2Responses.created(ctx, entry.id(), V2Urls.entry(Requests.baseUrl(ctx), id, collection, entry.id()));
    }

    void replace(Context ctx) {
        long id = Requests.pathId(ctx, "id");
        long entryId = Requests.pathId(ctx, "entryId");
        EntryChange change = V2CustomerReader.replaceEntry(collection.kind(), entryId, JsonBody.read(ctx));
        customers.update(account(ctx), V2CustomerHandler.actor(ctx), id, new CustomerUpdate().entry(change));
        V2Responses.noContent(ctx);
    }

    void delete(Context ctx) {
        long id = Requests.pathId(ctx, "id");
        EntryChange change = new EntryChange.Remove(collection.kind(), Requests.pathId(ctx, "entryId"));
        customers.update(account(ctx), V2CustomerHandler.actor(ctx), id, new CustomerUpdate().entry(change));
        V2Responses.noContent(ctx);
    }
}
