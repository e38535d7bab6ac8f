package io.frontdesk.organization;

import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;
import io.frontdesk.error.Validation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Limits of organization fields, definitions and values. Help Scout documents none for the fields, so these are
 * Frontdesk's (docs/helpscout-v2.md): generous enough for real data, small enough that a row stays a row.
 */
final class OrganizationRules {

    static final int TEXT = 255;
    static final int LONG_TEXT = 5000;
    static final int LIST = 50;
    static final int LABEL = 100;
    static final int OPTIONS = 100;
    static final int VALUE = 2000;

    private OrganizationRules() {
    }

    static void check(OrganizationInput input) {
        Validation validation = new Validation();
        if (input.name() == null || input.name().isBlank()) {
            validation.add(FieldError.of("name", "NotEmpty", "may not be empty", input.name()));
        }
        length(validation, "name", input.name(), TEXT);
        length(validation, "website", input.website(), TEXT);
        length(validation, "location", input.location(), TEXT);
        length(validation, "brandColor", input.brandColor(), TEXT);
        length(validation, "description", input.description(), LONG_TEXT);
        length(validation, "note", input.note(), LONG_TEXT);
        list(validation, "domains", input.domains());
        list(validation, "phones", input.phones());
        validation.throwIfAny();
    }

    static void checkDefinition(Validation validation, String name, boolean dropdown, List<String> options) {
        if (name == null || name.isBlank() || name.length() > LABEL) {
            validation.add(FieldError.of("name", "Size", "must be 1-" + LABEL + " characters", name));
        }
        if (!dropdown) {
            return;
        }
        if (options == null || options.isEmpty()) {
            validation.add(FieldError.of("options", "NotEmpty", "a dropdown needs at least one option"));
            return;
        }
        if (options.size() > OPTIONS) {
            validation.add(FieldError.of("options", "Size", "at most " + OPTIONS + " options", options.size()));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < options.size(); i++) {
            String label = options.get(i);
            String path = "options[" + i + "].label";
            if (label == null || label.isBlank() || label.length() > LABEL) {
                validation.add(FieldError.of(path, "Size", "must be 1-" + LABEL + " characters", label));
            } else if (!seen.add(label)) {
                validation.add(FieldError.of(path, "Duplicate", "names an option already given", label));
            }
        }
    }

    static void checkValue(OrganizationProperty property, String value) {
        if (value == null || value.isBlank()) {
            throw invalid("may not be empty", value);
        }
        String text = value.trim();
        if (text.length() > VALUE) {
            throw invalid("must be at most " + VALUE + " characters", value);
        }
        switch (property.type()) {
            case NUMBER -> {
                if (!text.matches("-?\\d{1,18}(\\.\\d{1,10})?")) {
                    throw invalid("must be a number", value);
                }
            }
            case DATE -> {
                try {
                    LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    throw invalid("must be a date as yyyy-MM-dd", value);
                }
            }
            case DROPDOWN -> {
                if (!property.options().contains(text)) {
                    throw invalid("must be one of the options' labels: " + property.options(), value);
                }
            }
            case TEXT, URL -> {
                // any text within the length
            }
        }
    }

    private static ApiException invalid(String message, String value) {
        return ApiException.invalid(FieldError.of("value", "InvalidValue", message, value));
    }

    private static void length(Validation validation, String path, String value, int max) {
        if (value != null && value.length() > max) {
            validation.add(FieldError.of(path, "Size", "must be at most " + max + " characters", value));
        }
    }

    private static void list(Validation validation, String path, List<String> values) {
        if (values.size() > LIST) {
            validation.add(FieldError.of(path, "Size", "at most " + LIST + " items", values.size()));
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value == null || value.isBlank() || value.length() > TEXT) {
                validation.add(FieldError.of(path + "[" + i + "]", "Size", "must be 1-" + TEXT + " characters",
                        value));
            }
        }
    }
}
