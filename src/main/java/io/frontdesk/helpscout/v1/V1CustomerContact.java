package io.frontdesk.helpscout.v1;

import io.frontdesk.customer.Customer;
import io.frontdesk.customer.Entry;
import io.frontdesk.customer.EntryKind;

import java.util.List;

/**
 * What a customer person on a single 1.0 conversation adds to its reference: every email address, in creation order,
 * and the first phone (null when none). A customer deleted since shows none.
 */
record V1CustomerContact(List<String> emails, String phone) {

    static final V1CustomerContact NONE = new V1CustomerContact(List.of(), null);

    static V1CustomerContact of(Customer customer) {
        return new V1CustomerContact(customer.entries(EntryKind.EMAIL).stream().map(Entry::value).toList(),
                customer.first(EntryKind.PHONE).map(Entry::value).orElse(null));
    }
}
