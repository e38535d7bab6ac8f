package io.frontdesk.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;
import io.frontdesk.sandbox.fixture.Pack;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * A fixture pack from its JSON or YAML tree (docs/sandbox.md, "Fixtures"). Only the shape is read here: a value of the
 * wrong JSON type, or a field the format does not have (a typo would otherwise be silently ignored), is named by its
 * path; the values themselves are checked by the core ({@code sandbox.fixture.PackCheck}).
 */
public final class PackReader {

    private final List<FieldError> errors = new ArrayList<>();

    private PackReader() {
    }

    /** The pack, or a 400 naming every field of the wrong shape. */
    public static Pack read(JsonNode root) {
        PackReader reader = new PackReader();
        Pack pack = reader.pack(root);
        if (!reader.errors.isEmpty()) {
            throw ApiException.invalid(reader.errors);
        }
        return pack;
    }

    private Pack pack(JsonNode root) {
        if (root == null || !root.isObject()) {
            errors.add(FieldError.of("accounts", "Type", "the pack must be an object with a list of accounts"));
            return new Pack(List.of());
        }
        known(root, "", Set.of("accounts"));
        return new Pack(list(root, "", "accounts", this::account));
    }

    private Pack.Account account(JsonNode n, String at) {
        known(n, at, Set.of("id", "name", "credentials", "users", "teams", "mailboxes", "tags", "organizations",
                "customerProperties", "customers", "conversations", "webhooks"));
        Pack.Credentials credentials = Pack.Credentials.NONE;
        JsonNode c = n.get("credentials");
        if (c != null && !c.isNull()) {
            String p = at + ".credentials";
            if (!c.isObject()) {
                errors.add(FieldError.of(p, "Type", "must be an object"));
            } else {
                known(c, p, Set.of("helpscoutV2", "helpscoutV1", "helpcrunch"));
                JsonNode v2 = object(c, p, "helpscoutV2", Set.of("clientId", "clientSecret"));
                JsonNode v1 = object(c, p, "helpscoutV1", Set.of("apiKey"));
                JsonNode crunch = object(c, p, "helpcrunch", Set.of("apiKey"));
                credentials = new Pack.Credentials(text(v2, p + ".helpscoutV2", "clientId"),
                        text(v2, p + ".helpscoutV2", "clientSecret"), text(v1, p + ".helpscoutV1", "apiKey"),
                        text(crunch, p + ".helpcrunch", "apiKey"));
            }
        }
        return new Pack.Account(id(n, at), text(n, at, "name"), credentials,
                list(n, at, "users", this::user), list(n, at, "teams", this::team),
                list(n, at, "mailboxes", this::mailbox), list(n, at, "tags", this::tag),
                list(n, at, "organizations", this::organization),
                list(n, at, "customerProperties", this::property), list(n, at, "customers", this::customer),
                list(n, at, "conversations", this::conversation), list(n, at, "webhooks", this::webhook));
    }

    private Pack.User user(JsonNode n, String at) {
        known(n, at, Set.of("id", "firstName", "lastName", "email", "role", "timezone", "jobTitle", "phone"));
        return new Pack.User(id(n, at), text(n, at, "firstName"), text(n, at, "lastName"), text(n, at, "email"),
                text(n, at, "role"), text(n, at, "timezone"), text(n, at, "jobTitle"), text(n, at, "phone"));
    }

    private Pack.Team team(JsonNode n, String at) {
        known(n, at, Set.of("id", "name", "timezone", "members"));
        return new Pack.Team(id(n, at), text(n, at, "name"), text(n, at, "timezone"),
                list(n, at, "members", this::longValue));
    }

    private Pack.Mailbox mailbox(JsonNode n, String at) {
        known(n, at, Set.of("id", "name", "email", "fields"));
        return new Pack.Mailbox(id(n, at), text(n, at, "name"), text(n, at, "email"), list(n, at, "fields",
                (f, p) -> {
                    known(f, p, Set.of("id", "name", "type", "required", "options"));
                    return new Pack.Field(id(f, p), text(f, p, "name"), text(f, p, "type"),
                            bool(f, p, "required"), list(f, p, "options", (o, op) -> {
                                known(o, op, Set.of("id", "label"));
                                return new Pack.FieldOption(id(o, op), text(o, op, "label"));
                            }));
                }));
    }

