package io.frontdesk.organization;

import java.util.List;

/**
 * An organization's settable fields as a create or a complete replacement gives them: what is absent (null, or an
 * empty list) is cleared by a replacement. The logo is not settable.
 */
public record OrganizationInput(String name, String website, String description, String location, String note,
                                List<String> domains, List<String> phones, String brandColor) {

    public OrganizationInput {
        domains = domains == null ? List.of() : List.copyOf(domains);
        phones = phones == null ? List.of() : List.copyOf(phones);
    }
}
