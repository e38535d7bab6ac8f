package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.customer.AddressChange;
import io.frontdesk.customer.CustomerField;
import io.frontdesk.customer.CustomerUpdate;
import io.frontdesk.customer.Emails;
import io.frontdesk.customer.Entry;
import io.frontdesk.customer.EntryChange;
import io.frontdesk.customer.EntryKind;
import io.frontdesk.customer.NewCustomer;
import io.frontdesk.customer.NewEntry;
import io.frontdesk.customer.PropertyChange;
import io.frontdesk.error.FieldError;
import io.frontdesk.error.Validation;
import io.frontdesk.web.JsonFields;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns 2.0 customer bodies into core commands, checking every documented limit with the client's field paths
 * (`emails[1].value`). Unknown and read-only fields (`id`, `createdAt`, `_links`…) are never read, so SDKs that echo a
 * whole customer back are accepted; null means absent.
 */
final class V2CustomerReader {

    private V2CustomerReader() {
    }

    /** `POST /v2/customers`. */
    static NewCustomer create(JsonNode body) {
        Validation validation = new Validation();
        JsonFields root = JsonFields.root(body, validation);
        Map<CustomerField, Object> fields = new EnumMap<>(CustomerField.class);
        for (V2CoreField core : V2CoreField.values()) {
            String value = core.check(root.string(core.wireName()), root.path(core.wireName()), validation);
            if (value != null) {
                fields.put(core.field(), value);
            }
        }
        List<NewEntry> entries = new ArrayList<>();
        for (V2EntryCollection collection : V2EntryCollection.values()) {
            List<JsonFields> items = root.objects(collection.bodyField());
            for (JsonFields item : items == null ? List.<JsonFields>of() : items) {
                NewEntry entry = entry(item, collection.kind());
                if (entry != null) {
                    entries.add(entry);
                }
            }
        }
        Long organizationId = organizationId(root.node().get("organizationId"), root.path("organizationId"),
                validation);
        if (organizationId != null) {
            fields.put(CustomerField.ORGANIZATION_ID, organizationId);
        }
        single(root, "phone", EntryKind.PHONE, entries);
        single(root, "email", EntryKind.EMAIL, entries);
        JsonFields address = root.object("address");
        List<PropertyChange> properties = properties(root);
        AddressChange addressChange = address == null ? null : address(address);
        validation.throwIfAny();
        return new NewCustomer(fields, entries, addressChange, properties, List.of());
    }

    /** `PUT /v2/customers/{id}`: every core field is set, an absent one to null; entries are not touched. */
    static CustomerUpdate overwrite(JsonNode body) {
        Validation validation = new Validation();
        JsonFields root = JsonFields.root(body, validation);
        CustomerUpdate update = new CustomerUpdate();
        for (V2CoreField core : V2CoreField.values()) {
            update.set(core.field(), core.check(root.string(core.wireName()), root.path(core.wireName()),
                    validation));
        }
        update.set(CustomerField.ORGANIZATION_ID, organizationId(root.node().get("organizationId"),
                root.path("organizationId"), validation));
        validation.throwIfAny();
        return update;
    }

