package io.frontdesk.helpscout.v1;

import io.frontdesk.customer.Emails;
import io.frontdesk.customer.Entry;
import io.frontdesk.customer.EntryChange;
import io.frontdesk.customer.EntryKind;
import io.frontdesk.customer.NewEntry;
import io.frontdesk.error.FieldError;
import io.frontdesk.web.JsonFields;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the entry collections of a 1.0 customer body (socialProfiles, emails, phones, chats, websites), reporting
 * every bad value or type at its 1.0 path (`emails[1].location`). The caller throws once all errors are collected, so
 * what this returns for a rejected entry is never applied.
 */
final class V1EntryReader {

    private V1EntryReader() {
    }

    /** Create: every entry is new; an `id` sent along is ignored. */
    static List<NewEntry> creates(JsonFields body) {
        List<NewEntry> entries = new ArrayList<>();
        Set<String> emails = new HashSet<>();
        for (V1EntryCollection collection : V1EntryCollection.values()) {
            List<JsonFields> items = body.objects(collection.json());
            for (JsonFields item : items == null ? List.<JsonFields>of() : items) {
                NewEntry entry = newEntry(collection, item);
                if (entry.kind() == EntryKind.EMAIL && entry.value() != null
                        && !emails.add(entry.value().trim().toLowerCase(Locale.ROOT))) {
                    // the same address twice in one create is the client's mistake: named at its path, not a 409
                    item.validation().add(FieldError.of(item.path("value"), "Duplicate", "is listed more than once",
                            entry.value()));
                }
                entries.add(entry);
            }
        }
        return entries;
    }

    /** Update: each entry by its id rule ({@link V1EntryId}); collections absent from the body stay as they are. */
    static List<EntryChange> changes(JsonFields body) {
        List<EntryChange> changes = new ArrayList<>();
        for (V1EntryCollection collection : V1EntryCollection.values()) {
            List<JsonFields> items = body.objects(collection.json());
            for (JsonFields item : items == null ? List.<JsonFields>of() : items) {
                V1EntryId id = V1EntryId.read(item);
                if (id == null) {
                    continue;
                }
                changes.add(switch (id.action()) {
                    case CREATE -> new EntryChange.Add(newEntry(collection, item));
                    case UPDATE -> new EntryChange.Update(collection.kind(), id.id(), value(collection, item, false),
                            type(collection, item));
                    case DELETE -> new EntryChange.Remove(collection.kind(), id.id());
                });
            }
        }
        return changes;
    }

    private static NewEntry newEntry(V1EntryCollection collection, JsonFields item) {
        return new NewEntry(collection.kind(), value(collection, item, true), type(collection, item));
    }

    /** The value; on update an absent or null value keeps the stored one, but an empty one is still refused. */
    private static String value(V1EntryCollection collection, JsonFields item, boolean required) {
        String value = item.string("value");
        if (value == null && !required) {
            return null;
        }
        if (value == null || value.isBlank()) {
            item.validation().add(FieldError.of(item.path("value"), "NotEmpty", "may not be empty", value));
        } else if (collection.kind() == EntryKind.EMAIL && !Emails.valid(value)) {
            item.validation().add(FieldError.of(item.path("value"), "Email", "is not a valid email address", value));
        } else if (value.length() > Entry.MAX_VALUE_LENGTH) {
            item.validation().add(FieldError.of(item.path("value"), "Size", "must be at most "
                    + Entry.MAX_VALUE_LENGTH + " characters", value.substring(0, 40) + "…"));
        }
        return value;
    }

    /** The canonical type, or null for "the default" (create) or "keep" (update); websites have no type. */
    private static String type(V1EntryCollection collection, JsonFields item) {
        if (collection.typeField() == null) {
            return null;
        }
        String raw = item.string(collection.typeField());
        if (raw == null) {
            return null;
        }
        String canonical = collection.kind().canonicalType(raw);
        if (canonical == null) {
            item.validation().add(FieldError.of(item.path(collection.typeField()), "EnumValue",
                    "must be one of: " + String.join(", ", collection.kind().types()), raw));
        }
        return canonical;
    }
}
