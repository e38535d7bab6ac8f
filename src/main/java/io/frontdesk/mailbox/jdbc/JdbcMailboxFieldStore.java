package io.frontdesk.mailbox.jdbc;

import io.frontdesk.db.Database;
import io.frontdesk.mailbox.FieldOption;
import io.frontdesk.mailbox.FieldType;
import io.frontdesk.mailbox.MailboxField;
import io.frontdesk.mailbox.MailboxFieldStore;
import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link MailboxFieldStore} on SQLite and PostgreSQL alike; the type is stored as the enum's name. */
public final class JdbcMailboxFieldStore implements MailboxFieldStore {

    private final Database db;

    public JdbcMailboxFieldStore(Database db) {
        this.db = db;
    }

    @Override
    public MailboxField create(long accountId, long mailboxId, String name, FieldType type, boolean required,
                               int order, List<String> optionLabels, Instant now) {
        return db.withHandle(h -> {
            long id = h.createQuery("""
                            INSERT INTO mailbox_fields (account_id, mailbox_id, name, type, required, sort_order,
                                                        created_at, updated_at)
                            VALUES (:account, :mailbox, :name, :type, :required, :order, :now, :now) RETURNING id""")
                    .bind("account", accountId).bind("mailbox", mailboxId).bind("name", name)
                    .bind("type", type.name()).bind("required", required).bind("order", order)
                    .bind("now", now.toEpochMilli()).mapTo(Long.class).one();
            List<FieldOption> options = new ArrayList<>();
            for (int i = 0; i < optionLabels.size(); i++) {
                int optionOrder = i + 1;
                long optionId = h.createQuery("""
                                INSERT INTO mailbox_field_options (field_id, label, sort_order)
                                VALUES (:field, :label, :order) RETURNING id""")
                        .bind("field", id).bind("label", optionLabels.get(i)).bind("order", optionOrder)
                        .mapTo(Long.class).one();
                options.add(new FieldOption(optionId, optionOrder, optionLabels.get(i)));
            }
            return new MailboxField(id, mailboxId, name, type, required, order, options);
        });
    }

    @Override
    public Map<Long, List<MailboxField>> listByMailbox(long accountId, Collection<Long> mailboxIds) {
        if (mailboxIds.isEmpty()) {
            return Map.of();
        }
        return db.withHandle(h -> {
            List<Row> rows = h.createQuery("""
                            SELECT id, mailbox_id, name, type, required, sort_order FROM mailbox_fields
                            WHERE account_id = :account AND mailbox_id IN (<mailboxes>)
                            ORDER BY mailbox_id, sort_order, id""")
                    .bind("account", accountId).bindList("mailboxes", List.copyOf(mailboxIds))
                    .map((rs, ctx) -> new Row(rs.getLong("id"), rs.getLong("mailbox_id"), rs.getString("name"),
                            FieldType.valueOf(rs.getString("type")), rs.getBoolean("required"),
                            rs.getInt("sort_order")))
                    .list();
            Map<Long, List<FieldOption>> options = options(h, rows);
            Map<Long, List<MailboxField>> fields = new LinkedHashMap<>();
            for (Row row : rows) {
                fields.computeIfAbsent(row.mailboxId(), k -> new ArrayList<>()).add(new MailboxField(row.id(),
                        row.mailboxId(), row.name(), row.type(), row.required(), row.order(),
                        options.getOrDefault(row.id(), List.of())));
            }
            fields.replaceAll((mailbox, list) -> List.copyOf(list));
            return fields;
        });
    }

    /** The options of all these fields in one query, by field id. */
    private static Map<Long, List<FieldOption>> options(Handle h, List<Row> rows) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<FieldOption>> options = new LinkedHashMap<>();
        h.createQuery("""
                        SELECT id, field_id, label, sort_order FROM mailbox_field_options
                        WHERE field_id IN (<fields>) ORDER BY field_id, sort_order, id""")
                .bindList("fields", rows.stream().map(Row::id).toList())
                .map((rs, ctx) -> Map.entry(rs.getLong("field_id"),
                        new FieldOption(rs.getLong("id"), rs.getInt("sort_order"), rs.getString("label"))))
                .forEach(entry -> options.computeIfAbsent(entry.getKey(), k -> new ArrayList<>())
                        .add(entry.getValue()));
        return options;
    }

    private record Row(long id, long mailboxId, String name, FieldType type, boolean required, int order) {
    }
}
