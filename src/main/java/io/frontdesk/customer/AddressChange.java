package io.frontdesk.customer;

import io.frontdesk.core.Change;

import java.util.List;

/**
 * A change to the address: each part kept, cleared or set. Creates the address when there is none.
 * {@link #delete()} removes the address.
 */
public record AddressChange(boolean delete, Change<List<String>> lines, Change<String> city, Change<String> state,
                            Change<String> postalCode, Change<String> country) {

    public static AddressChange remove() {
        return new AddressChange(true, Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.keep());
    }

    /** Every part set, absent parts cleared: the address becomes exactly this. */
    public static AddressChange replace(List<String> lines, String city, String state, String postalCode,
                                        String country) {
        return new AddressChange(false, Change.set(lines == null ? List.of() : lines), Change.set(city),
                Change.set(state), Change.set(postalCode), Change.set(country));
    }
}
