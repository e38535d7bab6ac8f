package io.frontdesk.mailbox;

import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a conversation's value for a mailbox field, following the 1.0 field documentation (the only vendor text on
 * it): single line at most 255 characters, multi line at most 65,535, number any integer or decimal, date
 * `yyyy-MM-dd`, dropdown the id of one of the field's options (Frontdesk also takes the label, as customer
 * properties do).
 */
final class FieldValues {

    static final int MAX_SINGLE_LINE = 255;
    static final int MAX_MULTI_LINE = 65_535;

    private FieldValues() {
    }

    /** The value to store, or null for no value (null or blank); a bad value is a validation error on {@code path}. */
    static String check(MailboxField field, String value, String path) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (field.type()) {
            case SINGLE_LINE -> length(value, MAX_SINGLE_LINE, path);
            case MULTI_LINE -> length(value, MAX_MULTI_LINE, path);
            case NUMBER -> number(value, path);
            case DATE -> date(value, path);
            case DROPDOWN -> dropdown(field, value, path);
        };
    }

    private static String length(String value, int max, String path) {
        if (value.length() > max) {
            throw invalid(path, "must be at most " + max + " characters", value);
        }
        return value;
    }

    /** Plain decimal notation only: `12`, `-3.5`; no exponent, no thousands separators, no NaN. */
    private static String number(String value, String path) {
        String text = value.trim();
        if (!text.matches("-?\\d{1,30}(\\.\\d{1,30})?")) {
            throw invalid(path, "must be a number", value);
        }
        return text;
    }

    private static String date(String value, String path) {
        String text = value.trim();
        try {
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(text).toString();
            }
        } catch (DateTimeParseException e) {
            // reported below: 2024-02-30 is as wrong as 30/02/2024
        }
        throw invalid(path, "must be a date formatted YYYY-MM-DD", value);
    }

    /** An option id, else an exact label, else a label ignoring case; answers the option id. */
    private static String dropdown(MailboxField field, String value, String path) {
        String text = value.trim();
        Optional<FieldOption> match = field.options().stream()
                .filter(option -> Long.toString(option.id()).equals(text)).findFirst()
                .or(() -> field.options().stream().filter(option -> option.label().equals(text)).findFirst())
                .or(() -> field.options().stream()
                        .filter(option -> option.label().toLowerCase(Locale.ROOT)
                                .equals(text.toLowerCase(Locale.ROOT)))
                        .findFirst());
        return match.map(option -> Long.toString(option.id()))
                .orElseThrow(() -> invalid(path, "must be the id or label of one of the field's options", value));
    }

    private static ApiException invalid(String path, String message, String value) {
        return ApiException.invalid(FieldError.of(path, "InvalidValue", message, value));
    }
}
