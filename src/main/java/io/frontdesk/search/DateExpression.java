package io.frontdesk.search;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Objects;

/**
 * Turns the date values of range and date-field queries into instants.
 *
 * <p>Understands Solr-style date math relative to {@code NOW} ({@code NOW-180DAYS}, {@code NOW+2HOURS},
 * {@code NOW/DAY}, {@code NOW/DAY-1MONTH}; any number of steps, applied left to right, in UTC), ISO instants
 * ({@code 2013-11-20T00:00:00Z}, with an offset or none meaning UTC) and plain dates ({@code 2013-11-20}, the start of
 * that day in UTC). Kept out of the parser because only the compiler knows which fields hold dates.
 */
public final class DateExpression {

    private static final String NOW = "NOW";
    private static final String A_DATE = "a date such as NOW-7DAYS, 2013-11-20 or 2013-11-20T00:00:00Z";

    private static final DateTimeFormatter ISO_DATE_OR_DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .appendLiteral('T')
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart()
            .appendOffsetId()
            .optionalEnd()
            .optionalEnd()
            .parseDefaulting(ChronoField.HOUR_OF_DAY, 0)
            .parseDefaulting(ChronoField.OFFSET_SECONDS, 0)
            .toFormatter(Locale.ROOT)
            .withChronology(IsoChronology.INSTANCE)
            .withResolverStyle(ResolverStyle.STRICT);

    private DateExpression() {
    }

    /**
     * @param now the instant {@code NOW} stands for; passed in so that every date in one query agrees, and tests
     *            can fix it
     * @throws QuerySyntaxException with a position relative to {@code text}, if it is not a date
     */
    public static Instant resolve(String text, Instant now) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(now, "now");
        if (text.regionMatches(true, 0, NOW, 0, NOW.length())) {
            return applyMath(text, now.atZone(ZoneOffset.UTC)).toInstant();
        }
        try {
            return ISO_DATE_OR_DATE_TIME.parse(text, OffsetDateTime::from).toInstant();
        } catch (DateTimeParseException e) {
            throw fail(text, e.getErrorIndex(), A_DATE);
        }
    }

    private static ZonedDateTime applyMath(String text, ZonedDateTime now) {
        ZonedDateTime time = now;
        int i = NOW.length();
        while (i < text.length()) {
            char operator = text.charAt(i);
            if (operator == '/') {
                int unitEnd = skipLetters(text, i + 1);
                time = unit(text, i + 1, unitEnd).roundDown(time);
                i = unitEnd;
            } else if (operator == '+' || operator == '-') {
                int digitsEnd = skipDigits(text, i + 1);
                int unitEnd = skipLetters(text, digitsEnd);
                long amount = amount(text, i + 1, digitsEnd);
                DateUnit unit = unit(text, digitsEnd, unitEnd);
                time = add(text, i, time, unit, operator == '-' ? -amount : amount);
                i = unitEnd;
            } else {
                throw fail(text, i, "'+', '-' or '/'");
            }
        }
        return time;
    }

    private static long amount(String text, int start, int end) {
        try {
            return Long.parseLong(text.substring(start, end));
        } catch (NumberFormatException e) {
            // Either no digits at all, or more than a long holds; neither is a usable amount.
            throw fail(text, start, "a number");
        }
    }

    private static DateUnit unit(String text, int start, int end) {
        DateUnit unit = DateUnit.fromName(text.substring(start, end));
        if (unit == null) {
            throw fail(text, start, "a date unit such as DAYS");
        }
        return unit;
    }

    private static ZonedDateTime add(String text, int operatorAt, ZonedDateTime time, DateUnit unit, long amount) {
        try {
            return unit.add(time, amount);
        } catch (DateTimeException | ArithmeticException e) {
            throw fail(text, operatorAt, "a date within the supported range");
        }
    }

    private static int skipDigits(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    private static int skipLetters(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static QuerySyntaxException fail(String text, int position, String expected) {
        String found = position >= text.length() ? "end of date" : "'" + text.substring(position) + "'";
        return new QuerySyntaxException(found, position, expected);
    }
}
