package io.frontdesk.helpscout.v2;

import io.frontdesk.conversation.CustomerRef;
import io.frontdesk.customer.CustomerField;
import io.frontdesk.customer.Emails;
import io.frontdesk.customer.Entry;
import io.frontdesk.customer.EntryKind;
import io.frontdesk.customer.NewCustomer;
import io.frontdesk.customer.NewEntry;
import io.frontdesk.error.FieldError;
import io.frontdesk.web.JsonFields;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The `customer` object of conversation and thread bodies: `{id}` names an existing customer (everything else is
 * ignored, as documented); otherwise `email` finds one or creates one from the other fields, whose documented
 * limits (names 1–40, photoUrl/background 200, jobTitle/location/organization 60, photoType and gender enums) are
 * checked even when the email then matches an existing customer.
 */
final class V2CustomerRefReader {

    private V2CustomerRefReader() {
    }

    /** The reference, or null after reporting the problem in the fields' validation. */
    static CustomerRef read(JsonFields customer) {
        String self = customer.path("").substring(0, customer.path("").length() - 1);
        Long id = customer.integer("id");
        if (id != null) {
            if (id <= 0) {
                customer.validation().add(FieldError.of(customer.path("id"), "InvalidIdentifier",
                        "must be a positive id", id));
                return null;
            }
            return new CustomerRef.ById(id);
        }
        Map<CustomerField, Object> fields = new EnumMap<>(CustomerField.class);
        for (V2CoreField core : V2CoreField.values()) {
            String value = core.check(customer.string(core.wireName()), customer.path(core.wireName()),
                    customer.validation());
            if (value != null) {
                fields.put(core.field(), value);
            }
        }
        String email = customer.string("email");
        if (email == null || email.isBlank()) {
            customer.validation().add(FieldError.of(self, "NotNull",
                    "must contain a customer id or an email address"));
            return null;
        }
        if (!Emails.valid(email)) {
            customer.validation().add(FieldError.of(customer.path("email"), "Email", "Not well-formed email address",
                    email));
            return null;
        }
        List<NewEntry> entries = new ArrayList<>();
        entries.add(new NewEntry(EntryKind.EMAIL, email.trim(), null));
        String phone = customer.string("phone");
        if (phone != null && phone.length() > Entry.MAX_VALUE_LENGTH) {
            customer.validation().add(FieldError.of(customer.path("phone"), "Size", "size must be between 1 and "
                    + Entry.MAX_VALUE_LENGTH, phone.substring(0, 40) + "…"));
            return null;
        }
        if (phone != null && !phone.isBlank()) {
            entries.add(new NewEntry(EntryKind.PHONE, phone.trim(), null));
        }
        return new CustomerRef.ByEmail(email.trim(), new NewCustomer(fields, entries, null, List.of(), List.of()));
    }
}
