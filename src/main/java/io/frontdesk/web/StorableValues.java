package io.frontdesk.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;

import java.util.Iterator;
import java.util.Map;

/**
 * Refuses JSON text that parses but cannot be stored as sent, wherever it is in the body (keys included), so a client's
 * mistake is a 400 naming the field on both databases instead of a server error on one or silently altered data on
 * the other:
 * <ul>
 *   <li>the NUL character (`\u0000`): PostgreSQL cannot store it in text columns;</li>
 *   <li>an unpaired UTF-16 surrogate (`"\ud800"`): it has no UTF-8 form, so the database driver would store `?`.</li>
 * </ul>
 * Numbers beyond `long` or `double` (`1e999` reads as infinity) are the readers' to refuse, each on its field, since
 * only they know whether a field takes a number at all.
 */
final class StorableValues {

    private static final char NUL = '\u0000';

    private StorableValues() {
    }

    static void check(JsonNode body) {
        walk(body, "");
    }

    private static void walk(JsonNode node, String path) {
        if (node.isTextual()) {
            text(node.textValue(), path.isEmpty() ? "body" : path, true);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]");
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                text(field.getKey(), child, false);
                walk(field.getValue(), child);
            }
        }
    }

    /** Refuses NUL and unpaired surrogates; the rejected value is echoed with both replaced, so it renders. */
    private static void text(String text, String path, boolean echo) {
        String problem = problem(text);
        if (problem != null) {
            String safePath = displayable(path);
            throw ApiException.invalid(echo ? FieldError.of(safePath, "InvalidValue", problem, displayable(text))
                    : FieldError.of(safePath, "InvalidValue", problem));
        }
    }

    private static String problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == NUL) {
                return "must not contain the NUL character";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must be valid Unicode: an unpaired surrogate (\\u" + Integer.toHexString(c)
                        + ") has no UTF-8 form";
            }
        }
        return null;
    }

    /** The text with NUL and unpaired surrogates replaced by `?`, so an error can echo it. */
    static String displayable(String text) {
        if (problem(text) == null) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(c == NUL || Character.isSurrogate(c) ? '?' : c);
            }
        }
        return out.toString();
    }
}
