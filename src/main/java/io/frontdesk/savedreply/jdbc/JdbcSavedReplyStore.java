package io.frontdesk.savedreply.jdbc;

import io.frontdesk.db.Database;
import io.frontdesk.db.Rows;
import io.frontdesk.savedreply.SavedReply;
import io.frontdesk.savedreply.SavedReplyInput;
import io.frontdesk.savedreply.SavedReplyStore;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link SavedReplyStore} on SQLite and PostgreSQL alike. */
public final class JdbcSavedReplyStore implements SavedReplyStore {

    private static final RowMapper<SavedReply> REPLY = (rs, ctx) -> new SavedReply(rs.getLong("id"),
            rs.getLong("account_id"), rs.getLong("mailbox_id"), rs.getString("name"), rs.getString("text"),
            rs.getString("chat_text"), Rows.instant(rs, "created_at"), Rows.instant(rs, "updated_at"));

    private final Database db;

    public JdbcSavedReplyStore(Database db) {
        this.db = db;
    }

    @Override
    public long insert(long accountId, long mailboxId, SavedReplyInput input, Instant now) {
        return db.withHandle(h -> h.createQuery("""
                        INSERT INTO saved_replies (account_id, mailbox_id, name, text, chat_text, created_at,
                                                   updated_at)
                        VALUES (:account, :mailbox, :name, :text, :chatText, :now, :now) RETURNING id""")
                .bind("account", accountId).bind("mailbox", mailboxId).bind("name", input.name().trim())
                .bind("text", input.text()).bind("chatText", input.chatText()).bind("now", now.toEpochMilli())
                .mapTo(Long.class).one());
    }

    @Override
    public Optional<SavedReply> find(long accountId, long savedReplyId) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT * FROM saved_replies
                        WHERE account_id = :account AND id = :id AND deleted_at IS NULL""")
                .bind("account", accountId).bind("id", savedReplyId).map(REPLY).findOne());
    }

    @Override
    public List<SavedReply> list(long accountId, long mailboxId) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT * FROM saved_replies
                        WHERE account_id = :account AND mailbox_id = :mailbox AND deleted_at IS NULL
                        ORDER BY name, id""")
                .bind("account", accountId).bind("mailbox", mailboxId).map(REPLY).list());
    }

    @Override
    public boolean replace(long accountId, long savedReplyId, SavedReplyInput input, Instant now) {
        return db.withHandle(h -> h.createUpdate("""
                        UPDATE saved_replies SET name = :name, text = :text, chat_text = :chatText, updated_at = :now
                        WHERE account_id = :account AND id = :id AND deleted_at IS NULL""")
                .bind("name", input.name().trim()).bind("text", input.text()).bind("chatText", input.chatText())
                .bind("now", now.toEpochMilli()).bind("account", accountId).bind("id", savedReplyId)
                .execute()) > 0;
    }

    @Override
    public boolean delete(long accountId, long savedReplyId, Instant now) {
        return db.withHandle(h -> h.createUpdate("""
                        UPDATE saved_replies SET deleted_at = :now
                        WHERE account_id = :account AND id = :id AND deleted_at IS NULL""")
                .bind("now", now.toEpochMilli()).bind("account", accountId).bind("id", savedReplyId)
                .execute()) > 0;
    }
}
