package io.frontdesk.helpcrunch;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.core.Change;
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
import io.frontdesk.customer.TagChange;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;
import io.frontdesk.error.Validation;
import io.frontdesk.tag.TagInput;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns HelpCrunch customer bodies into core commands, checking every value on the way under its property path. The
 * mapping onto the shared customer (documented in docs/customer-mapping.md): `name` is split at its first space into
 * first and last name; `email` and `phone` are the first email and phone; `company` is the organization; `notes` the
 * background; `location` (or flat `city`, `regionCode`, `countryCode`) the address city, state and country;
 * `customData` the customer properties, defined on first use.
 */
final class HcCustomerReader {

    /** How an update treats the writable fields it does not mention. */
    enum Mode {
        /** They stay as they are (PATCH, PUT by default, batch items). */
        PARTIAL,
        /** They are cleared: PUT on an account with `strictPut`, as HelpCrunch's current docs describe PUT. */
        REPLACE
    }

    static final int MAX_BATCH = 10;
    /**
     * `name` (split into first and last name) and `userId` are stored in B-tree-indexed columns, whose entries
     * PostgreSQL limits to about 2.7 kB; other texts are bounded by the request body's limit.
     */
    static final int MAX_INDEXED_TEXT = 255;

    private static final Map<String, CustomerField> TEXTS = ordered(
            "userId", CustomerField.EXTERNAL_ID, "company", CustomerField.ORGANIZATION, "source", CustomerField.SOURCE,
            "referer", CustomerField.REFERER, "lastPage", CustomerField.LAST_PAGE, "createdFrom",
            CustomerField.CREATED_FROM, "integrationId", CustomerField.INTEGRATION_ID, "notes",
            CustomerField.BACKGROUND);
    private static final Map<String, CustomerField> DATES = ordered(
            "firstSeen", CustomerField.FIRST_SEEN, "lastSeen", CustomerField.LAST_SEEN);
    private static final Map<String, CustomerField> FLAGS = ordered(
            "unsubscribed", CustomerField.UNSUBSCRIBED, "blocked", CustomerField.BLOCKED);

    private HcCustomerReader() {
    }

    /** `POST /customers`: nothing is required; `lastSeen` defaults to `firstSeen`, as the documented example shows. */
    static HcCommand<NewCustomer> create(JsonNode body) {
        Validation validation = new Validation();
        Map<String, String> paths = new HashMap<>();
        CustomerUpdate read = read(HcFields.body(body, validation), Mode.PARTIAL, paths);
        validation.throwIfAny();
        return new HcCommand<>(toNewCustomer(read), paths);
    }

    /** `PUT` / `PATCH /customers/{id}`. */
    static HcCommand<CustomerUpdate> update(JsonNode body, Mode mode) {
        Validation validation = new Validation();
        Map<String, String> paths = new HashMap<>();
        CustomerUpdate update = read(HcFields.body(body, validation), mode, paths);
        validation.throwIfAny();
        return new HcCommand<>(update, paths);
    }

    /**
     * `PUT /customers/batch`: 1 to 10 partial updates, each naming its customer in `customer`. Errors are reported
     * under the item's index (`[3].phone`); a customer named twice is an error on the second `customer`.
     */
    static HcCommand<Map<Long, CustomerUpdate>> batch(JsonNode body) {
        if (body == null || !body.isArray()) {
            throw ApiException.invalid(FieldError.of("body", "Type", HcMessages.ARRAY));
        }
        if (body.isEmpty() || body.size() > MAX_BATCH) {
            throw ApiException.invalid(FieldError.of("body", "Count", body.isEmpty() ? HcMessages.countAtLeast(1)
                    : HcMessages.countAtMost(MAX_BATCH)));
        }
        Validation validation = new Validation();
        Map<String, String> paths = new HashMap<>();
        Map<Long, CustomerUpdate> updates = new LinkedHashMap<>();
        for (int i = 0; i < body.size(); i++) {
            String prefix = "[" + i + "]";
            if (!body.get(i).isObject()) {
                validation.add(FieldError.of(prefix, "Type", HcMessages.OBJECT));
                continue;
            }
            HcFields item = HcFields.nested(body.get(i), prefix + ".", validation);
            Long id = item.id("customer");
            CustomerUpdate update = read(item, Mode.PARTIAL, paths);
            if (id != null && updates.putIfAbsent(id, update) != null) {
                item.error("customer", HcMessages.ALREADY_USED);
            }
        }
        validation.throwIfAny();
        return new HcCommand<>(updates, paths);
    }

