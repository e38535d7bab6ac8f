package io.frontdesk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.web.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.fail;

/**
 * Compares a response body with a golden file under `src/test/resources/golden/`. The file is the exact wire shape:
 * same keys, same order-insensitive objects, same array order, same values, except placeholders for what changes
 * per run: "${any}", "${uuid}", "${number}" (any number), "${date}" (yyyy-MM-dd'T'HH:mm:ss'Z'), "${string}", and
 * "${base}" inside strings (the server's base URL).
 */
public final class Golden {

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final java.util.Set<String> PLACEHOLDERS = java.util.Set.of("${any}", "${uuid}", "${number}",
            "${date}", "${string}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");

    private Golden() {
    }

    public static void assertMatches(String body, String goldenPath, String base) {
        JsonNode expected = load(goldenPath);
        JsonNode actual;
        try {
            actual = Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("body is not JSON: " + body, e);
        }
        List<String> problems = new ArrayList<>();
        compare("$", expected, actual, base, problems);
        if (!problems.isEmpty()) {
            fail("Response does not match golden/" + goldenPath + ":\n  " + String.join("\n  ", problems)
                    + "\nactual: " + body);
        }
    }

    public static void assertMatches(Response response, String goldenPath, String base) {
        assertMatches(response.body(), goldenPath, base);
    }

    static JsonNode load(String goldenPath) {
        try (InputStream in = Golden.class.getResourceAsStream("/golden/" + goldenPath)) {
            if (in == null) {
                throw new AssertionError("missing golden file src/test/resources/golden/" + goldenPath);
            }
            return Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, String base, List<String> problems) {
        if (expected.isTextual() && PLACEHOLDERS.contains(expected.textValue())) {
            placeholder(path, expected.textValue(), actual, problems);
            return;
        }
        if (actual == null || actual.isMissingNode()) {
            problems.add(path + ": missing");
            return;
        }
        if (expected.isObject()) {
            if (!actual.isObject()) {
                problems.add(path + ": expected an object, got " + actual);
                return;
            }
            for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                compare(path + "." + name, expected.get(name), actual.get(name), base, problems);
            }
            for (Iterator<String> it = actual.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!expected.has(name)) {
                    problems.add(path + "." + name + ": unexpected key");
                }
            }
        } else if (expected.isArray()) {
            if (!actual.isArray() || actual.size() != expected.size()) {
                problems.add(path + ": expected array of " + expected.size() + ", got " + actual);
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                compare(path + "[" + i + "]", expected.get(i), actual.get(i), base, problems);
            }
        } else if (expected.isTextual()) {
            String want = expected.textValue().replace("${base}", base);
            if (!actual.isTextual() || !actual.textValue().equals(want)) {
                problems.add(path + ": expected \"" + want + "\", got " + actual);
            }
        } else if (expected.isNumber()) {
            if (!actual.isNumber() || actual.decimalValue().compareTo(expected.decimalValue()) != 0) {
                problems.add(path + ": expected " + expected + ", got " + actual);
            }
        } else if (!expected.equals(actual)) {
            problems.add(path + ": expected " + expected + ", got " + actual);
        }
    }

    private static void placeholder(String path, String kind, JsonNode actual, List<String> problems) {
        boolean ok = switch (kind) {
            case "${any}" -> actual != null && !actual.isMissingNode();
            case "${uuid}" -> actual != null && actual.isTextual() && UUID.matcher(actual.textValue()).matches();
            case "${number}" -> actual != null && actual.isNumber();
            case "${date}" -> actual != null && actual.isTextual() && DATE.matcher(actual.textValue()).matches();
            case "${string}" -> actual != null && actual.isTextual();
            default -> false;
        };
        if (!ok) {
            problems.add(path + ": expected " + kind + ", got " + actual);
        }
    }
}
