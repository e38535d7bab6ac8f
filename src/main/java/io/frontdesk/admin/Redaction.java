package io.frontdesk.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontdesk.web.Json;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the journal never keeps: credentials in headers (Authorization, cookies, anything named like a key, token,
 * secret or password), the same in query and form parameters, and JSON fields so named (a webhook's signing secret).
 */
final class Redaction {

    static final String REDACTED = "[redacted]";
    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(authorization|cookie|secret|token|password|passwd|api[-_]?key|apikey|signature|credential).*");

    private Redaction() {
    }

    static boolean secretName(String name) {
        return SECRET_NAME.matcher(name).matches();
    }

    static String header(String name, String value) {
        return secretName(name) ? REDACTED : value;
    }

    /** A query or form string with the values of secret-named parameters replaced; the rest kept as sent. */
    static String parameters(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String pair : raw.split("&", -1)) {
            if (!out.isEmpty()) {
                out.append('&');
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            out.append(eq >= 0 && secretName(name) ? pair.substring(0, eq + 1) + REDACTED : pair);
        }
        return out.toString();
    }

    /** A body: JSON with secret-named fields replaced, a form with secret parameters replaced, else as it came. */
    static String body(String contentType, String text) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.contains("x-www-form-urlencoded")) {
            return parameters(text);
        }
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            try {
                JsonNode node = Json.MAPPER.readTree(text);
                redact(node);
                return Json.MAPPER.writeValueAsString(node);
            } catch (Exception e) {
                // Not JSON after all (or cut short): a secret could be anywhere in it, so none of it is kept.
                return REDACTED;
            }
        }
        return text;
    }

    private static void redact(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (secretName(field.getKey())) {
                    field.setValue(object.textNode(REDACTED));
                } else {
                    redact(field.getValue());
                }
            }
        } else if (node.isArray()) {
            node.forEach(Redaction::redact);
        }
    }
}
