package io.frontdesk.customer;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The customer's contact entries. They share one shape (id, value, type), so they share one table and one code path;
 * only the allowed types differ. The type lists are Help Scout's; 1.0 calls the email and phone type `location`.
 */
public enum EntryKind {
    EMAIL("email", "emails", List.of("work", "home", "other"), "work"),
    PHONE("phone", "phones", List.of("home", "work", "mobile", "fax", "pager", "other"), "work"),
    CHAT("chat", "chats", List.of("aim", "gtalk", "icq", "xmpp", "msn", "skype", "yahoo", "qq", "other"), "other"),
    SOCIAL_PROFILE("social", "socialProfiles", List.of("twitter", "facebook", "linkedin", "aboutme", "google",
            "googleplus", "tungleme", "quora", "foursquare", "youtube", "flickr", "other"), "other"),
    WEBSITE("website", "websites", List.of(), null);

    /**
     * At most this many entries of one kind per customer. Help Scout documents no number; a person with more than a
     * hundred addresses is a mistake or an attack, and each entry costs an index write (docs/customer-mapping.md).
     */
    public static final int MAX_PER_CUSTOMER = 100;

    /** Spellings seen in clients and older docs, mapped to the canonical type. */
    private static final Map<String, String> ALIASES = Map.of("xmmp", "xmpp", "forsquare", "foursquare");

    private final String stored;
    private final String collection;
    private final List<String> types;
    private final String defaultType;

    EntryKind(String stored, String collection, List<String> types, String defaultType) {
        this.stored = stored;
        this.collection = collection;
        this.types = types;
        this.defaultType = defaultType;
    }

    public String stored() {
        return stored;
    }

    /** The name of this kind's list on a Help Scout customer (`emails`, `socialProfiles`), for errors. */
    public String collection() {
        return collection;
    }

    public List<String> types() {
        return types;
    }

    public String defaultType() {
        return defaultType;
    }

    public boolean typed() {
        return !types.isEmpty();
    }

    /** The canonical type for {@code text} (case-insensitive, aliases accepted), or null when it is not allowed. */
    public String canonicalType(String text) {
        if (text == null) {
            return null;
        }
        String lower = text.trim().toLowerCase(Locale.ROOT);
        lower = ALIASES.getOrDefault(lower, lower);
        return types.contains(lower) ? lower : null;
    }

    public static EntryKind fromStored(String text) {
        for (EntryKind kind : values()) {
            if (kind.stored.equals(text)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown entry kind " + text);
    }
}
