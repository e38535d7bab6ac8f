package io.frontdesk.helpscout.v1;

import io.frontdesk.customer.Customer;
import io.frontdesk.customer.EntryKind;
import io.frontdesk.web.Dates;

import java.util.List;

/**
 * The 1.0 Customer as `GET /v1/customers/{id}.json` returns it: the list fields, `fullName`, and the single-item
 * additions (background, address, entry collections). Unset values are null; collections are never null.
 */
record V1Customer(long id, String firstName, String lastName, String fullName, String photoUrl, String photoType,
                  String gender, String age, String organization, String jobTitle, String location,
                  String createdAt, String modifiedAt, String background, V1Address address,
                  List<V1Entries.Typed> socialProfiles, List<V1Entries.Located> emails,
                  List<V1Entries.Located> phones, List<V1Entries.Typed> chats, List<V1Entries.Website> websites) {

    static V1Customer of(Customer c) {
        return new V1Customer(c.id(), c.firstName(), c.lastName(), c.fullName(), c.photoUrl(), c.photoType(),
                c.gender(), c.age(), c.organization(), c.jobTitle(), c.location(), Dates.iso(c.createdAt()),
                Dates.iso(c.updatedAt()), c.background(), V1Address.of(c.address()),
                V1Entries.typed(c, EntryKind.SOCIAL_PROFILE), V1Entries.located(c, EntryKind.EMAIL),
                V1Entries.located(c, EntryKind.PHONE), V1Entries.typed(c, EntryKind.CHAT), V1Entries.websites(c));
    }
}
