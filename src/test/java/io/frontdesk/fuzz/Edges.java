package io.frontdesk.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Values that break naive code: JSON string and number literals written exactly as they go on the wire (so escapes
 * such as a lone surrogate survive), query values, host names. Chosen from what has broken servers before: case
 * mapping that changes a string's length, digits outside ASCII that `Long.parseLong` accepts, dates beyond what
 * `Instant` holds, numbers beyond what `long` and `double` hold.
 */
final class Edges {

    /** JSON string literals, quotes included. */
    static final List<String> STRINGS = List.of(
            "\"\"", "\" \"", "\"\\t\\n\\r\"", "\"\\ud800\"", "\"x\\udc00y\"", "\"\\ud83d\\ude00\"",
            "\"\uD83D\uDE00\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08\"", "\"\\u0000\"", "\"a\\u0001\\u001fb\"",
            "\"\\u202eevil\"", "\"\\ufeffbom\"", "\"\\uffff\\ufffe\"", "\"e\\u0301\"", "\"\u0130\u0131\u017fK\u212a\"",
            "\"\u00df\u00df\u00df\"", "\"\u00a0\"", "\"\uff11\uff12\uff13\"", "\"\u0663\u0664\"", "\"\uD835\uDFD9\"",
            "\"%00\"", "\"' OR 1=1 --\"", "\"<script>alert(1)</script>\"", "\"${jndi:ldap://x/y}\"", "\"\\\\\"",
            "\"/\"", "\"null\"", "\"true\"", "\"-1\"", "\"0\"", "\"1e999\"", "\"9223372036854775808\"", "\"NaN\"",
            "\"Infinity\"", "\"2024-02-30\"", "\"0000-00-00T00:00:00Z\"", "\"9999-12-31T23:59:59Z\"",
            "\"+999999999-01-01T00:00:00Z\"", "\"1603885746.913\"", "\"99999999999999999999\"", "\"-99999999999\"",
            "\"1e20\"", "\"2019-13-45T99:99:99Z\"", "\"a@b\"", "\"@\"", "\"a@b.c@d.e\"",
            "\"x@" + "y".repeat(300) + ".z\"",
            "\"#zzzzzz\"", "\"javascript:alert(1)\"", "\"http://\"", "\"open\"", "\"spam\"", "\"CLOSED\"",
            "\"EMAIL\"", "\"customer\"", "\"/subject\"", "\"/emails/1/value\"", "\"/\"", "\"~1\"", "\"customers.id\"",
            "\"\\\"quoted\\\"\"", "\"a" + "\\u0301".repeat(300) + "\"");

    /** JSON number literals, several beyond `long`, `double` or the parser's length limit. */
    static final List<String> NUMBERS = List.of(
            "1e999", "-1e999", "1e308", "1.7976931348623157e309", "9223372036854775807", "9223372036854775808",
            "-9223372036854775808", "-9223372036854775809", "18446744073709551616", "1e20", "-0", "0", "-1", "1.5",
            "0.0000001", "4.9e-324", "1e-999", "2147483648", "1" + "0".repeat(99), "1" + "0".repeat(120),
            "123456789.123456789e5", "1E+2", "-1.0", "1.0", "253402300800", "-62135596801", "99999999999999");

    /** Query-string values, percent-encoded or deliberately not. */
    static final List<String> QUERY_VALUES = List.of(
            "", "true", "false", "1", "-1", "0", "99999999999999999999", "abc", "%zz", "%ff%fe", "%e2%82", "%",
            "a+b", "%2F..%2F", "(tag:%22vip%22)", "*", "%5B1,2%5D", "%7B", "null", "1e999",
            "2024-13-45T99:99:99Z", "%C3%A9", "%F0%9F%98%80", "%ED%A0%80", "(", "firstName:", "%22", "NOT",
            "modifiedAt:%5B*%20TO%20*%5D", "-", "customers.createdAt", "desc", "threads", "ASC");

    /** Query parameter names the write endpoints and their neighbours read. */
    static final List<String> QUERY_NAMES = List.of(
            "async", "reload", "page", "embed", "status", "query", "sortField", "sortOrder", "mailbox", "email",
            "offset", "limit", "sort", "order", "imported", "tag", "modifiedSince", "firstName", "reloadObjects",
            "grant_type", "client_id", "client_secret", "refresh_token", "code");

    /** Forwarded-host values; the server builds `Location` headers from them. */
    static final List<String> HOSTS = List.of(
            "", "host with space", "x:abc", "[::1", "a,b", "example.com:99999", "..", "%41", "evil.example/path",
            "user@host", "xn--", "[::1]:8080", ":", "a".repeat(300));

    private static final String ALPHABET = "abcXYZ019 _-.@/:\u00e9\u00df\u0130\u4e2d\u0416\u05d0\u0627\u00a0\u200b";

    private Edges() {
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /**
     * Random text of {@code length} characters: ASCII, letters from several scripts and emoji, so it is both long
     * in UTF-8 bytes and incompressible (an index entry cannot shrink it).
     */
    static String text(Random random, int length) {
        StringBuilder text = new StringBuilder(length + 1);
        while (text.length() < length) {
            int roll = random.nextInt(10);
            if (roll == 0 && text.length() + 2 <= length) {
                text.appendCodePoint(0x1F600 + random.nextInt(64));
            } else if (roll < 3) {
                text.append((char) (0x4E00 + random.nextInt(0x5000)));
            } else {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return text.toString();
    }
}
