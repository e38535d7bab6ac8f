package io.frontdesk.helpscout.v1;

import io.frontdesk.core.Change;
import io.frontdesk.customer.AddressChange;
import io.frontdesk.customer.CustomerUpdate;
import io.frontdesk.web.JsonFields;

import java.util.List;

/**
 * Reads the 1.0 `address` object. Its `createdAt`, `modifiedAt` (and anything unknown, such as the update example's
 * misspelt `postcalCode`) are never read: the server keeps its own times.
 */
final class V1AddressReader {

    private V1AddressReader() {
    }

    /** Create: the address as given, or null when the body has none. */
    static AddressChange create(JsonFields body) {
        JsonFields address = body.object("address");
        return address == null ? null : replace(address);
    }

    /**
     * Update: absent leaves the address alone and null deletes it. An object follows the id rule of the nested
     * collections: a positive id changes only the parts given of that address, a negative id deletes it (both 404
     * when the customer's address has another id), and no or a falsy id puts this address in place of any other.
     */
    static void change(JsonFields body, CustomerUpdate update) {
        if (!body.has("address")) {
            return;
        }
        if (body.isNull("address")) {
            update.address(AddressChange.remove());
            return;
        }
        JsonFields address = body.object("address");
        V1EntryId id = address == null ? null : V1EntryId.read(address);
        if (id == null) {
            return;
        }
        switch (id.action()) {
            case CREATE -> update.address(replace(address));
            case UPDATE -> update.address(partial(address), id.id());
            case DELETE -> update.address(AddressChange.remove(), id.id());
        }
    }

    private static AddressChange replace(JsonFields address) {
        return AddressChange.replace(address.strings("lines"), address.string("city"), address.string("state"),
                address.string("postalCode"), address.string("country"));
    }

    private static AddressChange partial(JsonFields address) {
        Change<List<String>> lines = address.has("lines") ? Change.set(address.strings("lines")) : Change.keep();
        return new AddressChange(false, lines, address.stringChange("city"), address.stringChange("state"),
                address.stringChange("postalCode"), address.stringChange("country"));
    }
}
