package io.frontdesk.conversation.jdbc;

import io.frontdesk.conversation.Conversation;
import io.frontdesk.conversation.ConversationCriterion;
import io.frontdesk.conversation.ConversationQuery;
import io.frontdesk.conversation.ConversationRow;
import io.frontdesk.conversation.ConversationStore;
import io.frontdesk.conversation.ConversationThread;
import io.frontdesk.conversation.CustomFieldValue;
import io.frontdesk.conversation.FolderStats;
import io.frontdesk.conversation.Snooze;
import io.frontdesk.conversation.StoredFieldValue;
import io.frontdesk.conversation.ThreadSummary;
import io.frontdesk.core.Page;
import io.frontdesk.db.Database;
import io.frontdesk.db.DatabaseFailures;
import io.frontdesk.db.DbVendor;
import io.frontdesk.db.Rows;
import io.frontdesk.db.Statements;
import io.frontdesk.tag.Tag;
import io.frontdesk.tag.jdbc.JdbcTagStore;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@link ConversationStore} on SQLite and PostgreSQL alike. A page loads its rows in one query per table. */
public final class JdbcConversationStore implements ConversationStore {

    private final Database db;

    public JdbcConversationStore(Database db) {
        this.db = db;
    }

    /**
     * Bumps the account's counter row, which PostgreSQL keeps locked until the transaction ends, so concurrent
     * creates of one account queue here and a rolled-back create gives its number back. The counter never falls
     * behind numbers already in the table (rows written directly, as older tests do).
     */
    @Override
    public long nextNumber(long accountId) {
        String greatest = db.vendor() == DbVendor.POSTGRESQL ? "GREATEST" : "max";
        String highest = "(SELECT COALESCE(MAX(number), 0) FROM conversations WHERE account_id = ?)";
        return db.withStatements(s -> s.returningLong("INSERT INTO conversation_counters (account_id, last_number)"
                + " VALUES (?, " + highest + " + 1) ON CONFLICT (account_id) DO UPDATE SET last_number = "
                + greatest + "(conversation_counters.last_number, " + highest + ") + 1 RETURNING last_number",
                List.of(accountId, accountId, accountId)));
    }

    @Override
    public long insert(ConversationRow row, ThreadSummary summary) {
        List<Object> params = concat(Statements.params(row.accountId(), row.number(), row.createdAt().toEpochMilli(),
                row.type().token(), row.createdByType() == null ? null : row.createdByType().token(),
                row.createdById(), row.imported()), rowParams(row), summaryParams(summary));
        return db.withStatements(s -> s.returningLong("INSERT INTO conversations (account_id, number, created_at,"
                + " type, created_by_type, created_by_id, imported, " + ROW_COLUMNS + ", " + SUMMARY_COLUMNS
                + ") VALUES (" + Statements.placeholders(params.size()) + ") RETURNING id", params));
    }

    @Override
    public void update(Conversation before, ConversationRow row) {
        writeChanged(before.id(), ROW_COLUMNS, rowParams(ConversationRow.of(before)), rowParams(row));
    }

    @Override
    public void update(Conversation before, ConversationRow row, ThreadSummary summary) {
        writeChanged(before.id(), ROW_COLUMNS + ", " + SUMMARY_COLUMNS,
                concat(rowParams(ConversationRow.of(before)), summaryParams(ThreadSummary.of(before))),
                concat(rowParams(row), summaryParams(summary)));
    }