    /** `PUT /customers/{id}/tags`: `{"tags":[{"name":…,"color":…}]}` adds the tags. */
    static CustomerUpdate addTags(JsonNode body) {
        return new CustomerUpdate().tags(new TagChange.Add(tagBody(body)));
    }

    /** `DELETE /customers/{id}/tags`: `{"tags":[{"name":…}]}` removes the tags with these names. */
    static CustomerUpdate removeTags(JsonNode body) {
        List<String> names = tagBody(body).stream().map(TagInput::name).toList();
        return new CustomerUpdate().tags(new TagChange.Remove(names));
    }

    private static List<TagInput> tagBody(JsonNode body) {
        Validation validation = new Validation();
        HcFields in = HcFields.body(body, validation);
        List<TagInput> tags = null;
        if (in.raw("tags") == null || in.raw("tags").isNull()) {
            in.error("tags", HcMessages.NOT_BLANK);
        } else {
            tags = HcTagReader.read(in, "tags");
        }
        validation.throwIfAny();
        return tags;
    }

    private static CustomerUpdate read(HcFields in, Mode mode, Map<String, String> paths) {
        boolean replace = mode == Mode.REPLACE;
        CustomerUpdate update = new CustomerUpdate();
        name(in, replace, update);
        entry(in, "email", EntryKind.EMAIL, replace, update);
        entry(in, "phone", EntryKind.PHONE, replace, update);
        TEXTS.forEach((name, field) -> set(update, field, name.equals("userId") ? in.text(name, MAX_INDEXED_TEXT)
                : in.text(name), replace));
        DATES.forEach((name, field) -> set(update, field, in.date(name), replace));
        // The flags are never null: clearing one makes it false.
        FLAGS.forEach((name, field) -> set(update, field, in.bool(name), replace, false));
        locale(in, replace, update);
        location(in, replace, update);
        tagsField(in, replace, update);
        HcCustomDataReader.read(in, replace, update, paths);
        return update;
    }

    private static <T> void set(CustomerUpdate update, CustomerField field, Change<T> change, boolean replace) {
        set(update, field, change, replace, null);
    }

    private static <T> void set(CustomerUpdate update, CustomerField field, Change<T> change, boolean replace,
                                T cleared) {
        if (change.present() || replace) {
            T value = change.applyTo(null);
            update.set(field, value == null ? cleared : value);
        }
    }

    /** Split at the first space: "Mary Ann Smith" is first name "Mary", last name "Ann Smith". */
    private static void name(HcFields in, boolean replace, CustomerUpdate update) {
        Change<String> name = in.text("name", MAX_INDEXED_TEXT);
        if (!name.present() && !replace) {
            return;
        }
        String full = name.applyTo(null) == null ? "" : name.applyTo(null).trim();
        int space = full.indexOf(' ');
        String first = space < 0 ? full : full.substring(0, space);
        String last = space < 0 ? "" : full.substring(space + 1).trim();
        update.set(CustomerField.FIRST_NAME, first.isEmpty() ? null : first);
        update.set(CustomerField.LAST_NAME, last.isEmpty() ? null : last);
    }

