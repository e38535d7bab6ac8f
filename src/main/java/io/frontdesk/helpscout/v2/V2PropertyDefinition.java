package io.frontdesk.helpscout.v2;

import io.frontdesk.customer.PropertyDefinition;

import java.util.List;

/**
 * A customer property definition in `GET /v2/customer-properties`: `{id, type, slug, name, options}`; a dropdown's
 * options carry the ids that values may name.
 */
record V2PropertyDefinition(long id, String type, String slug, String name, List<Option> options) {

    /** One dropdown choice. */
    record Option(String id, int order, String label) {
    }

    static V2PropertyDefinition of(PropertyDefinition definition) {
        return new V2PropertyDefinition(definition.id(), definition.type().wireName(), definition.slug(),
                definition.name(), definition.options().stream()
                .map(o -> new Option(o.id(), o.order(), o.label())).toList());
    }
}