    private Pack.Tag tag(JsonNode n, String at) {
        known(n, at, Set.of("id", "name", "color"));
        return new Pack.Tag(id(n, at), text(n, at, "name"), text(n, at, "color"));
    }

    private Pack.Organization organization(JsonNode n, String at) {
        known(n, at, Set.of("id", "name", "website", "description", "location", "note", "domains", "phones"));
        return new Pack.Organization(id(n, at), text(n, at, "name"), text(n, at, "website"),
                text(n, at, "description"), text(n, at, "location"), text(n, at, "note"),
                list(n, at, "domains", this::textValue), list(n, at, "phones", this::textValue));
    }

    private Pack.Property property(JsonNode n, String at) {
        known(n, at, Set.of("id", "slug", "name", "type", "options"));
        return new Pack.Property(id(n, at), text(n, at, "slug"), text(n, at, "name"), text(n, at, "type"),
                list(n, at, "options", this::textValue));
    }

    private Pack.Customer customer(JsonNode n, String at) {
        known(n, at, Set.of("id", "firstName", "lastName", "organization", "jobTitle", "location", "background",
                "organizationId", "emails", "phones", "websites", "socialProfiles", "chats", "properties", "tags"));
        return new Pack.Customer(id(n, at), text(n, at, "firstName"), text(n, at, "lastName"),
                text(n, at, "organization"), text(n, at, "jobTitle"), text(n, at, "location"),
                text(n, at, "background"), number(n, at, "organizationId"), list(n, at, "emails", this::entry),
                list(n, at, "phones", this::entry), list(n, at, "websites", this::entry),
                list(n, at, "socialProfiles", this::entry), list(n, at, "chats", this::entry),
                map(n, at, "properties", (v, p) -> scalar(v, p)), list(n, at, "tags", this::textValue));
    }

    private Pack.Entry entry(JsonNode n, String at) {
        if (n.isTextual()) {
            return new Pack.Entry(null, n.asText(), null);
        }
        known(n, at, Set.of("id", "value", "type"));
        return new Pack.Entry(id(n, at), text(n, at, "value"), text(n, at, "type"));
    }

    private Pack.Conversation conversation(JsonNode n, String at) {
        known(n, at, Set.of("id", "number", "mailboxId", "customerId", "subject", "status", "type", "assigneeId",
                "createdAt", "tags", "fields", "threads"));
        Map<String, String> rawFields = map(n, at, "fields", (v, p) -> scalar(v, p));
        Map<Long, String> fields = new LinkedHashMap<>();
        rawFields.forEach((key, value) -> {
            try {
                fields.put(Long.valueOf(key), value);
            } catch (NumberFormatException e) {
                errors.add(FieldError.of(at + ".fields." + key, "Type", "must be keyed by the mailbox field's id"));
            }
        });
        return new Pack.Conversation(id(n, at), number(n, at, "number"), number(n, at, "mailboxId"),
                number(n, at, "customerId"), text(n, at, "subject"), text(n, at, "status"), text(n, at, "type"),
                number(n, at, "assigneeId"), instant(n, at, "createdAt"), list(n, at, "tags", this::textValue),
                fields, list(n, at, "threads", this::thread));
    }

    private Pack.Thread thread(JsonNode n, String at) {
        known(n, at, Set.of("id", "type", "body", "userId", "customerId", "createdAt", "attachments"));
        return new Pack.Thread(id(n, at), text(n, at, "type"), text(n, at, "body"), number(n, at, "userId"),
                number(n, at, "customerId"), instant(n, at, "createdAt"), list(n, at, "attachments", (f, p) -> {
                    known(f, p, Set.of("id", "fileName", "mimeType", "data"));
                    String data = text(f, p, "data");
                    byte[] bytes = null;
                    if (data != null) {
                        try {
                            bytes = Base64.getMimeDecoder().decode(data);
                        } catch (IllegalArgumentException e) {
                            errors.add(FieldError.of(p + ".data", "Base64", "must be the file's bytes in base64"));
                        }
                    }
                    return new Pack.Attachment(id(f, p), text(f, p, "fileName"), text(f, p, "mimeType"), bytes);
                }));
    }

