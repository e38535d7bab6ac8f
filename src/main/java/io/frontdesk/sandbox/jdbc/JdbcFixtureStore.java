package io.frontdesk.sandbox.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.frontdesk.customer.EntryKind;
import io.frontdesk.db.Database;
import io.frontdesk.db.DbVendor;
import io.frontdesk.sandbox.fixture.FixtureStore;
import io.frontdesk.sandbox.fixture.Pack;
import io.frontdesk.sandbox.fixture.PackIds;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * {@link FixtureStore} on both databases: plain inserts with the ids the pack carries, in the caller's transaction.
 * The columns a feature derives when it writes through its service (a tag's slug, a conversation's preview and thread
 * count, the number counter) are derived here the same way; the databases' own triggers keep the rest (search indexes,
 * customer counts).
 */
public final class JdbcFixtureStore implements FixtureStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final int PREVIEW = 100;

    /** The table holding each kind's ids; users and teams share the users' sequence. */
    static final Map<PackIds.Kind, String> TABLES = Map.ofEntries(
            Map.entry(PackIds.Kind.ACCOUNT, "accounts"), Map.entry(PackIds.Kind.USER, "users"),
            Map.entry(PackIds.Kind.MAILBOX, "mailboxes"), Map.entry(PackIds.Kind.FIELD, "mailbox_fields"),
            Map.entry(PackIds.Kind.FIELD_OPTION, "mailbox_field_options"), Map.entry(PackIds.Kind.TAG, "tags"),
            Map.entry(PackIds.Kind.ORGANIZATION, "organizations"),
            Map.entry(PackIds.Kind.PROPERTY, "customer_property_defs"), Map.entry(PackIds.Kind.CUSTOMER, "customers"),
            Map.entry(PackIds.Kind.ENTRY, "customer_entries"), Map.entry(PackIds.Kind.CONVERSATION, "conversations"),
            Map.entry(PackIds.Kind.THREAD, "threads"), Map.entry(PackIds.Kind.ATTACHMENT, "attachments"),
            Map.entry(PackIds.Kind.WEBHOOK, "webhook_subscriptions"));

    private final Database db;

    public JdbcFixtureStore(Database db) {
        this.db = db;
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T jdbc(Work<T> work) {
        return db.withHandle(h -> {
            try {
                return work.run(h.getConnection());
            } catch (SQLException e) {
                throw new IllegalStateException("fixtures: " + e.getMessage(), e);
            }
        });
    }

    private static List<String> tables(PackIds.Kind kind) {
        return kind == PackIds.Kind.USER ? List.of("users", "teams") : List.of(TABLES.get(kind));
    }

    @Override
    public Set<Long> existing(PackIds.Kind kind, Collection<Long> ids) {
        return jdbc(c -> {
            Set<Long> found = new LinkedHashSet<>();
            String marks = String.join(", ", ids.stream().map(id -> "?").toList());
            for (String table : tables(kind)) {
                try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + table + " WHERE id IN (" + marks
                        + ")")) {
                    int i = 1;
                    for (Long id : ids) {
                        ps.setLong(i++, id);
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            found.add(rs.getLong(1));
                        }
                    }
                }
            }
            return found;
        });
    }

    @Override
    public long highestId(PackIds.Kind kind) {
        return jdbc(c -> {
            long highest = 0;
            for (String table : tables(kind)) {
                highest = Math.max(highest, highest(c, table));
                highest = Math.max(highest, sequence(c, table));
            }
            return highest;
        });
    }

    private static long highest(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM " + table);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Where the table's id sequence stands (0 when it has given out nothing). */
    private long sequence(Connection c, String table) throws SQLException {
        String sql = db.vendor() == DbVendor.POSTGRESQL
                ? "SELECT COALESCE(s.last_value, 0) FROM pg_sequences s"
                + " WHERE format('%I.%I', s.schemaname, s.sequencename) = pg_get_serial_sequence(?, 'id')"
                : "SELECT seq FROM sqlite_sequence WHERE name = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    @Override
    public void renumberWebhook(long from, long to) {
        jdbc(c -> {
            if (from != to) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE webhook_subscriptions SET id = ? WHERE id = ?")) {
                    ps.setLong(1, to);
                    ps.setLong(2, from);
                    ps.executeUpdate();
                }
            }
            // the next subscription the service makes must not take an id the pack gave
            move(c, "webhook_subscriptions", highest(c, "webhook_subscriptions"));
            return null;
        });
    }

    @Override
    public void moveSequences() {
        jdbc(c -> {
            for (PackIds.Kind kind : PackIds.Kind.values()) {
                long highest = 0;
                for (String table : tables(kind)) {
                    highest = Math.max(highest, highest(c, table));
                }
                // teams take their ids from the users' sequence (JdbcTeamStore), so only that one moves
                move(c, TABLES.get(kind), highest);
            }
            return null;
        });
    }

    private void move(Connection c, String table, long highest) throws SQLException {
        if (highest == 0 || sequence(c, table) >= highest) {
            return;
        }
        if (db.vendor() == DbVendor.POSTGRESQL) {
            try (PreparedStatement ps = c.prepareStatement("SELECT setval(pg_get_serial_sequence(?, 'id'), ?, true)")) {
                ps.setString(1, table);
                ps.setLong(2, highest);
                ps.execute();
            }
        } else {
            try (PreparedStatement ps = c.prepareStatement("UPDATE sqlite_sequence SET seq = ? WHERE name = ?")) {
                ps.setLong(1, highest);
                ps.setString(2, table);
                if (ps.executeUpdate() == 0) {
                    try (PreparedStatement insert = c.prepareStatement(
                            "INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)")) {
                        insert.setString(1, table);
                        insert.setLong(2, highest);
                        insert.execute();
                    }
                }
            }
        }
    }

    @Override
    public void insert(Pack.Account a, Instant instant) {
        long now = instant.toEpochMilli();
        long account = a.id();
        jdbc(c -> {
            try (Rows rows = new Rows(c, db.vendor())) {
                write(rows, a, account, now, instant);
            }
            return null;
        });
    }

    private static void write(Rows rows, Pack.Account a, long account, long now, Instant instant)
            throws SQLException {
        {
            rows.insert("accounts", row("id", account, "name", a.name(), "strict_put", false, "created_at", now));
            for (Pack.User u : a.users()) {
                rows.insert("users", row("id", u.id(), "account_id", account, "first_name", u.firstName(),
                        "last_name", u.lastName(), "email", u.email(), "email_lower", u.email().toLowerCase(Locale.ROOT),
                        "role", u.role(), "timezone", u.timezone(), "job_title", u.jobTitle(), "phone", u.phone(),
                        "created_at", now, "updated_at", now));
            }
            for (Pack.Team t : a.teams()) {
                rows.insert("teams", row("id", t.id(), "account_id", account, "name", t.name(), "timezone",
                        t.timezone(), "created_at", now, "updated_at", now));
                for (Long member : t.members()) {
                    rows.insert("team_members", row("team_id", t.id(), "user_id", member));
                }
            }
            Map<Long, Pack.Field> fields = new LinkedHashMap<>();
            for (Pack.Mailbox m : a.mailboxes()) {
                byte[] slug = new byte[8];
                RANDOM.nextBytes(slug);
                rows.insert("mailboxes", row("id", m.id(), "account_id", account, "name", m.name(), "slug",
                        HexFormat.of().formatHex(slug), "email", m.email(), "created_at", now, "updated_at", now));
                for (int i = 0; i < m.fields().size(); i++) {
                    Pack.Field f = m.fields().get(i);
                    fields.put(f.id(), f);
                    rows.insert("mailbox_fields", row("id", f.id(), "account_id", account, "mailbox_id", m.id(),
                            "name", f.name(), "type", io.frontdesk.mailbox.FieldType.parse(f.type()).name(),
                            "required", f.required(), "sort_order", i + 1, "created_at", now, "updated_at", now));
                    for (int o = 0; o < f.options().size(); o++) {
                        Pack.FieldOption option = f.options().get(o);
                        rows.insert("mailbox_field_options", row("id", option.id(), "field_id", f.id(), "label",
                                option.label(), "sort_order", o + 1));
                    }
                }
            }
            Map<String, Long> tags = new LinkedHashMap<>();
            for (Pack.Tag t : a.tags()) {
                tags.put(t.name(), t.id());
                rows.insert("tags", row("id", t.id(), "account_id", account, "name", t.name(), "slug", slug(t.name()),
                        "color", t.color(), "created_at", now, "updated_at", now));
            }
            for (Pack.Organization o : a.organizations()) {
                rows.insert("organizations", row("id", o.id(), "account_id", account, "name", o.name(), "website",
                        o.website(), "description", o.description(), "location", o.location(), "note", o.note(),
                        "domains", json(o.domains()), "phones", json(o.phones()), "created_at", now,
                        "updated_at", now));
            }
            Map<String, Pack.Property> properties = new LinkedHashMap<>();
            Map<String, Map<String, String>> optionIds = new LinkedHashMap<>();
            for (Pack.Property p : a.customerProperties()) {
                properties.put(p.slug(), p);
                List<Map<String, Object>> options = new ArrayList<>();
                Map<String, String> ids = new LinkedHashMap<>();
                for (int i = 0; i < p.options().size(); i++) {
                    String id = UUID.randomUUID().toString();
                    ids.put(p.options().get(i), id);
                    options.add(row("id", id, "order", i + 1, "label", p.options().get(i)));
                }
                optionIds.put(p.slug(), ids);
                rows.insert("customer_property_defs", row("id", p.id(), "account_id", account, "slug", p.slug(),
                        "name", p.name(), "type", p.type(), "options", json(options), "created_at", now));
            }
            for (Pack.Customer cu : a.customers()) {
                rows.insert("customers", row("id", cu.id(), "account_id", account, "first_name", cu.firstName(),
                        "last_name", cu.lastName(), "organization", cu.organization(), "job_title", cu.jobTitle(),
                        "location", cu.location(), "background", cu.background(), "organization_id",
                        cu.organizationId(), "unsubscribed", false, "blocked", false, "created_at", now,
                        "updated_at", now));
                entries(rows, account, cu.id(), EntryKind.EMAIL, cu.emails());
                entries(rows, account, cu.id(), EntryKind.PHONE, cu.phones());
                entries(rows, account, cu.id(), EntryKind.WEBSITE, cu.websites());
                entries(rows, account, cu.id(), EntryKind.SOCIAL_PROFILE, cu.socialProfiles());
                entries(rows, account, cu.id(), EntryKind.CHAT, cu.chats());
                for (Map.Entry<String, String> value : new java.util.TreeMap<>(cu.properties()).entrySet()) {
                    Pack.Property p = properties.get(value.getKey());
                    String stored = "dropdown".equals(p.type()) ? optionIds.get(p.slug()).get(value.getValue())
                            : value.getValue();
                    rows.insert("customer_property_values", row("customer_id", cu.id(), "def_id", p.id(), "value",
                            stored, "value_kind", "number".equals(p.type()) ? "NUMBER" : "STRING"));
                }
                for (String tag : cu.tags()) {
                    rows.insert("customer_tags", row("customer_id", cu.id(), "tag_id", tags.get(tag)));
                }
            }
            long highestNumber = 0;
            for (Pack.Conversation cv : a.conversations()) {
                conversation(rows, account, cv, fields, tags, instant);
                highestNumber = Math.max(highestNumber, cv.number());
            }
            if (highestNumber > 0) {
                rows.insert("conversation_counters", row("account_id", account, "last_number", highestNumber));
            }
        }
    }

    private static void entries(Rows rows, long account, long customer, EntryKind kind, List<Pack.Entry> entries)
            throws SQLException {
        for (Pack.Entry e : entries) {
            String lower = e.value().toLowerCase(Locale.ROOT);
            rows.insert("customer_entries", row("id", e.id(), "account_id", account, "customer_id", customer,
                    "kind", kind.stored(), "value", e.value(), "value_lower", lower, "value_domain",
                    kind == EntryKind.EMAIL ? lower.substring(lower.indexOf('@') + 1) : null, "type", e.type()));
        }
    }

    private static void conversation(Rows rows, long account, Pack.Conversation cv, Map<Long, Pack.Field> fields,
                                     Map<String, Long> tags, Instant now) throws SQLException {
        List<Pack.Thread> threads = cv.threads().stream()
                .sorted(java.util.Comparator.comparing(Pack.Thread::createdAt).thenComparing(Pack.Thread::id))
                .toList();
        // what the conversation shows of its threads, as ThreadSummaries derives it: the newest message's text, who
        // wrote it, and since when the customer waits
        Pack.Thread latest = null;
        Long waiting = null;
        for (Pack.Thread t : threads) {
            boolean message = t.type().equals("customer") || t.type().equals("reply");
            if (!message) {
                continue;
            }
            if (t.type().equals("customer")) {
                if (latest == null || !latest.type().equals("customer")) {
                    waiting = t.createdAt().toEpochMilli();
                }
            } else {
                waiting = null;
            }
            latest = t;
        }
        Pack.Thread first = threads.isEmpty() ? null : threads.get(0);
        boolean byCustomer = first == null || first.type().equals("customer");
        long updated = threads.isEmpty() ? cv.createdAt().toEpochMilli()
                : threads.get(threads.size() - 1).createdAt().toEpochMilli();
        boolean closed = cv.status().equals("closed");
        rows.insert("conversations", row("id", cv.id(), "account_id", account, "number", cv.number(),
                "mailbox_id", cv.mailboxId(), "customer_id", cv.customerId(), "subject", cv.subject(),
                "status", cv.status(), "type", cv.type(), "state", "published", "thread_count", threads.size(),
                "preview", latest == null ? null : preview(latest.body()), "assignee_id", cv.assigneeId(),
                "created_by_type", byCustomer ? "customer" : "user",
                "created_by_id", first == null ? cv.customerId() : byCustomer ? first.customerId() : first.userId(),
                "closed_at", closed ? updated : null, "user_updated_at", updated, "waiting_since", waiting,
                "latest_reply_from", latest == null ? null : latest.type().equals("customer") ? "customer" : "user",
                "cc", "[]", "bcc", "[]", "imported", false, "created_at", cv.createdAt().toEpochMilli(),
                "updated_at", updated));
        for (Pack.Thread t : threads) {
            boolean fromCustomer = t.type().equals("customer");
            rows.insert("threads", row("id", t.id(), "account_id", account, "conversation_id", cv.id(),
                    "type", t.type(), "state", "published", "status", "nochange", "body", t.body(),
                    "customer_id", t.customerId(), "created_by_type", fromCustomer ? "customer" : "user",
                    "created_by_id", fromCustomer ? t.customerId() : t.userId(), "to_list", "[]", "cc", "[]",
                    "bcc", "[]", "imported", false, "created_at", t.createdAt().toEpochMilli(),
                    "updated_at", t.createdAt().toEpochMilli()));
            for (Pack.Attachment f : t.attachments()) {
                rows.insert("attachments", row("id", f.id(), "account_id", account, "conversation_id", cv.id(),
                        "thread_id", t.id(), "file_name", f.fileName(), "mime_type", f.mimeType(), "size",
                        (long) f.data().length, "data", f.data(), "created_at", t.createdAt().toEpochMilli()));
            }
        }
        for (String tag : cv.tags()) {
            rows.insert("conversation_tags", row("conversation_id", cv.id(), "tag_id", tags.get(tag)));
        }
        for (Map.Entry<Long, String> value : new java.util.TreeMap<>(cv.fields()).entrySet()) {
            Pack.Field field = fields.get(value.getKey());
            String stored = value.getValue().trim();
            Double number = null;
            if (field.type().equals("dropdown")) {
                stored = String.valueOf(field.options().stream().filter(o -> o.label().equals(value.getValue()))
                        .findFirst().orElseThrow().id());
            } else if (field.type().equals("number")) {
                number = Double.valueOf(stored);
            }
            rows.insert("conversation_field_values", row("conversation_id", cv.id(), "field_id", field.id(),
                    "value", stored, "value_lower", stored.toLowerCase(Locale.ROOT), "value_number", number));
        }
    }

    /** As conversation.Previews: tags out, entities decoded, blanks collapsed, cut at 100 characters. */
    static String preview(String text) {
        String stripped = TAG.matcher(text).replaceAll(" ").replace("&nbsp;", " ").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        String plain = SPACE.matcher(stripped).replaceAll(" ").trim();
        if (plain.length() <= PREVIEW) {
            return plain;
        }
        int end = Character.isHighSurrogate(plain.charAt(PREVIEW - 1)) ? PREVIEW - 1 : PREVIEW;
        return plain.substring(0, end);
    }

    /** As TagService.slug. */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "tag" : slug;
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Column name, value, column name, value, …; in order, nulls kept. */
    static Map<String, Object> row(Object... pairs) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((String) pairs[i], pairs[i + 1]);
        }
        return row;
    }

    @Override
    public Optional<Pack.Account> export(long accountId) {
        return jdbc(c -> new FixtureExport(c).account(accountId));
    }

    /** Inserts one row at a time, statements cached per column list. */
    private static final class Rows implements AutoCloseable {

        private final Connection c;
        private final DbVendor vendor;
        private final Map<String, PreparedStatement> statements = new LinkedHashMap<>();

        Rows(Connection c, DbVendor vendor) {
            this.c = c;
            this.vendor = vendor;
        }

        void insert(String table, Map<String, Object> row) throws SQLException {
            String columns = String.join(", ", row.keySet());
            String key = table + "(" + columns + ")";
            PreparedStatement ps = statements.get(key);
            if (ps == null) {
                // an identity column GENERATED ALWAYS takes an explicit id only when told to
                String overriding = vendor == DbVendor.POSTGRESQL && row.containsKey("id")
                        ? " OVERRIDING SYSTEM VALUE" : "";
                ps = c.prepareStatement("INSERT INTO " + table + " (" + columns + ")" + overriding + " VALUES ("
                        + String.join(", ", row.keySet().stream().map(k -> "?").toList()) + ")");
                statements.put(key, ps);
            }
            int i = 1;
            for (Object value : row.values()) {
                ps.setObject(i++, value);
            }
            ps.executeUpdate();
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement ps : statements.values()) {
                ps.close();
            }
        }
    }
}
