package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.frontdesk.customer.Address;

import java.util.List;
import java.util.Map;

/**
 * A customer's address. Parts without a value are left out, as in Help Scout's own example
 * (`{"city": "Prague", "lines": []}`); `lines` is always there. Embedded in a customer it has no `_links`.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record V2Address(long id, String city, String state, String postalCode, String country, List<String> lines,
                 @JsonProperty("_links") Map<String, Hal.Link> links) {

    static V2Address embedded(Address address) {
        return new V2Address(address.id(), address.city(), address.state(), address.postalCode(), address.country(),
                address.lines(), null);
    }

    static V2Address resource(Address address, String base, long customerId) {
        return new V2Address(address.id(), address.city(), address.state(), address.postalCode(), address.country(),
                address.lines(), new Hal.Links().add("self", V2Urls.address(base, customerId)).build());
    }
}
