package io.frontdesk.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.frontdesk.web.Json;

import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Turns a valid JSON body into a mutated one, deterministically from a {@link Random}. Tree mutations change one value
 * anywhere in the body (nested ones included); what a tree cannot hold (a duplicate key, a lone surrogate escape, a
 * number beyond `double`, invalid UTF-8) is put in as a marker string and replaced in the written bytes.
 */
final class Mutator {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String MARK = "@@fz@@";
    private static final String DUPLICATE = "@@fzdup@@";
    private static final List<byte[]> BAD_UTF8 = List.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC0,
            (byte) 0x80}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xE2, (byte) 0x82},
            new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0x80});

    private final Random random;
    private final long limit;
    private String rawLiteral;
    private byte[] rawBytes;
    private String duplicateOf;

    private Mutator(Random random, long limit) {
        this.random = random;
        this.limit = limit;
    }

    /**
     * The body to send, or null for none. {@code valid} null means the route takes no body; mutations then apply to
     * a small object, since a body where none is expected must be harmless too.
     */
    static byte[] mutate(String valid, Mutation mutation, Random random, long limit) {
        if (valid == null && mutation == Mutation.VALID) {
            return null;
        }
        Mutator mutator = new Mutator(random, limit);
        JsonNode tree = parse(valid == null ? "{\"x\":1}" : valid);
        return mutator.apply(tree, mutation);
    }

    private byte[] apply(JsonNode tree, Mutation mutation) {
        switch (mutation) {
            case VALID -> {
                return write(tree);
            }
            case RANDOM_JSON -> {
                return write(randomValue(3));
            }
            case WRONG_ROOT -> {
                return Edges.pick(random, List.of("[]", "[{}]", "\"text\"", "42", "null", "true", "", "   ", "{}",
                        "[" + text(tree) + "]")).getBytes(StandardCharsets.UTF_8);
            }
            case TRUNCATED -> {
                byte[] bytes = write(tree);
                return Arrays.copyOf(bytes, 1 + random.nextInt(Math.max(1, bytes.length - 1)));
            }
            case GARBAGE -> {
                return garbage(tree);
            }
            case OVERSIZED -> {
                return oversized(tree);
            }
            case SEVERAL -> {
                int count = 2 + random.nextInt(3);
                for (int i = 0; i < count; i++) {
                    tree = change(tree, Edges.pick(random, List.of(Mutation.DROP_FIELD, Mutation.WRONG_TYPE,
                            Mutation.LONG_STRING, Mutation.NUMBER_EDGE)));
                }
                return write(tree);
            }
            default -> {
                return write(change(tree, mutation));
            }
        }
    }

    /** One change to one value of the tree; the root itself is replaced when it has no children. */
    private JsonNode change(JsonNode tree, Mutation mutation) {
        List<Slot> slots = new ArrayList<>();
        collect(tree, slots);
        if (slots.isEmpty()) {
            return mutation == Mutation.DROP_FIELD ? NODES.objectNode() : replacement(tree, mutation);
        }
        // string and number mutations mostly hit values of their own kind, where readers parse them further
        List<Slot> preferred = switch (mutation) {
            case LONG_STRING, INVALID_UTF8, UNICODE_EDGE -> slots.stream().filter(slot -> slot.get().isTextual())
                    .toList();
            case NUMBER_EDGE -> slots.stream().filter(slot -> slot.get().isNumber()).toList();
            default -> List.of();
        };
        Slot slot = !preferred.isEmpty() && random.nextInt(4) > 0 ? Edges.pick(random, preferred)
                : Edges.pick(random, slots);
        if (mutation == Mutation.DROP_FIELD) {
            slot.remove();
        } else if (mutation == Mutation.DUPLICATE_KEY) {
            duplicate(tree, slots);
        } else {
            slot.set(replacement(slot.get(), mutation));
        }
        return tree;
    }

    private JsonNode replacement(JsonNode current, Mutation mutation) {
        return switch (mutation) {
            case WRONG_TYPE -> wrongType(current);
            case LONG_STRING -> TextNode.valueOf(longText(current, Edges.pick(random,
                    List.of(41, 61, 101, 201, 256, 300, 700, 1_000, 2_800, 10_000, 70_000))));
            case HUGE_STRING -> TextNode.valueOf(Edges.text(random, (int) Math.min(limit - 2_000, 90_000)));
            case DEEP_NESTING -> nested(Edges.pick(random, List.of(30, 62, 63, 64, 65, 200)));
            case UNICODE_EDGE -> marked(Edges.pick(random, Edges.STRINGS));
            case NUMBER_EDGE -> marked(Edges.pick(random, Edges.NUMBERS));
            case INVALID_UTF8 -> {
                rawBytes = concat("\"ab".getBytes(StandardCharsets.UTF_8), Edges.pick(random, BAD_UTF8),
                        "cd\"".getBytes(StandardCharsets.UTF_8));
                yield TextNode.valueOf(MARK);
            }
            default -> current;
        };
    }

    /** Long text shaped like the value it replaces, so that format checks (an email, a URL) do not stop it first. */
    private String longText(JsonNode current, int length) {
        String text = current.isTextual() ? current.textValue() : "";
        if (text.contains("@") && random.nextBoolean()) {
            return Edges.text(random, length).replace("@", "").replace(" ", "") + "@fuzz.test";
        }
        if (text.startsWith("http") && random.nextBoolean()) {
            return "https://fuzz.example/" + Edges.text(random, length).replace(" ", "");
        }
        return Edges.text(random, length);
    }

    private JsonNode wrongType(JsonNode current) {
        for (int i = 0; i < 10; i++) {
            JsonNode candidate = randomValue(1);
            if (candidate.getNodeType() != current.getNodeType()) {
                return candidate;
            }
        }
        return NODES.nullNode();
    }

    private JsonNode marked(String literal) {
        rawLiteral = literal;
        return TextNode.valueOf(MARK);
    }

    private void duplicate(JsonNode tree, List<Slot> slots) {
        List<ObjectNode> objects = new ArrayList<>();
        if (tree.isObject() && tree.size() > 0) {
            objects.add((ObjectNode) tree);
        }
        for (Slot slot : slots) {
            if (slot.get().isObject() && slot.get().size() > 0) {
                objects.add((ObjectNode) slot.get());
            }
        }
        if (objects.isEmpty()) {
            return;
        }
        ObjectNode object = Edges.pick(random, objects);
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        duplicateOf = Edges.pick(random, names);
        object.set(DUPLICATE, random.nextBoolean() ? object.get(duplicateOf) : randomValue(1));
    }

    private static JsonNode nested(int depth) {
        JsonNode node = TextNode.valueOf("deep");
        for (int i = 0; i < depth; i++) {
            if (i % 2 == 0) {
                ArrayNode array = NODES.arrayNode();
                array.add(node);
                node = array;
            } else {
                ObjectNode object = NODES.objectNode();
                object.set("a", node);
                node = object;
            }
        }
        return node;
    }

    /** A random JSON value, at most {@code depth} containers deep. */
    private JsonNode randomValue(int depth) {
        int kind = random.nextInt(depth > 0 ? 9 : 7);
        return switch (kind) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.numberNode(random.nextInt(2000) - 1000);
            case 3 -> NODES.numberNode(random.nextLong());
            case 4 -> NODES.numberNode(random.nextDouble() * Math.pow(10, random.nextInt(30) - 10));
            case 5 -> TextNode.valueOf(Edges.text(random, random.nextInt(12)));
            case 6 -> TextNode.valueOf(Edges.pick(random, List.of("", "true", "12", "work", "active", "x@y.z")));
            case 7 -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(randomValue(depth - 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    object.set(Edges.pick(random, List.of("id", "value", "type", "name", "op", "path", "text",
                            Edges.text(random, 3))), randomValue(depth - 1));
                }
                yield object;
            }
        };
    }

    private byte[] garbage(JsonNode tree) {
        String json = text(tree);
        return switch (random.nextInt(7)) {
            case 0 -> {
                byte[] bytes = new byte[1 + random.nextInt(200)];
                random.nextBytes(bytes);
                yield bytes;
            }
            case 1 -> (json + " x").getBytes(StandardCharsets.UTF_8);
            case 2 -> (json + json).getBytes(StandardCharsets.UTF_8);
            case 3 -> ("/* c */" + json).getBytes(StandardCharsets.UTF_8);
            case 4 -> json.replace('"', '\'').getBytes(StandardCharsets.UTF_8);
            case 5 -> json.replaceFirst("}$", ",}").replaceFirst("]$", ",]").getBytes(StandardCharsets.UTF_8);
            default -> json.replaceFirst(":", ":NaN,\"z\":").getBytes(StandardCharsets.UTF_8);
        };
    }

    /** Valid JSON just over the route's limit, or far over it for the small limits. */
    private byte[] oversized(JsonNode tree) {
        long size = limit + 1 + random.nextInt(limit > 1_000_000 ? 64 : 20_000);
        String json = text(tree);
        StringBuilder padded = new StringBuilder((int) size + 16).append("{\"pad\":\"");
        while (padded.length() < size - json.length() - 8) {
            padded.append("abcdefghij");
        }
        return padded.append("\",\"body\":").append(json).append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] write(JsonNode tree) {
        byte[] bytes = text(tree).getBytes(StandardCharsets.UTF_8);
        if (duplicateOf != null) {
            bytes = replace(bytes, quoted(DUPLICATE), quoted(duplicateOf).getBytes(StandardCharsets.UTF_8));
        }
        if (rawLiteral != null) {
            bytes = replace(bytes, quoted(MARK), rawLiteral.getBytes(StandardCharsets.UTF_8));
        }
        if (rawBytes != null) {
            bytes = replace(bytes, quoted(MARK), rawBytes);
        }
        return bytes;
    }

    private static String text(JsonNode tree) {
        try {
            return Json.MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quoted(String text) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
    }

    private static byte[] replace(byte[] bytes, String marker, byte[] with) {
        byte[] target = marker.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + target.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + target.length, target, 0, target.length)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + with.length);
                out.write(bytes, 0, i);
                out.writeBytes(with);
                out.write(bytes, i + target.length, bytes.length - i - target.length);
                return out.toByteArray();
            }
        }
        return bytes;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static JsonNode parse(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a template is not valid JSON: " + json, e);
        }
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                slots.add(new Slot((ObjectNode) node, name, -1));
                collect(node.get(name), slots);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                slots.add(new Slot(node, null, i));
                collect(node.get(i), slots);
            }
        }
    }

    /** A place in the tree: a member of an object or an element of an array. */
    private record Slot(JsonNode parent, String name, int index) {

        JsonNode get() {
            return name != null ? parent.get(name) : parent.get(index);
        }

        void set(JsonNode value) {
            if (name != null) {
                ((ObjectNode) parent).set(name, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }

        void remove() {
            if (name != null) {
                ((ObjectNode) parent).remove(name);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }
    }
}
