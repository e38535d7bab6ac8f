package io.frontdesk.web;

import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Help Scout's one date format, `yyyy-MM-dd'T'HH:mm:ss'Z'`, both ways. */
public final class Dates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private Dates() {
    }

    public static String iso(Instant instant) {
        return instant == null ? null : FORMAT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Parses an ISO-8601 instant; anything else is the vendor's "Malformed date" error on {@code field}. */
    public static Instant parse(String field, String text, FieldError.Source source) {
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeParseException | NullPointerException e) {
            throw ApiException.invalid(new FieldError(field, "Malformed date, expected yyyy-MM-dd'T'HH:mm:ss'Z'", text,
                    "MalformedDate", source));
        }
    }
}
