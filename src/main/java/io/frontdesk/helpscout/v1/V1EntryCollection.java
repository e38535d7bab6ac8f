package io.frontdesk.helpscout.v1;

import io.frontdesk.customer.EntryKind;

/**
 * The 1.0 customer's five entry collections: their JSON name, the core kind, and the name of their type field
 * (1.0 calls the email and phone type `location`; websites have none).
 */
enum V1EntryCollection {
    SOCIAL_PROFILES("socialProfiles", EntryKind.SOCIAL_PROFILE, "type"),
    EMAILS("emails", EntryKind.EMAIL, "location"),
    PHONES("phones", EntryKind.PHONE, "location"),
    CHATS("chats", EntryKind.CHAT, "type"),
    WEBSITES("websites", EntryKind.WEBSITE, null);

    private final String json;
    private final EntryKind kind;
    private final String typeField;

    V1EntryCollection(String json, EntryKind kind, String typeField) {
        this.json = json;
        this.kind = kind;
        this.typeField = typeField;
    }

    String json() {
        return json;
    }

    EntryKind kind() {
        return kind;
    }

    /** The JSON name of the type, or null for websites. */
    String typeField() {
        return typeField;
    }
}
