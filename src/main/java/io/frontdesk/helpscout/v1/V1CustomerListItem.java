package io.frontdesk.helpscout.v1;

import io.frontdesk.customer.Customer;
import io.frontdesk.web.Dates;

/**
 * A customer in a 1.0 list: the documented list fields plus `fullName` and `email` (the first address), which some
 * clients read. No background, address or entry collections; clients fetch the item for those.
 */
record V1CustomerListItem(long id, String firstName, String lastName, String fullName, String email,
                          String photoUrl, String photoType, String gender, String age, String organization,
                          String jobTitle, String location, String createdAt, String modifiedAt) {

    static V1CustomerListItem of(Customer c) {
        return new V1CustomerListItem(c.id(), c.firstName(), c.lastName(), c.fullName(), V1Entries.firstEmail(c),
                c.photoUrl(), c.photoType(), c.gender(), c.age(), c.organization(), c.jobTitle(), c.location(),
                Dates.iso(c.createdAt()), Dates.iso(c.updatedAt()));
    }
}
