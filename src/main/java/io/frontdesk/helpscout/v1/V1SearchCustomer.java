package io.frontdesk.helpscout.v1;

import io.frontdesk.customer.Customer;
import io.frontdesk.customer.Entry;
import io.frontdesk.customer.EntryKind;
import io.frontdesk.web.Dates;

import java.util.List;

/** A 1.0 search result: the list fields with every email as a plain string. */
record V1SearchCustomer(long id, String firstName, String lastName, String fullName, List<String> emails,
                        String photoUrl, String photoType, String gender, String age, String organization,
                        String jobTitle, String location, String createdAt, String modifiedAt) {

    static V1SearchCustomer of(Customer c) {
        return new V1SearchCustomer(c.id(), c.firstName(), c.lastName(), c.fullName(),
                c.entries(EntryKind.EMAIL).stream().map(Entry::value).toList(), c.photoUrl(), c.photoType(),
                c.gender(), c.age(), c.organization(), c.jobTitle(), c.location(), Dates.iso(c.createdAt()),
                Dates.iso(c.updatedAt()));
    }
}
