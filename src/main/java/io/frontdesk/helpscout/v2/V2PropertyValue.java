package io.frontdesk.helpscout.v2;

import io.frontdesk.customer.PropertyValue;

/** A customer's value of one property: `{type, slug, name, value, text, source: {name: "api"}}`. */
record V2PropertyValue(String type, String slug, String name, String value, String text, Source source) {

    /** Where a value came from; this server only knows the API. */
    record Source(String name) {
    }

    private static final Source API = new Source("api");

    static V2PropertyValue of(PropertyValue value) {
        return new V2PropertyValue(value.definition().type().wireName(), value.definition().slug(),
                value.definition().name(), value.value(), value.text(), API);
    }
}
