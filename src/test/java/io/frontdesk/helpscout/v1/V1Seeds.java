package io.frontdesk.helpscout.v1;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The request bodies of seed 000 (Create Customer) and seed 001 (Update Customer), copied byte for byte into
 * `src/test/resources/seeds/helpscout-v1/`, and the corrections that turn them into JSON. Each correction fails
 * loudly when it finds nothing to correct, so a changed seed cannot silently pass.
 */
final class V1Seeds {

    /** `{... social profile object ...}` and its siblings, with the comma before them. */
    private static final Pattern PLACEHOLDER = Pattern.compile(",\\s*\\{\\.\\.\\. [a-z ]+ object \\.\\.\\.}");
    /** `"createdAt": "…"` directly followed by the next property on its own line, without a comma. */
    private static final Pattern MISSING_COMMA = Pattern.compile("(\"createdAt\": \"[^\"]+\")(\\s*\\n\\s*\")");
    /** A `//` comment after a value; `https://` is never preceded by white space, so URLs survive. */
    private static final Pattern COMMENT = Pattern.compile("[ \\t]+//[^\\n]*");

    private V1Seeds() {
    }

    /** Seed 000 as printed: placeholders, and no comma after the address's `createdAt`. */
    static String createLiteral() {
        return load("create-customer.json.txt");
    }

    /** Seed 000 as JSON: placeholders removed, the comma added. */
    static String createCorrected() {
        return addMissingComma(removePlaceholders(createLiteral()));
    }

    /** Seed 001 as printed: placeholders, the missing comma, `//` comments, `postcalCode`, ids 1234 and -1234. */
    static String updateLiteral() {
        return load("update-customer.json.txt");
    }

    /** Seed 001 as JSON, its ids and `postcalCode` untouched. */
    static String updateCleaned() {
        return removeComments(addMissingComma(removePlaceholders(updateLiteral())));
    }

    static String removePlaceholders(String body) {
        return replaceAll(PLACEHOLDER, body, "");
    }

    static String addMissingComma(String body) {
        return replaceAll(MISSING_COMMA, body, "$1,$2");
    }

    static String removeComments(String body) {
        return replaceAll(COMMENT, body, "");
    }

    private static String replaceAll(Pattern pattern, String body, String replacement) {
        Matcher matcher = pattern.matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("seed correction " + pattern + " found nothing to correct");
        }
        return matcher.replaceAll(replacement);
    }

    private static String load(String name) {
        try (InputStream in = V1Seeds.class.getResourceAsStream("/seeds/helpscout-v1/" + name)) {
            if (in == null) {
                throw new AssertionError("missing src/test/resources/seeds/helpscout-v1/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
