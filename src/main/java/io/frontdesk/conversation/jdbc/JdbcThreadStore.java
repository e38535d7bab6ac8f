package io.frontdesk.conversation.jdbc;

import io.frontdesk.conversation.Attachment;
import io.frontdesk.conversation.AttachmentFile;
import io.frontdesk.conversation.ConversationThread;
import io.frontdesk.conversation.NewAttachment;
import io.frontdesk.conversation.NewThreadRow;
import io.frontdesk.conversation.ThreadHead;
import io.frontdesk.conversation.ThreadSchedule;
import io.frontdesk.conversation.ThreadState;
import io.frontdesk.conversation.ThreadType;
import io.frontdesk.conversation.ThreadStore;
import io.frontdesk.core.Page;
import io.frontdesk.core.PageRequest;
import io.frontdesk.db.Database;
import io.frontdesk.db.Rows;
import io.frontdesk.db.Statements;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link ThreadStore} on SQLite and PostgreSQL alike. Attachment bytes are only read by {@link #attachmentData}. */
public final class JdbcThreadStore implements ThreadStore {

    private final Database db;

    public JdbcThreadStore(Database db) {
        this.db = db;
    }

    @Override
    public long insert(NewThreadRow row) {
        return db.withStatements(s -> s.returningLong("""
                        INSERT INTO threads (account_id, conversation_id, type, state, status, body, customer_id,
                            created_by_type, created_by_id, assigned_to_id, to_list, cc, bcc, imported, created_at,
                            updated_at, saved_reply_id, action_type, action_source_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        RETURNING id""", Statements.params(row.accountId(), row.conversationId(), row.type().token(),
                row.state().token(), row.status() == null ? ConversationRows.NO_CHANGE : row.status().token(),
                row.text(), row.customerId(), row.createdByType().token(), row.createdById(), row.assignedToId(),
                Lists.write(row.to()), Lists.write(row.cc()), Lists.write(row.bcc()), row.imported(),
                row.createdAt().toEpochMilli(), row.createdAt().toEpochMilli(), row.savedReplyId(),
                row.action() == null ? null : row.action().kind().token(),
                row.action() == null ? null : row.action().sourceId())));
    }

    @Override
    public void setMessageId(long threadId, String messageId) {
        db.withStatements(s -> s.update("UPDATE threads SET message_id = ? WHERE id = ?",
                Statements.params(messageId, threadId)));
    }

    @Override
    public List<ConversationThread> list(long conversationId) {
        return db.withHandle(h -> threads(h, List.of(conversationId)).getOrDefault(conversationId, List.of()));
    }

    @Override
    public List<ThreadHead> heads(long conversationId) {
        List<ThreadHead> heads = new ArrayList<>();
        db.withStatements(s -> {
            s.forEach(HEADS, List.of(conversationId), HEAD, heads::add);
            return null;
        });
        return heads;
    }

    private static final String HEADS = "SELECT id, type, state, message_id, created_at FROM threads t"
            + " WHERE conversation_id = ?" + ConversationRows.THREAD_ORDER;

    private static final RowMapper<ThreadHead> HEAD = (rs, ctx) -> new ThreadHead(rs.getLong("id"),
            ThreadType.fromStored(rs.getString("type")), ThreadState.fromStored(rs.getString("state")),
            rs.getString("message_id"), Rows.instant(rs, "created_at"));

    @Override
    public Page<ConversationThread> page(long conversationId, PageRequest page) {
        return db.withHandle(h -> {
            long total = h.createQuery("SELECT COUNT(*) FROM threads WHERE conversation_id = :id")
                    .bind("id", conversationId).mapTo(Long.class).one();
            List<ConversationThread> rows = h.createQuery(ConversationRows.THREADS + ConversationRows.THREAD_ORDER
                            + " LIMIT :limit OFFSET :offset")
                    .bindList("ids", List.of(conversationId)).bind("limit", page.size())
                    .bind("offset", page.offset()).map(ConversationRows.THREAD).list();
            return new Page<>(withAttachments(h, rows), total, page);
        });
    }

    @Override
    public Optional<ConversationThread> find(long conversationId, long threadId) {
        return db.withHandle(h -> {
            List<ConversationThread> rows = h.createQuery(ConversationRows.THREADS + " AND t.id = :thread")
                    .bindList("ids", List.of(conversationId)).bind("thread", threadId)
                    .map(ConversationRows.THREAD).list();
            return withAttachments(h, rows).stream().findFirst();
        });
    }

    @Override
    public void updateText(long threadId, String text, Instant now) {
        db.withHandle(h -> h.createUpdate("""
                        UPDATE threads SET original_body = COALESCE(original_body, body), body = :body,
                            updated_at = :now
                        WHERE id = :id""")
                .bind("body", text).bind("now", now.toEpochMilli()).bind("id", threadId).execute());
    }

    @Override
    public void updateState(long threadId, ThreadState state, Instant now) {
        db.withHandle(h -> h.createUpdate("UPDATE threads SET state = :state, updated_at = :now WHERE id = :id")
                .bind("state", state.token()).bind("now", now.toEpochMilli()).bind("id", threadId).execute());
    }

    @Override
    public void publish(long threadId, Instant now) {
        db.withHandle(h -> h.createUpdate("""
                        UPDATE threads SET state = 'published', created_at = :now, updated_at = :now,
                            scheduled_for = NULL, scheduled_by = NULL, scheduled_at = NULL, unschedule_on_reply = NULL
                        WHERE id = :id""")
                .bind("now", now.toEpochMilli()).bind("id", threadId).execute());
    }

    @Override
    public Attachment insertAttachment(long accountId, long conversationId, long threadId, NewAttachment attachment,
                                       Instant now) {
        long id = db.withHandle(h -> h.createQuery("""
                        INSERT INTO attachments (account_id, conversation_id, thread_id, file_name, mime_type, size,
                                                 data, created_at)
                        VALUES (:account, :conversation, :thread, :name, :mime, :size, :data, :now) RETURNING id""")
                .bind("account", accountId).bind("conversation", conversationId).bind("thread", threadId)
                .bind("name", attachment.fileName()).bind("mime", attachment.mimeType())
                .bind("size", attachment.data().length).bind("data", attachment.data())
                .bind("now", now.toEpochMilli()).mapTo(Long.class).one());
        return new Attachment(id, conversationId, threadId, attachment.fileName(), attachment.mimeType(),
                attachment.data().length, Instant.ofEpochMilli(now.toEpochMilli()));
    }

    @Override
    public Optional<byte[]> attachmentData(long conversationId, long attachmentId) {
        return db.withHandle(h -> h.createQuery(
                        "SELECT data FROM attachments WHERE conversation_id = :conversation AND id = :id")
                .bind("conversation", conversationId).bind("id", attachmentId)
                .map((rs, ctx) -> rs.getBytes("data")).findOne());
    }

    @Override
    public Optional<AttachmentFile> attachmentFile(long conversationId, long attachmentId) {
        return db.withHandle(h -> h.createQuery("SELECT file_name, mime_type, data FROM attachments"
                        + " WHERE conversation_id = :conversation AND id = :id")
                .bind("conversation", conversationId).bind("id", attachmentId)
                .map((rs, ctx) -> new AttachmentFile(rs.getString("file_name"), rs.getString("mime_type"),
                        rs.getBytes("data"))).findOne());
    }

    @Override
    public Optional<Long> threadConversation(long accountId, long threadId) {
        return db.withHandle(h -> h.createQuery(
                        "SELECT conversation_id FROM threads WHERE account_id = :account AND id = :id")
                .bind("account", accountId).bind("id", threadId).mapTo(Long.class).findOne());
    }

    @Override
    public void delete(long threadId) {
        db.withHandle(h -> {
            h.createUpdate("DELETE FROM attachments WHERE thread_id = :id").bind("id", threadId).execute();
            return h.createUpdate("DELETE FROM threads WHERE id = :id").bind("id", threadId).execute();
        });
    }

    @Override
    public Optional<Long> attachmentConversation(long accountId, long attachmentId) {
        return db.withHandle(h -> h.createQuery(
                        "SELECT conversation_id FROM attachments WHERE account_id = :account AND id = :id")
                .bind("account", accountId).bind("id", attachmentId).mapTo(Long.class).findOne());
    }

    @Override
    public boolean deleteAttachment(long conversationId, long attachmentId) {
        return db.withHandle(h -> h.createUpdate(
                        "DELETE FROM attachments WHERE conversation_id = :conversation AND id = :id")
                .bind("conversation", conversationId).bind("id", attachmentId).execute()) > 0;
    }

    @Override
    public void setSchedule(long threadId, ThreadSchedule schedule) {
        db.withStatements(s -> s.update("UPDATE threads SET scheduled_for = ?, scheduled_by = ?, scheduled_at = ?,"
                + " unschedule_on_reply = ? WHERE id = ?", Statements.params(
                schedule == null ? null : schedule.scheduledFor().toEpochMilli(),
                schedule == null ? null : schedule.scheduledBy(),
                schedule == null ? null : schedule.createdAt().toEpochMilli(),
                schedule == null ? null : schedule.unscheduleOnCustomerReply(), threadId)));
    }

    @Override
    public void unscheduleOnCustomerReply(long conversationId) {
        db.withStatements(s -> s.update("UPDATE threads SET scheduled_for = NULL, scheduled_by = NULL,"
                + " scheduled_at = NULL, unschedule_on_reply = NULL"
                + " WHERE conversation_id = ? AND scheduled_for IS NOT NULL AND unschedule_on_reply = ?",
                Statements.params(conversationId, true)));
    }

    /** Every thread of these conversations, newest first, grouped by conversation, with attachments. */
    static Map<Long, List<ConversationThread>> threads(Handle h, List<Long> conversationIds) {
        List<ConversationThread> rows = h.createQuery(ConversationRows.THREADS + ConversationRows.THREAD_ORDER)
                .bindList("ids", conversationIds).map(ConversationRows.THREAD).list();
        Map<Long, List<ConversationThread>> grouped = new LinkedHashMap<>();
        for (ConversationThread thread : withAttachments(h, rows)) {
            grouped.computeIfAbsent(thread.conversationId(), k -> new ArrayList<>()).add(thread);
        }
        return grouped;
    }

    private static List<ConversationThread> withAttachments(Handle h, List<ConversationThread> threads) {
        if (threads.isEmpty()) {
            return threads;
        }
        Map<Long, List<Attachment>> byThread = new HashMap<>();
        h.createQuery("SELECT " + ConversationRows.ATTACHMENT_COLUMNS
                        + " FROM attachments WHERE thread_id IN (<ids>) ORDER BY id")
                .bindList("ids", threads.stream().map(ConversationThread::id).toList())
                .map(ConversationRows.ATTACHMENT)
                .forEach(a -> byThread.computeIfAbsent(a.threadId(), k -> new ArrayList<>()).add(a));
        return threads.stream().map(t -> t.withAttachments(byThread.getOrDefault(t.id(), List.of()))).toList();
    }
}
