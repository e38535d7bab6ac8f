package io.frontdesk.helpscout.v1;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.customer.AddressChange;
import io.frontdesk.customer.CustomerField;
import io.frontdesk.customer.CustomerUpdate;
import io.frontdesk.customer.EntryKind;
import io.frontdesk.customer.NewCustomer;
import io.frontdesk.customer.NewEntry;
import io.frontdesk.error.FieldError;
import io.frontdesk.error.Validation;
import io.frontdesk.web.JsonFields;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Translates a 1.0 customer body into the core's create and update commands. Every 1.0 input rule is checked here,
 * and all problems are reported at once with their 1.0 paths (`firstName`, `emails[0].value`, `address.lines[1]`).
 * Read-only and unknown properties (`id`, `fullName`, `createdAt`, `modifiedAt`, …) are ignored, as the vendor does.
 */
final class V1CustomerReader {

    /** 1.0's photo types, plus `instagram`, which 2.0 added and the shared store may already hold. */
    private static final List<String> PHOTO_TYPES = List.of("unknown", "gravatar", "twitter", "facebook",
            "googleprofile", "googleplus", "linkedin", "instagram");
    private static final List<String> GENDERS = List.of("male", "female", "unknown");

    /**
     * One scalar property: its JSON name, its column, its longest length (0: no limit) and its allowed values (empty:
     * any). The lengths are 2.0's documented limits: the store is shared, so what 1.0 writes 2.0 must accept back.
     */
    private record Scalar(String json, CustomerField field, int maxLength, List<String> allowed) {
        boolean name() {
            return field == CustomerField.FIRST_NAME || field == CustomerField.LAST_NAME;
        }
    }

    private static final List<Scalar> SCALARS = List.of(
            new Scalar("firstName", CustomerField.FIRST_NAME, 40, List.of()),
            new Scalar("lastName", CustomerField.LAST_NAME, 40, List.of()),
            new Scalar("photoUrl", CustomerField.PHOTO_URL, 200, List.of()),
            new Scalar("photoType", CustomerField.PHOTO_TYPE, 0, PHOTO_TYPES),
            new Scalar("gender", CustomerField.GENDER, 0, GENDERS),
            new Scalar("age", CustomerField.AGE, 0, List.of()),
            new Scalar("organization", CustomerField.ORGANIZATION, 60, List.of()),
            new Scalar("jobTitle", CustomerField.JOB_TITLE, 60, List.of()),
            new Scalar("location", CustomerField.LOCATION, 60, List.of()),
            new Scalar("background", CustomerField.BACKGROUND, 200, List.of()));

    private V1CustomerReader() {
    }

    /** `POST /v1/customers.json`: firstName, lastName and at least one email are required. */
    static NewCustomer create(JsonNode json) {
        Validation validation = new Validation();
        JsonFields body = JsonFields.root(json, validation);
        Map<CustomerField, Object> fields = new EnumMap<>(CustomerField.class);
        for (Scalar scalar : SCALARS) {
            String value = scalar(body, scalar);
            if (value != null) {
                fields.put(scalar.field(), value);
            } else if (scalar.name() && (!body.has(scalar.json()) || body.isNull(scalar.json()))) {
                validation.add(FieldError.of(scalar.json(), "NotEmpty", "may not be empty"));
            }
        }
        List<NewEntry> entries = V1EntryReader.creates(body);
        JsonNode emails = body.node().get("emails");
        // an `emails` of the wrong type is already reported; an array without a usable email is reported here
        if ((emails == null || emails.isNull() || emails.isArray())
                && entries.stream().noneMatch(entry -> entry.kind() == EntryKind.EMAIL)) {
            validation.add(FieldError.of("emails", "NotEmpty", "at least one email address is required",
                    emails == null || emails.isNull() ? null : abbreviated(emails.toString())));
        }
        AddressChange address = V1AddressReader.create(body);
        validation.throwIfAny();
        return new NewCustomer(fields, entries, address, List.of(), List.of());
    }

    /**
     * `PUT /v1/customers/{id}.json`: absent properties stay as they are, a present null clears (names included, so a
     * customer read through 1.0 can be sent back whole even when 2.0 stored it without a name).
     */
    static CustomerUpdate update(JsonNode json) {
        Validation validation = new Validation();
        JsonFields body = JsonFields.root(json, validation);
        CustomerUpdate update = new CustomerUpdate();
        for (Scalar scalar : SCALARS) {
            if (body.has(scalar.json())) {
                update.set(scalar.field(), scalar(body, scalar));
            }
        }
        V1EntryReader.changes(body).forEach(update::entry);
        V1AddressReader.change(body, update);
        validation.throwIfAny();
        return update;
    }

    private static String abbreviated(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    /** The checked value (enums in their canonical lower case), or null when absent, null or rejected. */
    private static String scalar(JsonFields body, Scalar scalar) {
        String value = body.string(scalar.json());
        if (value == null) {
            return null;
        }
        if (scalar.name() && value.isBlank()) {
            body.validation().add(FieldError.of(scalar.json(), "NotEmpty", "may not be empty", value));
        } else if (scalar.maxLength() > 0 && value.length() > scalar.maxLength()) {
            body.validation().add(FieldError.of(scalar.json(), "Size",
                    "must be at most " + scalar.maxLength() + " characters", value));
        } else if (!scalar.allowed().isEmpty()) {
            String canonical = value.trim().toLowerCase(Locale.ROOT);
            if (!scalar.allowed().contains(canonical)) {
                body.validation().add(FieldError.of(scalar.json(), "EnumValue",
                        "must be one of: " + String.join(", ", scalar.allowed()), value));
            }
            return canonical;
        }
        return value;
    }
}
