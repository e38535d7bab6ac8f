package io.frontdesk.helpscout.v1;

import io.frontdesk.customer.Customer;
import io.frontdesk.customer.Entry;
import io.frontdesk.customer.EntryKind;

import java.util.List;

/**
 * The wire forms of a customer's entries: emails and phones name their type `location`, chats and social profiles
 * `type`, websites have none. Collections are always arrays, `[]` when empty.
 */
final class V1Entries {

    private V1Entries() {
    }

    /** CustomerEmail and CustomerPhone. */
    record Located(long id, String value, String location) {
    }

    /** CustomerChat and CustomerSocialProfile. */
    record Typed(long id, String value, String type) {
    }

    /** CustomerWebsite. */
    record Website(long id, String value) {
    }

    static List<Located> located(Customer customer, EntryKind kind) {
        return customer.entries(kind).stream().map(e -> new Located(e.id(), e.value(), e.type())).toList();
    }

    static List<Typed> typed(Customer customer, EntryKind kind) {
        return customer.entries(kind).stream().map(e -> new Typed(e.id(), e.value(), e.type())).toList();
    }

    static List<Website> websites(Customer customer) {
        return customer.entries(EntryKind.WEBSITE).stream().map(e -> new Website(e.id(), e.value())).toList();
    }

    /** The first email address, or null. */
    static String firstEmail(Customer customer) {
        return customer.first(EntryKind.EMAIL).map(Entry::value).orElse(null);
    }
}
