package io.frontdesk.sandbox.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.frontdesk.customer.EntryKind;
import io.frontdesk.db.DbVendor;
import io.frontdesk.mailbox.FieldType;
import io.frontdesk.sandbox.fixture.Pack;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Writes one account of a pack as rows, with the ids it carries, one insert at a time (statements kept per column
 * list). The columns a feature derives when it writes through its service (a mailbox's slug, a tag's slug, a
 * conversation's preview, thread count and waiting-since, the number counter, a custom field's value forms) are
 * derived here the same way; the databases' own triggers keep the rest (search indexes, customer counts).
 */
final class FixtureWriter implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final int PREVIEW = 100;

    private final Connection c;
    private final DbVendor vendor;
    private final Map<String, PreparedStatement> statements = new LinkedHashMap<>();

    FixtureWriter(Connection c, DbVendor vendor) {
        this.c = c;
        this.vendor = vendor;
    }

    /** Every row of one account whose entities all carry their ids and defaults. */
    void account(Pack.Account a, long now) throws SQLException {
        long account = a.id();
        insert("accounts", row("id", account, "name", a.name(), "strict_put", false, "created_at", now));
        for (Pack.User u : a.users()) {
            insert("users", row("id", u.id(), "account_id", account, "first_name", u.firstName(),
                    "last_name", u.lastName(), "email", u.email(), "email_lower", u.email().toLowerCase(Locale.ROOT),
                    "role", u.role(), "timezone", u.timezone(), "job_title", u.jobTitle(), "phone", u.phone(),
                    "created_at", now, "updated_at", now));
        }
        for (Pack.Team t : a.teams()) {
            insert("teams", row("id", t.id(), "account_id", account, "name", t.name(), "timezone",
                    t.timezone(), "created_at", now, "updated_at", now));
            for (Long member : t.members()) {
                insert("team_members", row("team_id", t.id(), "user_id", member));
            }
        }
        Map<Long, Pack.Field> fields = new LinkedHashMap<>();
        for (Pack.Mailbox m : a.mailboxes()) {
            byte[] slug = new byte[8];
            RANDOM.nextBytes(slug);
            insert("mailboxes", row("id", m.id(), "account_id", account, "name", m.name(), "slug",
                    HexFormat.of().formatHex(slug), "email", m.email(), "created_at", now, "updated_at", now));
            for (int i = 0; i < m.fields().size(); i++) {
                Pack.Field f = m.fields().get(i);
                fields.put(f.id(), f);
                insert("mailbox_fields", row("id", f.id(), "account_id", account, "mailbox_id", m.id(),
                        "name", f.name(), "type", FieldType.parse(f.type()).name(),
                        "required", f.required(), "sort_order", i + 1, "created_at", now, "updated_at", now));
                for (int o = 0; o < f.options().size(); o++) {
                    Pack.FieldOption option = f.options().get(o);
                    insert("mailbox_field_options", row("id", option.id(), "field_id", f.id(), "label",
                            option.label(), "sort_order", o + 1));
                }
            }
        }
        Map<String, Long> tags = new LinkedHashMap<>();
        for (Pack.Tag t : a.tags()) {
            tags.put(t.name(), t.id());
            insert("tags", row("id", t.id(), "account_id", account, "name", t.name(), "slug", slug(t.name()),
                    "color", t.color(), "created_at", now, "updated_at", now));
        }
        for (Pack.Organization o : a.organizations()) {
            insert("organizations", row("id", o.id(), "account_id", account, "name", o.name(), "website",
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
            insert("customer_property_defs", row("id", p.id(), "account_id", account, "slug", p.slug(),
                    "name", p.name(), "type", p.type(), "options", json(options), "created_at", now));
        }
        for (Pack.Customer cu : a.customers()) {
            insert("customers", row("id", cu.id(), "account_id", account, "first_name", cu.firstName(),
                    "last_name", cu.lastName(), "organization", cu.organization(), "job_title", cu.jobTitle(),
                    "location", cu.location(), "background", cu.background(), "organization_id",
                    cu.organizationId(), "unsubscribed", false, "blocked", false, "created_at", now,
                    "updated_at", now));
            entries(account, cu.id(), EntryKind.EMAIL, cu.emails());
            entries(account, cu.id(), EntryKind.PHONE, cu.phones());
            entries(account, cu.id(), EntryKind.WEBSITE, cu.websites());
            entries(account, cu.id(), EntryKind.SOCIAL_PROFILE, cu.socialProfiles());
            entries(account, cu.id(), EntryKind.CHAT, cu.chats());
            for (Map.Entry<String, String> value : new TreeMap<>(cu.properties()).entrySet()) {
                Pack.Property p = properties.get(value.getKey());
                String stored = "dropdown".equals(p.type()) ? optionIds.get(p.slug()).get(value.getValue())
                        : value.getValue();
                insert("customer_property_values", row("customer_id", cu.id(), "def_id", p.id(), "value",
                        stored, "value_kind", "number".equals(p.type()) ? "NUMBER" : "STRING"));
            }
            for (String tag : cu.tags()) {
                insert("customer_tags", row("customer_id", cu.id(), "tag_id", tags.get(tag)));
            }
        }
        long highestNumber = 0;
        for (Pack.Conversation cv : a.conversations()) {
            conversation(account, cv, fields, tags);
            highestNumber = Math.max(highestNumber, cv.number());
        }
        if (highestNumber > 0) {
            insert("conversation_counters", row("account_id", account, "last_number", highestNumber));
        }
    }

    private void entries(long account, long customer, EntryKind kind, List<Pack.Entry> entries)
            throws SQLException {
        for (Pack.Entry e : entries) {
            String lower = e.value().toLowerCase(Locale.ROOT);
            insert("customer_entries", row("id", e.id(), "account_id", account, "customer_id", customer,
                    "kind", kind.stored(), "value", e.value(), "value_lower", lower, "value_domain",
                    kind == EntryKind.EMAIL ? lower.substring(lower.indexOf('@') + 1) : null, "type", e.type()));
        }
    }

    private void conversation(long account, Pack.Conversation cv, Map<Long, Pack.Field> fields,
                                     Map<String, Long> tags) throws SQLException {
        List<Pack.Thread> threads = cv.threads().stream()
                .sorted(Comparator.comparing(Pack.Thread::createdAt).thenComparing(Pack.Thread::id))
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
        insert("conversations", row("id", cv.id(), "account_id", account, "number", cv.number(),
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
            insert("threads", row("id", t.id(), "account_id", account, "conversation_id", cv.id(),
                    "type", t.type(), "state", "published", "status", "nochange", "body", t.body(),
                    "customer_id", t.customerId(), "created_by_type", fromCustomer ? "customer" : "user",
                    "created_by_id", fromCustomer ? t.customerId() : t.userId(), "to_list", "[]", "cc", "[]",
                    "bcc", "[]", "imported", false, "created_at", t.createdAt().toEpochMilli(),
                    "updated_at", t.createdAt().toEpochMilli()));
            for (Pack.Attachment f : t.attachments()) {
                insert("attachments", row("id", f.id(), "account_id", account, "conversation_id", cv.id(),
                        "thread_id", t.id(), "file_name", f.fileName(), "mime_type", f.mimeType(), "size",
                        (long) f.data().length, "data", f.data(), "created_at", t.createdAt().toEpochMilli()));
            }
        }
        for (String tag : cv.tags()) {
            insert("conversation_tags", row("conversation_id", cv.id(), "tag_id", tags.get(tag)));
        }
        for (Map.Entry<Long, String> value : new TreeMap<>(cv.fields()).entrySet()) {
            Pack.Field field = fields.get(value.getKey());
            String stored = value.getValue().trim();
            Double number = null;
            if (field.type().equals("dropdown")) {
                stored = String.valueOf(field.options().stream().filter(o -> o.label().equals(value.getValue()))
                        .findFirst().orElseThrow().id());
            } else if (field.type().equals("number")) {
                number = Double.valueOf(stored);
            }
            insert("conversation_field_values", row("conversation_id", cv.id(), "field_id", field.id(),
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

    private void insert(String table, Map<String, Object> row) throws SQLException {
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
