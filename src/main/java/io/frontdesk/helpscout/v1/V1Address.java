package io.frontdesk.helpscout.v1;

import io.frontdesk.customer.Address;
import io.frontdesk.web.Dates;

import java.util.List;

/** The 1.0 CustomerAddress; `modifiedAt` is the core's `updatedAt`. */
record V1Address(long id, List<String> lines, String city, String state, String postalCode, String country,
                 String createdAt, String modifiedAt) {

    /** Null when the customer has no address. */
    static V1Address of(Address address) {
        if (address == null) {
            return null;
        }
        return new V1Address(address.id(), address.lines(), address.city(), address.state(), address.postalCode(),
                address.country(), Dates.iso(address.createdAt()), Dates.iso(address.updatedAt()));
    }
}
