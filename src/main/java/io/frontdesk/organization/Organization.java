package io.frontdesk.organization;

import java.time.Instant;
import java.util.List;

/**
 * A company that customers belong to (a customer names it by {@code organizationId}). {@code logoUrl} is never set
 * through the API; absent text fields are null, absent lists empty.
 */
public record Organization(long id, long accountId, String name, String website, String description, String location,
                           String logoUrl, String note, List<String> domains, List<String> phones, String brandColor,
                           Instant createdAt, Instant updatedAt) {

    public Organization {
        domains = List.copyOf(domains);
        phones = List.copyOf(phones);
    }
}
