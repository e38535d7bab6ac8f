package io.frontdesk.helpcrunch;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * HelpCrunch's dates: UNIX timestamps. Accepted as JSON numbers or numeric strings (both eras of the docs and real
 * integrations send both), fractions allowed because HelpCrunch itself emits `"1594139170.913"` elsewhere; written
 * as strings of whole seconds, as the current docs show (`"1603885746"`).
 */
final class HcDates {

    /** 9999-12-31T23:59:59Z: the last second every client's date library can show. */
    static final long MAX_SECONDS = 253_402_300_799L;

    private HcDates() {
    }

    /** The wire form: whole seconds as a string, or null. */
    static String format(Instant instant) {
        return instant == null ? null : Long.toString(instant.getEpochSecond());
    }

    /**
     * The form of times inside webhook payloads (helpcrunch-more.md §19.5): seconds with three decimals as a string,
     * {@code "1607542030.713"}, or null.
     */
    static String fractional(Instant instant) {
        if (instant == null) {
            return null;
        }
        long millis = instant.toEpochMilli();
        return Math.floorDiv(millis, 1000) + "." + String.format(java.util.Locale.ROOT, "%03d",
                Math.floorMod(millis, 1000));
    }

    /** What {@link #parse} found: an instant, or the message explaining why the value is not one. */
    record Parsed(Instant instant, String error) {
    }

    /** A non-null JSON value as a timestamp, or the reason it is not one. */
    static Parsed parse(JsonNode value) {
        BigDecimal seconds;
        if (value.isNumber()) {
            if (value.isFloatingPointNumber() && !Double.isFinite(value.doubleValue())) {
                return new Parsed(null, HcMessages.TIMESTAMP);
            }
            seconds = value.decimalValue();
        } else if (value.isTextual() && value.textValue().trim().matches("-?\\d{1,15}(\\.\\d{1,9})?")) {
            seconds = new BigDecimal(value.textValue().trim());
        } else {
            return new Parsed(null, HcMessages.NUMERIC);
        }
        if (seconds.signum() < 0 || seconds.compareTo(BigDecimal.valueOf(MAX_SECONDS)) > 0) {
            return new Parsed(null, HcMessages.TIMESTAMP);
        }
        long millis = seconds.movePointRight(3).longValue();
        return new Parsed(Instant.ofEpochMilli(millis), null);
    }
}
