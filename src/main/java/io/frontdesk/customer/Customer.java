package io.frontdesk.customer;

import io.frontdesk.tag.Tag;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A customer with everything attached. Help Scout's and HelpCrunch's views are both drawn from this one record.
 */
public record Customer(
        long id,
        long accountId,
        String firstName,
        String lastName,
        String photoUrl,
        String photoType,
        String gender,
        String age,
        String organization,
        String jobTitle,
        String location,
        String background,
        String externalId,
        Instant firstSeen,
        Instant lastSeen,
        boolean unsubscribed,
        boolean blocked,
        String source,
        String referer,
        String lastPage,
        String locale,
        String createdFrom,
        String integrationId,
        Long organizationId,
        Instant createdAt,
        Instant updatedAt,
        List<Entry> entries,
        Address address,
        List<PropertyValue> properties,
        List<Tag> tags) {

    /** This customer with {@code entries} in place of its own, in their order. */
    public Customer withEntries(List<Entry> entries) {
        return new Customer(id, accountId, firstName, lastName, photoUrl, photoType, gender, age, organization,
                jobTitle, location, background, externalId, firstSeen, lastSeen, unsubscribed, blocked, source, referer,
                lastPage, locale, createdFrom, integrationId, organizationId, createdAt, updatedAt, entries, address,
                properties, tags);
    }

    public List<Entry> entries(EntryKind kind) {
        return entries.stream().filter(entry -> entry.kind() == kind).toList();
    }

    public Optional<Entry> first(EntryKind kind) {
        return entries.stream().filter(entry -> entry.kind() == kind).findFirst();
    }

    /** First and last name joined by one space, or null when both are empty. */
    public String fullName() {
        String first = firstName == null ? "" : firstName;
        String last = lastName == null ? "" : lastName;
        String full = (first + " " + last).trim();
        return full.isEmpty() ? null : full;
    }
}