    private static void entry(HcFields in, String name, EntryKind kind, boolean replace, CustomerUpdate update) {
        Change<String> change = in.text(name, Entry.MAX_VALUE_LENGTH);
        if (!change.present() && !replace) {
            return;
        }
        String value = change.applyTo(null) == null ? null : change.applyTo(null).trim();
        if (kind == EntryKind.EMAIL && value != null && !Emails.valid(value)) {
            in.error(name, HcMessages.EMAIL);
            return;
        }
        update.entry(new EntryChange.SetFirst(kind, value));
    }

    private static void locale(HcFields in, boolean replace, CustomerUpdate update) {
        Change<String> locale = in.text("locale");
        if (locale.applyTo(null) != null && !HcLocales.valid(locale.applyTo(null))) {
            in.error("locale", HcMessages.LANGUAGE);
            return;
        }
        set(update, CustomerField.LOCALE, locale, replace);
    }

    /**
     * `location` {city, regionCode, countryCode} and the flat keys of the older docs, which win over the object.
     * Clearing all three removes the address (with Help Scout's street lines and postal code): a location of nothing
     * is no address.
     */
    private static void location(HcFields in, boolean replace, CustomerUpdate update) {
        Change<String> city = Change.keep();
        Change<String> region = Change.keep();
        Change<String> country = Change.keep();
        JsonNode location = in.raw("location");
        if (location != null && location.isNull()) {
            city = Change.clear();
            region = Change.clear();
            country = Change.clear();
        } else if (location != null && location.isObject()) {
            HcFields parts = HcFields.nested(location, in.path("location") + ".", in.validation());
            city = parts.text("city");
            region = parts.text("regionCode");
            country = parts.text("countryCode");
        } else if (location != null) {
            in.error("location", HcMessages.OBJECT);
        }
        city = in.has("city") ? in.text("city") : city;
        region = in.has("regionCode") ? in.text("regionCode") : region;
        country = in.has("countryCode") ? in.text("countryCode") : country;
        if (replace) {
            city = city.present() ? city : Change.clear();
            region = region.present() ? region : Change.clear();
            country = country.present() ? country : Change.clear();
        }
        if (!city.present() && !region.present() && !country.present()) {
            return;
        }
        boolean nothing = city.applyTo(null) == null && region.applyTo(null) == null && country.applyTo(null) == null
                && city.present() && region.present() && country.present();
        update.address(nothing ? AddressChange.remove()
                : new AddressChange(false, Change.keep(), city, region, Change.keep(), country));
    }

    /** `tags` in a create or update is the whole set: an update replaces the customer's tags with it. */
    private static void tagsField(HcFields in, boolean replace, CustomerUpdate update) {
        JsonNode raw = in.raw("tags");
        if (raw == null && !replace) {
            return;
        }
        List<TagInput> tags = raw == null || raw.isNull() ? List.of() : HcTagReader.read(in, "tags");
        if (tags != null) {
            update.tags(new TagChange.Replace(tags));
        }
    }

    /** A create carries everything an update does, minus the clears. */
    private static NewCustomer toNewCustomer(CustomerUpdate read) {
        Map<CustomerField, Object> fields = new EnumMap<>(CustomerField.class);
        fields.putAll(read.fields());
        if (fields.get(CustomerField.LAST_SEEN) == null) {
            fields.put(CustomerField.LAST_SEEN, fields.get(CustomerField.FIRST_SEEN));
        }
        List<NewEntry> entries = read.entries().stream()
                .map(change -> (EntryChange.SetFirst) change)
                .filter(first -> first.value() != null)
                .map(first -> new NewEntry(first.kind(), first.value(), null))
                .toList();
        AddressChange address = read.address() == null || read.address().delete() ? null : read.address();
        List<PropertyChange> properties = read.properties().stream().filter(p -> p.value() != null).toList();
        List<TagInput> tags = read.tags() instanceof TagChange.Replace replace ? replace.tags() : List.of();
        return new NewCustomer(fields, entries, address, properties, tags);
    }

    private static Map<String, CustomerField> ordered(Object... pairs) {
        Map<String, CustomerField> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (CustomerField) pairs[i + 1]);
        }
        return map;
    }
}