    /**
     * `organizationId`: a positive whole number (a string of digits too, as SDKs send ids both ways); null or absent
     * means none. Whether the organization exists is the service's check.
     */
    static Long organizationId(JsonNode value, String path, Validation validation) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.canConvertToLong() && value.isIntegralNumber() && value.longValue() > 0) {
            return value.longValue();
        }
        if (value.isTextual() && value.textValue().trim().matches("[1-9]\\d{0,17}")) {
            return Long.parseLong(value.textValue().trim());
        }
        validation.add(FieldError.of(path, "InvalidValue", "must be an organization's id", value.toString()));
        return null;
    }

    /** The body of `POST /v2/customers/{id}/emails` and its siblings. */
    static NewEntry newEntry(EntryKind kind, JsonNode body) {
        Validation validation = new Validation();
        NewEntry entry = entry(JsonFields.root(body, validation), kind);
        validation.throwIfAny();
        return entry;
    }

    /** The body of `PUT /v2/customers/{id}/emails/{entryId}`: the whole entry, an absent type meaning the default. */
    static EntryChange.Update replaceEntry(EntryKind kind, long entryId, JsonNode body) {
        NewEntry entry = newEntry(kind, body);
        return new EntryChange.Update(kind, entryId, entry.value(),
                entry.type() == null ? kind.defaultType() : entry.type());
    }

    /** The body of `POST`/`PUT /v2/customers/{id}/address`. */
    static AddressChange address(JsonNode body) {
        Validation validation = new Validation();
        AddressChange change = address(JsonFields.root(body, validation));
        validation.throwIfAny();
        return change;
    }

    /** One `{type, value}` entry; problems go to the fields' validation and null is returned. */
    static NewEntry entry(JsonFields item, EntryKind kind) {
        String value = entryValue(kind, item.string("value"), item.path("value"), item.validation());
        String type = entryType(kind, item.string("type"), item.path("type"), item.validation());
        boolean typeRejected = kind.typed() && item.string("type") != null && type == null;
        return value == null || typeRejected ? null : new NewEntry(kind, value, type);
    }

    /** The entry value, or null after reporting it: never empty, and a well-formed address for emails. */
    static String entryValue(EntryKind kind, String value, String path, Validation validation) {
        if (value == null || value.isBlank()) {
            validation.add(FieldError.of(path, "NotEmpty", "may not be empty", value));
            return null;
        }
        if (kind == EntryKind.EMAIL && !Emails.valid(value)) {
            validation.add(FieldError.of(path, "Email", "Not well-formed email address", value));
            return null;
        }
        if (value.length() > Entry.MAX_VALUE_LENGTH) {
            validation.add(FieldError.of(path, "Size", "size must be between 1 and " + Entry.MAX_VALUE_LENGTH,
                    value.substring(0, 40) + "…"));
            return null;
        }
        return value.trim();
    }

    /** The canonical type, or null when absent (the kind's default applies), untyped (websites) or reported. */
    static String entryType(EntryKind kind, String type, String path, Validation validation) {
        if (type == null || !kind.typed()) {
            return null;
        }
        String canonical = kind.canonicalType(type);
        if (canonical == null) {
            validation.add(FieldError.of(path, "EnumValue", "Expected one of these: "
                    + String.join(", ", kind.types().stream().map(t -> "'" + t + "'").toList()), type));
        }
        return canonical;
    }

    /** An address object; every part is replaced, an absent one cleared. */
    static AddressChange address(JsonFields address) {
        List<String> lines = address.strings("lines");
        return AddressChange.replace(lines, address.string("city"), address.string("state"),
                address.string("postalCode"), address.string("country"));
    }

    /** A property value as the core takes it: a String, BigDecimal or Boolean; null for null. */
    static Object propertyValue(JsonNode value, String path, Validation validation) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isNumber() && value.isFloatingPointNumber() && !Double.isFinite(value.doubleValue())) {
            validation.add(FieldError.of(path, "InvalidValue", "number out of range", value.asText()));
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        validation.add(FieldError.of(path, "InvalidType", "must be a string, number or boolean", value.toString()));
        return null;
    }

    /**
     * The single `phone` and `email` strings: the PHP SDK repeats the first entry there, so one that the arrays
     * already carry is skipped; otherwise it adds an entry of the default type.
     */
    private static void single(JsonFields root, String name, EntryKind kind, List<NewEntry> entries) {
        String raw = root.string(name);
        if (raw == null || raw.isBlank()) {
            return;
        }
        boolean known = entries.stream().anyMatch(e -> e.kind() == kind && e.value().equalsIgnoreCase(raw.trim()));
        String value = entryValue(kind, raw, root.path(name), root.validation());
        if (!known && value != null) {
            entries.add(new NewEntry(kind, value, null));
        }
    }

    private static List<PropertyChange> properties(JsonFields root) {
        List<JsonFields> items = root.objects("properties");
        List<PropertyChange> changes = new ArrayList<>();
        for (JsonFields item : items == null ? List.<JsonFields>of() : items) {
            String slug = item.string("slug");
            if (slug == null || slug.isBlank()) {
                item.validation().add(FieldError.of(item.path("slug"), "NotEmpty", "may not be empty", slug));
                continue;
            }
            Object value = propertyValue(item.node().get("value"), item.path("value"), item.validation());
            if (value != null) {
                changes.add(new PropertyChange(slug.trim(), value, false));
            }
        }
        return changes;
    }
}
