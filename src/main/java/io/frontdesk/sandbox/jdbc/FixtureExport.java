package io.frontdesk.sandbox.jdbc;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.frontdesk.mailbox.FieldType;
import io.frontdesk.sandbox.fixture.Pack;
import io.frontdesk.sandbox.fixture.PackIds;
import io.frontdesk.webhook.WebhookDialect;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads one account back as a pack, every entity with its id, in id order, so that exporting the same data twice
 * gives the same pack. Left out: credentials (only their hashes are stored), deleted users and customers, line-item
 * threads (the core writes them; no pack can), and everything that is history rather than state (events, webhook
 * deliveries, report facts).
 */
final class FixtureExport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection c;

    FixtureExport(Connection c) {
        this.c = c;
    }

    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, long param, RowReader<T> reader) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(reader.read(rs));
                }
                return out;
            }
        }
    }

    Optional<Pack.Account> account(long id) throws SQLException {
        List<String> names = query("SELECT name FROM accounts WHERE id = ?", id, rs -> rs.getString(1));
        if (names.isEmpty()) {
            return Optional.empty();
        }
        List<Pack.User> users = query("SELECT * FROM users WHERE account_id = ? AND deleted_at IS NULL ORDER BY id",
                id, rs -> new Pack.User(rs.getLong("id"), rs.getString("first_name"), rs.getString("last_name"),
                        rs.getString("email"), rs.getString("role"), rs.getString("timezone"),
                        rs.getString("job_title"), rs.getString("phone")));
        // a deleted user is not exported, so what names one names nobody (an assignee) or the owner (an author)
        java.util.Set<Long> exportedUsers = new java.util.HashSet<>(users.stream().map(Pack.User::id).toList());
        Map<Long, List<Long>> members = group(query("SELECT m.team_id, m.user_id FROM team_members m"
                + " JOIN teams t ON t.id = m.team_id JOIN users u ON u.id = m.user_id"
                + " WHERE t.account_id = ? AND u.deleted_at IS NULL ORDER BY m.team_id, m.user_id", id,
                rs -> Map.entry(rs.getLong(1), rs.getLong(2))));
        List<Pack.Team> teams = query("SELECT * FROM teams WHERE account_id = ? ORDER BY id", id,
                rs -> new Pack.Team(rs.getLong("id"), rs.getString("name"), rs.getString("timezone"),
                        members.getOrDefault(rs.getLong("id"), List.of())));

        Map<Long, List<Pack.FieldOption>> options = group(query("SELECT o.field_id, o.id, o.label"
                + " FROM mailbox_field_options o JOIN mailbox_fields f ON f.id = o.field_id WHERE f.account_id = ?"
                + " ORDER BY o.field_id, o.sort_order, o.id", id,
                rs -> Map.entry(rs.getLong(1), new Pack.FieldOption(rs.getLong(2), rs.getString(3)))));
        Map<Long, Pack.Field> fieldsById = new LinkedHashMap<>();
        Map<Long, List<Pack.Field>> fields = group(query("SELECT * FROM mailbox_fields WHERE account_id = ?"
                + " ORDER BY mailbox_id, sort_order, id", id, rs -> {
                    Pack.Field f = new Pack.Field(rs.getLong("id"), rs.getString("name"),
                            FieldType.valueOf(rs.getString("type")).token(), rs.getBoolean("required"),
                            options.getOrDefault(rs.getLong("id"), List.of()));
                    fieldsById.put(f.id(), f);
                    return Map.entry(rs.getLong("mailbox_id"), f);
                }));
        List<Pack.Mailbox> mailboxes = query("SELECT * FROM mailboxes WHERE account_id = ? ORDER BY id", id,
                rs -> new Pack.Mailbox(rs.getLong("id"), rs.getString("name"), rs.getString("email"),
                        fields.getOrDefault(rs.getLong("id"), List.of())));
        List<Pack.Tag> tags = query("SELECT * FROM tags WHERE account_id = ? ORDER BY id", id,
                rs -> new Pack.Tag(rs.getLong("id"), rs.getString("name"), rs.getString("color")));
        List<Pack.Organization> organizations = query("SELECT * FROM organizations WHERE account_id = ? ORDER BY id",
                id, rs -> new Pack.Organization(rs.getLong("id"), rs.getString("name"), rs.getString("website"),
                        rs.getString("description"), rs.getString("location"), rs.getString("note"),
                        strings(rs.getString("domains")), strings(rs.getString("phones"))));

        Map<Long, String> slugs = new LinkedHashMap<>();
        Map<Long, Map<String, String>> optionLabels = new LinkedHashMap<>();
        List<Pack.Property> properties = query("SELECT * FROM customer_property_defs WHERE account_id = ?"
                + " ORDER BY id", id, rs -> {
                    List<Map<String, Object>> stored = read(rs.getString("options"), new TypeReference<>() { });
                    Map<String, String> labels = new LinkedHashMap<>();
                    stored.forEach(o -> labels.put(String.valueOf(o.get("id")), String.valueOf(o.get("label"))));
                    slugs.put(rs.getLong("id"), rs.getString("slug"));
                    optionLabels.put(rs.getLong("id"), labels);
                    return new Pack.Property(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
                            rs.getString("type"), List.copyOf(labels.values()));
                });
        Map<Long, Map<String, String>> values = new LinkedHashMap<>();
        query("SELECT v.customer_id, v.def_id, v.value FROM customer_property_values v"
                + " JOIN customers cu ON cu.id = v.customer_id WHERE cu.account_id = ?", id, rs -> {
                    long def = rs.getLong(2);
                    String value = rs.getString(3);
                    String shown = optionLabels.getOrDefault(def, Map.of()).getOrDefault(value, value);
                    values.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(slugs.get(def), shown);
                    return null;
                });
        Map<Long, List<String>> customerTags = group(query("SELECT ct.customer_id, t.name FROM customer_tags ct"
                + " JOIN tags t ON t.id = ct.tag_id WHERE t.account_id = ? ORDER BY ct.customer_id, t.id", id,
                rs -> Map.entry(rs.getLong(1), rs.getString(2))));
        Map<Long, Map<String, List<Pack.Entry>>> entries = new LinkedHashMap<>();
        query("SELECT * FROM customer_entries WHERE account_id = ? ORDER BY id", id, rs -> {
            entries.computeIfAbsent(rs.getLong("customer_id"), k -> new LinkedHashMap<>())
                    .computeIfAbsent(rs.getString("kind"), k -> new ArrayList<>())
                    .add(new Pack.Entry(rs.getLong("id"), rs.getString("value"), rs.getString("type")));
            return null;
        });
        List<Pack.Customer> customers = query("SELECT * FROM customers WHERE account_id = ? AND deleted_at IS NULL"
                + " ORDER BY id", id, rs -> {
                    long customer = rs.getLong("id");
                    Map<String, List<Pack.Entry>> own = entries.getOrDefault(customer, Map.of());
                    long organization = rs.getLong("organization_id");
                    Long organizationId = rs.wasNull() ? null : organization;
                    return new Pack.Customer(customer, rs.getString("first_name"), rs.getString("last_name"),
                            rs.getString("organization"), rs.getString("job_title"), rs.getString("location"),
                            rs.getString("background"), organizationId,
                            own.getOrDefault("email", List.of()), own.getOrDefault("phone", List.of()),
                            own.getOrDefault("website", List.of()), own.getOrDefault("social", List.of()),
                            own.getOrDefault("chat", List.of()), values.getOrDefault(customer, Map.of()),
                            customerTags.getOrDefault(customer, List.of()));
                });

        Map<Long, List<Pack.Attachment>> attachments = group(query("SELECT thread_id, id, file_name, mime_type, data"
                + " FROM attachments WHERE account_id = ? ORDER BY thread_id, id", id,
                rs -> Map.entry(rs.getLong(1), new Pack.Attachment(rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getBytes(5)))));
        Map<Long, List<Pack.Thread>> threads = group(query("SELECT * FROM threads WHERE account_id = ?"
                + " AND type <> 'lineitem' ORDER BY conversation_id, created_at, id", id, rs -> {
                    boolean byCustomer = "customer".equals(rs.getString("created_by_type"));
                    long author = rs.getLong("created_by_id");
                    long customer = rs.getLong("customer_id");
                    Long customerId = rs.wasNull() ? null : customer;
                    return Map.entry(rs.getLong("conversation_id"), new Pack.Thread(rs.getLong("id"),
                            rs.getString("type"), rs.getString("body"),
                            byCustomer || !exportedUsers.contains(author) ? null : author, customerId,
                            Instant.ofEpochMilli(rs.getLong("created_at")),
                            attachments.getOrDefault(rs.getLong("id"), List.of())));
                }));
        Map<Long, List<String>> conversationTags = group(query("SELECT ct.conversation_id, t.name"
                + " FROM conversation_tags ct JOIN tags t ON t.id = ct.tag_id WHERE t.account_id = ?"
                + " ORDER BY ct.conversation_id, t.id", id, rs -> Map.entry(rs.getLong(1), rs.getString(2))));
        Map<Long, Map<Long, String>> fieldValues = new LinkedHashMap<>();
        query("SELECT v.conversation_id, v.field_id, v.value FROM conversation_field_values v"
                + " JOIN conversations cv ON cv.id = v.conversation_id WHERE cv.account_id = ?", id, rs -> {
                    Pack.Field field = fieldsById.get(rs.getLong(2));
                    if (field != null) {
                        String value = rs.getString(3);
                        String shown = field.options().stream().filter(o -> String.valueOf(o.id()).equals(value))
                                .map(Pack.FieldOption::label).findFirst().orElse(value);
                        fieldValues.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(field.id(), shown);
                    }
                    return null;
                });
        List<Pack.Conversation> conversations = query("SELECT * FROM conversations WHERE account_id = ?"
                + " ORDER BY id", id, rs -> {
                    long conversation = rs.getLong("id");
                    long assignee = rs.getLong("assignee_id");
                    Long assigneeId = rs.wasNull() || !exportedUsers.contains(assignee) ? null : assignee;
                    return new Pack.Conversation(conversation, rs.getLong("number"), rs.getLong("mailbox_id"),
                            rs.getLong("customer_id"), rs.getString("subject"), rs.getString("status"),
                            rs.getString("type"), assigneeId, Instant.ofEpochMilli(rs.getLong("created_at")),
                            conversationTags.getOrDefault(conversation, List.of()),
                            fieldValues.getOrDefault(conversation, Map.of()),
                            threads.getOrDefault(conversation, List.of()));
                });
        List<Pack.Webhook> webhooks = query("SELECT * FROM webhook_subscriptions WHERE account_id = ? ORDER BY id", id,
                rs -> new Pack.Webhook(rs.getLong("id"), PackIds.dialectName(WebhookDialect.valueOf(
                        rs.getString("dialect").toUpperCase(java.util.Locale.ROOT))), rs.getString("url"),
                        split(rs.getString("events")).toList(), rs.getString("secret"),
                        split(rs.getString("mailbox_ids")).map(Long::valueOf).toList()));
        return Optional.of(new Pack.Account(id, names.get(0), Pack.Credentials.NONE, users, teams, mailboxes, tags,
                organizations, properties, customers, conversations, webhooks));
    }

    /** A comma-separated column (events, mailbox ids) as its items; empty text is no item. */
    private static java.util.stream.Stream<String> split(String text) {
        return text == null || text.isBlank() ? java.util.stream.Stream.empty()
                : java.util.Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty());
    }

    private static <K, V> Map<K, List<V>> group(List<Map.Entry<K, V>> pairs) {
        Map<K, List<V>> out = new LinkedHashMap<>();
        pairs.forEach(p -> out.computeIfAbsent(p.getKey(), k -> new ArrayList<>()).add(p.getValue()));
        return out;
    }

    private static List<String> strings(String json) {
        return json == null ? List.of() : read(json, new TypeReference<List<String>>() { });
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (IOException e) {
            throw new IllegalStateException("fixtures: unreadable JSON column", e);
        }
    }
}
