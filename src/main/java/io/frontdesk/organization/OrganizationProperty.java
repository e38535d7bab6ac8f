package io.frontdesk.organization;

import io.frontdesk.customer.PropertyType;

import java.util.List;

/** An organization property definition; dropdown options are labels only (they have no ids). */
public record OrganizationProperty(long id, long accountId, String slug, String name, PropertyType type,
                                   List<String> options) {

    public OrganizationProperty {
        options = List.copyOf(options);
    }
}
