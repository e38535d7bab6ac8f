package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.frontdesk.customer.PropertyType;
import io.frontdesk.organization.OrganizationProperty;

import java.util.List;
import java.util.Map;

/** An organization property definition: `options` (labels, no ids) only for dropdowns. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record V2OrganizationProperty(String type, String slug, String name, List<Option> options,
                              @JsonProperty("_links") Map<String, Hal.Link> links) {

    record Option(String label) {
    }

    static V2OrganizationProperty of(OrganizationProperty property, String base) {
        return new V2OrganizationProperty(property.type().wireName(), property.slug(), property.name(),
                property.type() == PropertyType.DROPDOWN ? property.options().stream().map(Option::new).toList()
                        : null,
                new Hal.Links().add("self", V2Urls.organizationProperty(base, property.slug())).build());
    }
}
