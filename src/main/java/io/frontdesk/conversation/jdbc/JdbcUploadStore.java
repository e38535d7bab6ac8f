package io.frontdesk.conversation.jdbc;

import io.frontdesk.conversation.NewAttachment;
import io.frontdesk.conversation.UploadStore;
import io.frontdesk.db.Database;

import java.time.Instant;
import java.util.Optional;

/** {@link UploadStore} on SQLite and PostgreSQL alike. */
public final class JdbcUploadStore implements UploadStore {

    private final Database db;

    public JdbcUploadStore(Database db) {
        this.db = db;
    }

    @Override
    public long insert(long accountId, String hash, NewAttachment file, Instant at) {
        return db.withHandle(h -> h.createQuery("""
                        INSERT INTO attachment_uploads (account_id, hash, file_name, mime_type, data, created_at)
                        VALUES (:account, :hash, :name, :mime, :data, :at) RETURNING id""")
                .bind("account", accountId).bind("hash", hash).bind("name", file.fileName())
                .bind("mime", file.mimeType()).bind("data", file.data()).bind("at", at.toEpochMilli())
                .mapTo(Long.class).one());
    }

    @Override
    public void delete(long uploadId) {
        db.withHandle(h -> h.createUpdate("DELETE FROM attachment_uploads WHERE id = :id").bind("id", uploadId)
                .execute());
    }

    @Override
    public Optional<NewAttachment> take(long accountId, String hash) {
        Optional<NewAttachment> found = db.withHandle(h -> h.createQuery("""
                        SELECT file_name, mime_type, data FROM attachment_uploads
                        WHERE account_id = :account AND hash = :hash""")
                .bind("account", accountId).bind("hash", hash)
                .map((rs, ctx) -> new NewAttachment(rs.getString("file_name"), rs.getString("mime_type"),
                        rs.getBytes("data"))).findOne());
        found.ifPresent(file -> db.withHandle(h -> h.createUpdate(
                        "DELETE FROM attachment_uploads WHERE account_id = :account AND hash = :hash")
                .bind("account", accountId).bind("hash", hash).execute()));
        return found;
    }
}
