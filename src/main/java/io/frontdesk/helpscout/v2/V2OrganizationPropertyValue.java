package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.frontdesk.customer.PropertyType;
import io.frontdesk.organization.OrganizationPropertyValue;

import java.util.List;

/** One item of an organization's `properties[]`: the value is always a string; options only for dropdowns. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record V2OrganizationPropertyValue(long definitionId, String slug, String name, String type, String value,
                                   List<V2OrganizationProperty.Option> options) {

    static V2OrganizationPropertyValue of(OrganizationPropertyValue value) {
        var property = value.property();
        return new V2OrganizationPropertyValue(property.id(), property.slug(), property.name(),
                property.type().wireName(), value.value(), property.type() == PropertyType.DROPDOWN
                ? property.options().stream().map(V2OrganizationProperty.Option::new).toList() : null);
    }
}
