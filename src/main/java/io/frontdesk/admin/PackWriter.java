package io.frontdesk.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontdesk.sandbox.fixture.Pack;
import io.frontdesk.web.Json;

import java.util.Base64;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A pack as {@link PackReader} reads it: fields in a fixed order, absent values and empty lists left out, so an
 * export is short and two exports of the same data are equal text.
 */
public final class PackWriter {

    private PackWriter() {
    }

    public static ObjectNode write(Pack pack) {
        ObjectNode root = Json.object();
        list(root, "accounts", pack.accounts(), PackWriter::account);
        return root;
    }

    private static void account(ObjectNode n, Pack.Account a) {
        put(n, "id", a.id());
        put(n, "name", a.name());
        Pack.Credentials c = a.credentials();
        if (!c.equals(Pack.Credentials.NONE)) {
            ObjectNode credentials = n.putObject("credentials");
            if (c.helpscoutV2ClientId() != null || c.helpscoutV2ClientSecret() != null) {
                ObjectNode v2 = credentials.putObject("helpscoutV2");
                put(v2, "clientId", c.helpscoutV2ClientId());
                put(v2, "clientSecret", c.helpscoutV2ClientSecret());
            }
            if (c.helpscoutV1ApiKey() != null) {
                credentials.putObject("helpscoutV1").put("apiKey", c.helpscoutV1ApiKey());
            }
            if (c.helpcrunchApiKey() != null) {
                credentials.putObject("helpcrunch").put("apiKey", c.helpcrunchApiKey());
            }
        }
        list(n, "users", a.users(), (o, u) -> {
            put(o, "id", u.id());
            put(o, "firstName", u.firstName());
            put(o, "lastName", u.lastName());
            put(o, "email", u.email());
            put(o, "role", u.role());
            put(o, "timezone", u.timezone());
            put(o, "jobTitle", u.jobTitle());
            put(o, "phone", u.phone());
        });
        list(n, "teams", a.teams(), (o, t) -> {
            put(o, "id", t.id());
            put(o, "name", t.name());
            put(o, "timezone", t.timezone());
            if (!t.members().isEmpty()) {
                ArrayNode members = o.putArray("members");
                t.members().forEach(members::add);
            }
        });
        list(n, "mailboxes", a.mailboxes(), (o, m) -> {
            put(o, "id", m.id());
            put(o, "name", m.name());
            put(o, "email", m.email());
            list(o, "fields", m.fields(), (fo, f) -> {
                put(fo, "id", f.id());
                put(fo, "name", f.name());
                put(fo, "type", f.type());
                fo.put("required", f.required());
                list(fo, "options", f.options(), (oo, option) -> {
                    put(oo, "id", option.id());
                    put(oo, "label", option.label());
                });
            });
        });
        list(n, "tags", a.tags(), (o, t) -> {
            put(o, "id", t.id());
            put(o, "name", t.name());
            put(o, "color", t.color());
        });
        list(n, "organizations", a.organizations(), (o, org) -> {
            put(o, "id", org.id());
            put(o, "name", org.name());
            put(o, "website", org.website());
            put(o, "description", org.description());
            put(o, "location", org.location());
            put(o, "note", org.note());
            strings(o, "domains", org.domains());
            strings(o, "phones", org.phones());
        });
        list(n, "customerProperties", a.customerProperties(), (o, p) -> {
            put(o, "id", p.id());
            put(o, "slug", p.slug());
            put(o, "name", p.name());
            put(o, "type", p.type());
            strings(o, "options", p.options());
        });
        list(n, "customers", a.customers(), PackWriter::customer);
        list(n, "conversations", a.conversations(), PackWriter::conversation);
        list(n, "webhooks", a.webhooks(), (o, w) -> {
            put(o, "id", w.id());
            put(o, "dialect", w.dialect());
            put(o, "url", w.url());
            strings(o, "events", w.events());
            put(o, "secret", w.secret());
            if (!w.mailboxIds().isEmpty()) {
                ArrayNode ids = o.putArray("mailboxIds");
                w.mailboxIds().forEach(ids::add);
            }
        });
    }

    private static void customer(ObjectNode o, Pack.Customer c) {
        put(o, "id", c.id());
        put(o, "firstName", c.firstName());
        put(o, "lastName", c.lastName());
        put(o, "organization", c.organization());
        put(o, "jobTitle", c.jobTitle());
        put(o, "location", c.location());
        put(o, "background", c.background());
        put(o, "organizationId", c.organizationId());
        BiConsumer<ObjectNode, Pack.Entry> entry = (eo, e) -> {
            put(eo, "id", e.id());
            put(eo, "value", e.value());
            put(eo, "type", e.type());
        };
        list(o, "emails", c.emails(), entry);
        list(o, "phones", c.phones(), entry);
        list(o, "websites", c.websites(), entry);
        list(o, "socialProfiles", c.socialProfiles(), entry);
        list(o, "chats", c.chats(), entry);
        if (!c.properties().isEmpty()) {
            ObjectNode properties = o.putObject("properties");
            new java.util.TreeMap<>(c.properties()).forEach(properties::put);
        }
        strings(o, "tags", c.tags());
    }

    private static void conversation(ObjectNode o, Pack.Conversation c) {
        put(o, "id", c.id());
        put(o, "number", c.number());
        put(o, "mailboxId", c.mailboxId());
        put(o, "customerId", c.customerId());
        put(o, "subject", c.subject());
        put(o, "status", c.status());
        put(o, "type", c.type());
        put(o, "assigneeId", c.assigneeId());
        put(o, "createdAt", c.createdAt() == null ? null : c.createdAt().toString());
        strings(o, "tags", c.tags());
        if (!c.fields().isEmpty()) {
            ObjectNode fields = o.putObject("fields");
            new java.util.TreeMap<>(c.fields()).forEach((id, value) -> fields.put(String.valueOf(id), value));
        }
        list(o, "threads", c.threads(), (to, t) -> {
            put(to, "id", t.id());
            put(to, "type", t.type());
            put(to, "body", t.body());
            put(to, "userId", t.userId());
            put(to, "customerId", t.customerId());
            put(to, "createdAt", t.createdAt() == null ? null : t.createdAt().toString());
            list(to, "attachments", t.attachments(), (fo, f) -> {
                put(fo, "id", f.id());
                put(fo, "fileName", f.fileName());
                put(fo, "mimeType", f.mimeType());
                put(fo, "data", f.data() == null ? null : Base64.getEncoder().encodeToString(f.data()));
            });
        });
    }

    private static <T> void list(ObjectNode parent, String name, List<T> items, BiConsumer<ObjectNode, T> write) {
        if (items.isEmpty() && !name.equals("accounts")) {
            return;
        }
        ArrayNode array = parent.putArray(name);
        items.forEach(item -> write.accept(array.addObject(), item));
    }

    private static void strings(ObjectNode parent, String name, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode array = parent.putArray(name);
            values.forEach(array::add);
        }
    }

    private static void put(ObjectNode n, String name, Object value) {
        if (value instanceof Long l) {
            n.put(name, l);
        } else if (value != null) {
            n.put(name, value.toString());
        }
    }
}
