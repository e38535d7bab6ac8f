package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.frontdesk.customer.Entry;

import java.util.Map;

/**
 * An email, phone, chat handle, social profile or website: `{id, value, type, _links.self}`; websites carry no type.
 * `self` is the entry's own URL, which answers `GET`.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record V2Entry(long id, String value, String type, @JsonProperty("_links") Map<String, Hal.Link> links) {

    static V2Entry of(Entry entry, String self) {
        return new V2Entry(entry.id(), entry.value(), entry.kind().typed() ? entry.type() : null,
                new Hal.Links().add("self", self).build());
    }
}
