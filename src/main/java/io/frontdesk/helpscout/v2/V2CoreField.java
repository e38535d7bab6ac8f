package io.frontdesk.helpscout.v2;

import io.frontdesk.customer.CustomerField;
import io.frontdesk.error.FieldError;
import io.frontdesk.error.Validation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The 2.0 customer's core fields (what PUT overwrites) with their documented limits. Create, PUT and PATCH all check
 * a value here, so a limit is written once. Enum fields are matched ignoring case and stored lower-case.
 */
enum V2CoreField {
    FIRST_NAME("firstName", CustomerField.FIRST_NAME, 1, 40),
    LAST_NAME("lastName", CustomerField.LAST_NAME, 1, 40),
    PHOTO_URL("photoUrl", CustomerField.PHOTO_URL, 0, 200),
    PHOTO_TYPE("photoType", CustomerField.PHOTO_TYPE, List.of("unknown", "gravatar", "twitter", "facebook",
            "googleprofile", "googleplus", "linkedin", "instagram")),
    GENDER("gender", CustomerField.GENDER, List.of("male", "female", "unknown")),
    AGE("age", CustomerField.AGE, 0, 0),
    ORGANIZATION("organization", CustomerField.ORGANIZATION, 0, 60),
    JOB_TITLE("jobTitle", CustomerField.JOB_TITLE, 0, 60),
    LOCATION("location", CustomerField.LOCATION, 0, 60),
    BACKGROUND("background", CustomerField.BACKGROUND, 0, 200);

    private final String wireName;
    private final CustomerField field;
    private final int min;
    /** Zero means unbounded: Help Scout documents no limit for `age`. */
    private final int max;
    private final List<String> allowed;

    V2CoreField(String wireName, CustomerField field, int min, int max) {
        this(wireName, field, min, max, List.of());
    }

    V2CoreField(String wireName, CustomerField field, List<String> allowed) {
        this(wireName, field, 0, 0, allowed);
    }

    V2CoreField(String wireName, CustomerField field, int min, int max, List<String> allowed) {
        this.wireName = wireName;
        this.field = field;
        this.min = min;
        this.max = max;
        this.allowed = allowed;
    }

    String wireName() {
        return wireName;
    }

    CustomerField field() {
        return field;
    }

    static Optional<V2CoreField> byWireName(String name) {
        for (V2CoreField core : values()) {
            if (core.wireName.equals(name)) {
                return Optional.of(core);
            }
        }
        return Optional.empty();
    }

    /**
     * The value to store for {@code raw}: null stays null (a clear), enums become their lower-case constant. A value
     * out of its limits is reported on {@code path} and null is returned.
     */
    String check(String raw, String path, Validation validation) {
        if (raw == null) {
            return null;
        }
        if (!allowed.isEmpty()) {
            String lower = raw.trim().toLowerCase(Locale.ROOT);
            if (allowed.contains(lower)) {
                return lower;
            }
            validation.add(FieldError.of(path, "EnumValue", "Expected one of these: "
                    + String.join(", ", allowed.stream().map(v -> "'" + v + "'").toList()), raw));
            return null;
        }
        if (raw.length() < min || (max > 0 && raw.length() > max)) {
            String message = min > 0 ? "size must be between " + min + " and " + max
                    : "size must be between 0 and " + max;
            validation.add(FieldError.of(path, "Size", message, raw));
            return null;
        }
        return raw;
    }
}
