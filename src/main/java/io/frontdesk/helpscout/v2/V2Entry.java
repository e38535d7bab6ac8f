package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.frontdesk.customer.Entry;

/** An email, phone, chat handle, social profile or website: `{id, value, type}`; websites carry no type. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record V2Entry(long id, String value, String type) {

    static V2Entry of(Entry entry) {
        return new V2Entry(entry.id(), entry.value(), entry.kind().typed() ? entry.type() : null);
    }
}
