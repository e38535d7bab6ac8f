package io.frontdesk.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.frontdesk.testing.Golden;
import io.frontdesk.web.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@link Golden#assertMatches}, or with {@code -Dgolden.record=true} writing the golden file from the body instead,
 * ids, dates and the server's base replaced by placeholders. Recorded files are read and committed like hand-written
 * ones; the switch only saves typing them.
 */
final class GoldenRecorder {

    private static final Set<String> IDS = Set.of("id", "number", "folderId", "mailboxId", "closedBy", "chat_id",
            "fieldId", "ticketCount");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    private static final Pattern OWNER = Pattern.compile("owner-[0-9a-f]+@tenant\\d+\\.test");
    private static final Pattern FRACTIONAL = Pattern.compile("\\d{9,}\\.\\d{3}");

    private GoldenRecorder() {
    }

    static void check(String raw, String goldenPath, String base) {
        String body;
        try {
            body = Json.MAPPER.writeValueAsString(stable(Json.MAPPER.readTree(raw), base));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (Boolean.getBoolean("golden.record")) {
            try {
                JsonNode node = normalized(Json.MAPPER.readTree(body), null, base);
                Path file = Path.of("src/test/resources/golden", goldenPath);
                Files.createDirectories(file.getParent());
                Files.writeString(file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        Golden.assertMatches(body, goldenPath, base);
    }

    /**
     * The body with what differs between runs inside strings made stable: ids in links ({@code /customers/{id}}) and
     * the tenant owner's generated email.
     */
    private static JsonNode stable(JsonNode node, String base) {
        if (node.isObject()) {
            ObjectNode copy = Json.object();
            node.fields().forEachRemaining(f -> copy.set(f.getKey(), stable(f.getValue(), base)));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = Json.array();
            node.forEach(item -> copy.add(stable(item, base)));
            return copy;
        }
        if (node.isTextual() && node.textValue().startsWith(base)) {
            return TextNode.valueOf(base + node.textValue().substring(base.length()).replaceAll("/\\d+", "/{id}"));
        }
        if (node.isTextual() && OWNER.matcher(node.textValue()).matches()) {
            return TextNode.valueOf("owner@tenant.test");
        }
        return node;
    }

    private static JsonNode normalized(JsonNode node, String key, String base) {
        if (node.isObject()) {
            ObjectNode copy = Json.object();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                copy.set(field.getKey(), normalized(field.getValue(), field.getKey(), base));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = Json.array();
            node.forEach(item -> copy.add(normalized(item, key, base)));
            return copy;
        }
        if (node.isNumber() && key != null && (IDS.contains(key) || key.equals("communicatedAgents"))) {
            return TextNode.valueOf("${number}");
        }
        if (node.isTextual()) {
            String text = node.textValue();
            if (DATE.matcher(text).matches()) {
                return TextNode.valueOf("${date}");
            }
            if (FRACTIONAL.matcher(text).matches()) {
                return TextNode.valueOf("${string}");
            }
            if (text.contains(base)) {
                return TextNode.valueOf(text.replace(base, "${base}"));
            }
        }
        return node;
    }
}