    /**
     * Sets the columns whose value differs from the one loaded. Naming an unchanged column is not free: SQLite
     * rewrites the entries of every index on a column the SET names, and fires its UPDATE OF triggers, so a reply that
     * set the whole row wrote pages of indexes it did not change.
     */
    private void writeChanged(long conversationId, String columns, List<Object> loaded, List<Object> wanted) {
        String[] names = columns.split(",");
        List<String> sets = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (!Objects.equals(loaded.get(i), wanted.get(i))) {
                sets.add(names[i].trim() + " = ?");
                params.add(wanted.get(i));
            }
        }
        if (sets.isEmpty()) {
            return;
        }
        params.add(conversationId);
        db.withStatements(s -> s.update("UPDATE conversations SET " + String.join(", ", sets) + " WHERE id = ?",
                params));
    }

    @Override
    public void updateSummary(long conversationId, ThreadSummary summary) {
        db.withStatements(s -> s.update("UPDATE conversations SET " + assignments(SUMMARY_COLUMNS) + " WHERE id = ?",
                concat(summaryParams(summary), List.of(conversationId))));
    }

    /** The columns a change may write, in the order of {@link #rowParams}. */
    private static final String ROW_COLUMNS = "mailbox_id, customer_id, subject, status, state, assignee_id,"
            + " closed_by_id, closed_at, updated_at, user_updated_at";

    /** The columns of a thread summary, in the order of {@link #summaryParams}. */
    private static final String SUMMARY_COLUMNS = "thread_count, preview, waiting_since, latest_reply_from, cc, bcc";

    private static List<Object> rowParams(ConversationRow row) {
        return Statements.params(row.mailboxId(), row.customerId(), row.subject(), row.status().token(),
                row.state().token(), row.assigneeId(), row.closedById(), Rows.millis(row.closedAt()),
                row.updatedAt().toEpochMilli(), Rows.millis(row.userUpdatedAt()));
    }

    private static List<Object> summaryParams(ThreadSummary summary) {
        return Statements.params(summary.threadCount(), summary.preview(), Rows.millis(summary.waitingSince()),
                summary.latestReplyFrom() == null ? null : summary.latestReplyFrom().token(),
                Lists.write(summary.cc()), Lists.write(summary.bcc()));
    }

    /** `a = ?, b = ?` for the columns `a, b`. */
    private static String assignments(String columns) {
        return Arrays.stream(columns.split(",")).map(c -> c.trim() + " = ?").collect(Collectors.joining(", "));
    }

    @SafeVarargs
    private static List<Object> concat(List<? extends Object>... lists) {
        List<Object> all = new ArrayList<>();
        for (List<? extends Object> list : lists) {
            all.addAll(list);
        }
        return all;
    }

    @Override
    public Optional<Conversation> find(long accountId, long conversationId) {
        List<Conversation> found = findAll(accountId, List.of(conversationId), false);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public Optional<Conversation> lock(long accountId, long conversationId) {
        // PostgreSQL locks the conversation's row in the read itself, one round trip; the customer rows the email
        // subquery reads are not locked (OF v). SQLite's transaction already holds the database's one write lock.
        return db.withStatements(s -> s.first(locking(ConversationRows.FOR_WRITE), List.of(accountId, conversationId),
                ConversationRows.CONVERSATION));
    }

    @Override
    public Optional<Locked> lockForThread(long accountId, long conversationId) {
        return db.withStatements(s -> s.first(locking(ConversationRows.FOR_THREAD), List.of(accountId, conversationId),
                (rs, ctx) -> new Locked(ConversationRows.CONVERSATION.map(rs, ctx),
                        Rows.nullableInstant(rs, "newest_thread_at"), rs.getInt("pc_live") == 1)));
    }

    private String locking(String sql) {
        return db.vendor() == DbVendor.POSTGRESQL ? sql + " FOR UPDATE OF v" : sql;
    }

    @Override
    public Page<Conversation> search(long accountId, ConversationQuery query) {
        ConversationSql sql = new ConversationSql(db.vendor(), accountId);
        String where = "v.account_id = " + sql.account() + " AND (" + sql.compile(query.criterion()) + ")";
        String order = ConversationOrder.orderBy(query, sql);
        return DatabaseFailures.search(() -> db.withSnapshotHandle(h -> {
            Query page = h.createQuery("SELECT v.id FROM conversations v WHERE " + where + " ORDER BY " + order
                    + " LIMIT :limit OFFSET :offset");
            sql.params().forEach(page::bind);
            List<Long> ids = page.bind("limit", query.page().size()).bind("offset", query.page().offset())
                    .mapTo(Long.class).list();
            long total = Page.totalFromPage(query.page().offset(), query.page().size(), ids.size()).orElseGet(() -> {
                Query count = h.createQuery("SELECT COUNT(*) FROM conversations v WHERE " + where);
                sql.params().forEach(count::bind);
                return count.mapTo(Long.class).one();
            });
            return new Page<>(findAll(accountId, ids, query.embedThreads()), total, query.page());
        }));
    }

    @Override
    public FolderStats folderStats(long accountId, ConversationCriterion folder, ConversationCriterion active) {
        ConversationSql sql = new ConversationSql(db.vendor(), accountId);
        String where = "v.account_id = " + sql.account() + " AND (" + sql.compile(folder) + ")";
        String activeTest = sql.compile(active);
        return db.withHandle(h -> {
            Query query = h.createQuery("SELECT COUNT(*) AS total, COALESCE(SUM(CASE WHEN " + activeTest
                    + " THEN 1 ELSE 0 END), 0) AS active, MAX(v.updated_at) AS latest FROM conversations v WHERE "
                    + where);
            sql.params().forEach(query::bind);
            return query.map((rs, ctx) -> new FolderStats(rs.getLong("total"), rs.getLong("active"),
                    Rows.nullableInstant(rs, "latest"))).one();
        });
    }

    @Override
    public void replaceTags(long conversationId, List<Long> tagIds) {
        db.withHandle(h -> {
            h.createUpdate("DELETE FROM conversation_tags WHERE conversation_id = :id").bind("id", conversationId)
                    .execute();
            for (Long tagId : tagIds) {
                h.createUpdate("INSERT INTO conversation_tags (conversation_id, tag_id) VALUES (:id, :tag)")
                        .bind("id", conversationId).bind("tag", tagId).execute();
            }
            return null;
        });
    }

    @Override
    public void replaceFieldValues(long conversationId, List<StoredFieldValue> values) {
        db.withHandle(h -> {
            h.createUpdate("DELETE FROM conversation_field_values WHERE conversation_id = :id")
                    .bind("id", conversationId).execute();
            for (StoredFieldValue value : values) {
                h.createUpdate("""
                                INSERT INTO conversation_field_values (conversation_id, field_id, value, value_lower,
                                                                       value_number)
                                VALUES (:id, :field, :value, :lower, :number)""")
                        .bind("id", conversationId).bind("field", value.fieldId()).bind("value", value.value())
                        .bind("lower", value.value().toLowerCase(Locale.ROOT)).bind("number", value.number())
                        .execute();
            }
            return null;
        });
    }

    @Override
    public void retainFieldValues(long conversationId, Collection<Long> keptFieldIds) {
        db.withHandle(h -> keptFieldIds.isEmpty()
                ? h.createUpdate("DELETE FROM conversation_field_values WHERE conversation_id = :id")
                .bind("id", conversationId).execute()
                : h.createUpdate("DELETE FROM conversation_field_values WHERE conversation_id = :id"
                        + " AND field_id NOT IN (<kept>)")
                .bind("id", conversationId).bindList("kept", List.copyOf(keptFieldIds)).execute());
    }

    @Override
    public void setSnooze(long conversationId, Snooze snooze) {
        db.withStatements(s -> s.update("UPDATE conversations SET snoozed_until = ?, snoozed_by = ?,"
                + " unsnooze_on_reply = ? WHERE id = ?", Statements.params(
                snooze == null ? null : snooze.until().toEpochMilli(), snooze == null ? null : snooze.snoozedBy(),
                snooze == null ? null : snooze.unsnoozeOnCustomerReply(), conversationId)));
    }

    @Override
    public void merge(long sourceId, long targetId, Instant now) {
        db.withStatements(s -> {
            s.update("UPDATE threads SET conversation_id = ? WHERE conversation_id = ?",
                    Statements.params(targetId, sourceId));
            s.update("UPDATE attachments SET conversation_id = ? WHERE conversation_id = ?",
                    Statements.params(targetId, sourceId));
            // the survivor gains the tags it lacks, and the values of its mailbox's fields it has none for
            s.update("INSERT INTO conversation_tags (conversation_id, tag_id) SELECT ?, tag_id FROM conversation_tags"
                    + " WHERE conversation_id = ? AND tag_id NOT IN"
                    + " (SELECT tag_id FROM conversation_tags WHERE conversation_id = ?)",
                    Statements.params(targetId, sourceId, targetId));
            s.update("INSERT INTO conversation_field_values (conversation_id, field_id, value, value_lower, value_number)"
                    + " SELECT ?, v.field_id, v.value, v.value_lower, v.value_number FROM conversation_field_values v"
                    + " JOIN mailbox_fields f ON f.id = v.field_id"
                    + " WHERE v.conversation_id = ? AND f.mailbox_id = (SELECT mailbox_id FROM conversations WHERE id = ?)"
                    + " AND v.field_id NOT IN (SELECT field_id FROM conversation_field_values WHERE conversation_id = ?)",
                    Statements.params(targetId, sourceId, targetId, targetId));
            return s.update("UPDATE conversations SET merged_into = ?, merged_at = ?, state = 'deleted',"
                    + " snoozed_until = NULL, snoozed_by = NULL, unsnooze_on_reply = NULL, updated_at = ?"
                    + " WHERE id = ?", Statements.params(targetId, now.toEpochMilli(), now.toEpochMilli(), sourceId));
        });
    }

    /** The conversations with these ids in the given order, with tags, field values and (when asked) threads. */
    private List<Conversation> findAll(long accountId, List<Long> ids, boolean withThreads) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // one snapshot: the row's thread count and the threads embedded with it come from the same state
        return db.withSnapshotHandle(h -> {
            Map<Long, Conversation> rows = h.createQuery(ConversationRows.CONVERSATIONS)
                    .bind("account", accountId).bindList("ids", ids).map(ConversationRows.CONVERSATION).stream()
                    .collect(Collectors.toMap(Conversation::id, Function.identity()));
            Map<Long, List<Tag>> tags = tags(h, ids);
            Map<Long, List<CustomFieldValue>> values = fieldValues(h, ids);
            Map<Long, List<ConversationThread>> threads = withThreads ? JdbcThreadStore.threads(h, ids) : Map.of();
            List<Conversation> conversations = new ArrayList<>();
            for (Long id : ids) {
                Conversation row = rows.get(id);
                if (row == null) {
                    continue;
                }
                Conversation full = new Conversation(row.id(), row.accountId(), row.number(), row.mailboxId(),
                        row.type(), row.status(), row.state(), row.subject(), row.preview(), row.threadCount(),
                        row.imported(), row.primaryCustomer(), row.assignee(), row.createdBy(), row.closedBy(),
                        row.closedAt(), row.createdAt(), row.updatedAt(), row.userUpdatedAt(), row.waitingSince(),
                        row.latestReplyFrom(), row.cc(), row.bcc(), tags.getOrDefault(id, List.of()),
                        values.getOrDefault(id, List.of()),
                        withThreads ? threads.getOrDefault(id, List.of()) : null, row.snooze(),
                        row.nextSchedule(), row.merged());
                conversations.add(full);
            }
            return conversations;
        });
    }

    private static Map<Long, List<Tag>> tags(Handle h, List<Long> ids) {
        Map<Long, List<Tag>> grouped = new HashMap<>();
        h.createQuery("""
                        SELECT ct.conversation_id AS owner_id, t.* FROM conversation_tags ct
                        JOIN tags t ON t.id = ct.tag_id
                        WHERE ct.conversation_id IN (<ids>) ORDER BY t.name, t.id""")
                .bindList("ids", ids)
                .map((rs, ctx) -> Map.entry(rs.getLong("owner_id"), JdbcTagStore.TAG.map(rs, ctx)))
                .forEach(e -> grouped.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return grouped;
    }

    private static Map<Long, List<CustomFieldValue>> fieldValues(Handle h, List<Long> ids) {
        Map<Long, List<CustomFieldValue>> grouped = new HashMap<>();
        h.createQuery("SELECT * FROM conversation_field_values WHERE conversation_id IN (<ids>) ORDER BY field_id")
                .bindList("ids", ids)
                .map((rs, ctx) -> Map.entry(rs.getLong("conversation_id"),
                        new CustomFieldValue(rs.getLong("field_id"), null, rs.getString("value"), null)))
                .forEach(e -> grouped.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return grouped;
    }
}