    private Pack.Webhook webhook(JsonNode n, String at) {
        known(n, at, Set.of("id", "dialect", "url", "events", "secret", "mailboxIds"));
        return new Pack.Webhook(id(n, at), text(n, at, "dialect"), text(n, at, "url"),
                list(n, at, "events", this::textValue), text(n, at, "secret"),
                list(n, at, "mailboxIds", this::longValue));
    }

    // --- shapes ---

    private void known(JsonNode n, String at, Set<String> names) {
        if (!n.isObject()) {
            errors.add(FieldError.of(at, "Type", "must be an object"));
            return;
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!names.contains(name)) {
                errors.add(FieldError.of(join(at, name), "Unknown", "is not a field of a fixture pack"));
            }
        }
    }

    private JsonNode object(JsonNode parent, String at, String name, Set<String> names) {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isObject()) {
            errors.add(FieldError.of(join(at, name), "Type", "must be an object"));
            return null;
        }
        known(n, join(at, name), names);
        return n;
    }

    private <T> List<T> list(JsonNode parent, String at, String name, BiFunction<JsonNode, String, T> item) {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) {
            return List.of();
        }
        String path = join(at, name);
        if (!n.isArray()) {
            errors.add(FieldError.of(path, "Type", "must be a list"));
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            JsonNode element = n.get(i);
            String p = path + "[" + i + "]";
            if (element.isNull()) {
                errors.add(FieldError.of(p, "NotNull", "may not be null"));
                continue;
            }
            T value = item.apply(element, p);
            if (value != null) {
                out.add(value);
            }
        }
        return out;
    }

    private <T> Map<String, T> map(JsonNode parent, String at, String name, BiFunction<JsonNode, String, T> value) {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) {
            return Map.of();
        }
        String path = join(at, name);
        if (!n.isObject()) {
            errors.add(FieldError.of(path, "Type", "must be an object"));
            return Map.of();
        }
        Map<String, T> out = new LinkedHashMap<>();
        n.fields().forEachRemaining(e -> {
            T v = value.apply(e.getValue(), path + "." + e.getKey());
            if (v != null) {
                out.put(e.getKey(), v);
            }
        });
        return out;
    }

    private Long id(JsonNode n, String at) {
        return number(n, at, "id");
    }

    private Long number(JsonNode parent, String at, String name) {
        JsonNode n = parent == null || !parent.isObject() ? null : parent.get(name);
        return n == null || n.isNull() ? null : longValue(n, join(at, name));
    }

    private Long longValue(JsonNode n, String at) {
        if (!n.canConvertToLong() || !n.isIntegralNumber()) {
            errors.add(FieldError.of(at, "Type", "must be an integer"));
            return null;
        }
        return n.asLong();
    }

    private String text(JsonNode parent, String at, String name) {
        JsonNode n = parent == null || !parent.isObject() ? null : parent.get(name);
        return n == null || n.isNull() ? null : textValue(n, join(at, name));
    }

    private String textValue(JsonNode n, String at) {
        if (!n.isTextual()) {
            errors.add(FieldError.of(at, "Type", "must be a string"));
            return null;
        }
        return n.asText();
    }

    /** A property or field value: a string, or a number or boolean taken as its text. */
    private String scalar(JsonNode n, String at) {
        if (!n.isValueNode() || n.isNull()) {
            errors.add(FieldError.of(at, "Type", "must be a string, number or boolean"));
            return null;
        }
        return n.asText();
    }

    private boolean bool(JsonNode parent, String at, String name) {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) {
            return false;
        }
        if (!n.isBoolean()) {
            errors.add(FieldError.of(join(at, name), "Type", "must be true or false"));
            return false;
        }
        return n.asBoolean();
    }

    private Instant instant(JsonNode parent, String at, String name) {
        String text = text(parent, at, name);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(join(at, name), "Instant", "must be an ISO-8601 instant such as"
                    + " 2030-01-01T00:00:00Z", text));
            return null;
        }
    }

    private static String join(String at, String name) {
        return at.isEmpty() ? name : at + "." + name;
    }
}
