package io.frontdesk.helpscout.v2;

import io.frontdesk.customer.EntryKind;

import java.util.List;
import java.util.Optional;

/**
 * The five entry collections of a 2.0 customer and every name each goes by: the URL segment and link rel
 * (`social-profiles`), the key inside a customer's `_embedded` (`social_profiles`), and the create-body field
 * (`socialProfiles`). Help Scout spells the same collection three ways, so all three are accepted in PATCH paths.
 */
enum V2EntryCollection {
    EMAILS(EntryKind.EMAIL, "emails", "emails", "emails"),
    PHONES(EntryKind.PHONE, "phones", "phones", "phones"),
    CHATS(EntryKind.CHAT, "chats", "chats", "chats"),
    SOCIAL_PROFILES(EntryKind.SOCIAL_PROFILE, "social-profiles", "social_profiles", "socialProfiles"),
    WEBSITES(EntryKind.WEBSITE, "websites", "websites", "websites");

    private final EntryKind kind;
    private final String segment;
    private final String embeddedKey;
    private final String bodyField;

    V2EntryCollection(EntryKind kind, String segment, String embeddedKey, String bodyField) {
        this.kind = kind;
        this.segment = segment;
        this.embeddedKey = embeddedKey;
        this.bodyField = bodyField;
    }

    EntryKind kind() {
        return kind;
    }

    /** The URL segment under `/v2/customers/{id}/`, also the rel of links and of the sub-list's `_embedded`. */
    String segment() {
        return segment;
    }

    /** The key under a customer's own `_embedded`. */
    String embeddedKey() {
        return embeddedKey;
    }

    /** The array field of a create body. */
    String bodyField() {
        return bodyField;
    }

    /** The collection a JSON Patch path segment names, in any of its spellings. */
    static Optional<V2EntryCollection> byPathName(String name) {
        for (V2EntryCollection collection : values()) {
            if (List.of(collection.segment, collection.embeddedKey, collection.bodyField).contains(name)) {
                return Optional.of(collection);
            }
        }
        return Optional.empty();
    }
}
