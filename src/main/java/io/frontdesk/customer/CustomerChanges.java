package io.frontdesk.customer;

import io.frontdesk.eventlog.EventDetails;
import io.frontdesk.tag.Tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an update changed, from the customer before and after it: the details of its
 * {@link io.frontdesk.eventlog.EventType#CUSTOMER_UPDATED} event. Compared on the outcome, not on the request, so a
 * request that sets a value to what it was changes nothing, and dialects can name their events from it (HelpCrunch's
 * {@code customer.email_updated} needs the old and new first email, {@code customer.unsubscribed} the new value).
 */
final class CustomerChanges {

    /** Aspects in the order they are listed. */
    static final List<String> ASPECTS = List.of("emails", "phones", "chats", "socialProfiles", "websites", "name",
            "fields", "userId", "tags", "unsubscribed", "blocked", "properties", "address");

    private CustomerChanges() {
    }

    /** The details, or an empty map when nothing changed. */
    static Map<String, String> of(Customer before, Customer after) {
        List<String> changed = new ArrayList<>();
        entries(before, after, EntryKind.EMAIL, "emails", changed);
        entries(before, after, EntryKind.PHONE, "phones", changed);
        entries(before, after, EntryKind.CHAT, "chats", changed);
        entries(before, after, EntryKind.SOCIAL_PROFILE, "socialProfiles", changed);
        entries(before, after, EntryKind.WEBSITE, "websites", changed);
        if (!Objects.equals(before.firstName(), after.firstName())
                || !Objects.equals(before.lastName(), after.lastName())) {
            changed.add("name");
        }
        if (!fields(before).equals(fields(after))) {
            changed.add("fields");
        }
        if (!Objects.equals(before.externalId(), after.externalId())) {
            changed.add("userId");
        }
        if (!tagIds(before).equals(tagIds(after))) {
            changed.add("tags");
        }
        Map<String, String> details = new LinkedHashMap<>();
        if (before.unsubscribed() != after.unsubscribed()) {
            changed.add("unsubscribed");
            details.put(EventDetails.UNSUBSCRIBED, Boolean.toString(after.unsubscribed()));
        }
        if (before.blocked() != after.blocked()) {
            changed.add("blocked");
            details.put(EventDetails.BLOCKED, Boolean.toString(after.blocked()));
        }
        if (!properties(before).equals(properties(after))) {
            changed.add("properties");
        }
        if (!address(before).equals(address(after))) {
            changed.add("address");
        }
        if (changed.isEmpty()) {
            return Map.of();
        }
        String oldEmail = firstEmail(before);
        String newEmail = firstEmail(after);
        if (!oldEmail.equalsIgnoreCase(newEmail)) {
            details.put(EventDetails.OLD_EMAIL, oldEmail);
            details.put(EventDetails.NEW_EMAIL, newEmail);
        }
        details.put(EventDetails.CHANGED, String.join(",", changed));
        return details;
    }

    private static void entries(Customer before, Customer after, EntryKind kind, String aspect, List<String> changed) {
        if (!entryValues(before, kind).equals(entryValues(after, kind))) {
            changed.add(aspect);
        }
    }

    private static List<String> entryValues(Customer customer, EntryKind kind) {
        return customer.entries(kind).stream().map(e -> e.value() + "\u0000" + e.type()).toList();
    }

    private static List<Object> fields(Customer c) {
        return java.util.Arrays.asList(c.photoUrl(), c.photoType(), c.gender(), c.age(), c.organization(),
                c.jobTitle(), c.location(), c.background(), c.firstSeen(), c.lastSeen(), c.source(), c.referer(),
                c.lastPage(), c.locale(), c.createdFrom(), c.integrationId());
    }

    private static Set<Long> tagIds(Customer customer) {
        return customer.tags().stream().map(Tag::id).collect(Collectors.toSet());
    }

    private static Map<Long, String> properties(Customer customer) {
        Map<Long, String> values = new LinkedHashMap<>();
        customer.properties().forEach(p -> values.put(p.definition().id(), p.value()));
        return values;
    }

    private static List<Object> address(Customer customer) {
        Address a = customer.address();
        return a == null ? List.of() : java.util.Arrays.asList(a.lines(), a.city(), a.state(), a.postalCode(),
                a.country());
    }

    private static String firstEmail(Customer customer) {
        return customer.first(EntryKind.EMAIL).map(Entry::value).orElse("");
    }
}
