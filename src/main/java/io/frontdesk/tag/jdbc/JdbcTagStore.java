package io.frontdesk.tag.jdbc;

import io.frontdesk.core.Page;
import io.frontdesk.core.PageRequest;
import io.frontdesk.db.AccountLocks;
import io.frontdesk.db.Database;
import io.frontdesk.db.DbVendor;
import io.frontdesk.db.Rows;
import io.frontdesk.tag.Tag;
import io.frontdesk.tag.TagStore;
import io.frontdesk.tag.TagUsage;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link TagStore} on SQLite and PostgreSQL alike. */
public final class JdbcTagStore implements TagStore {

    public static final RowMapper<Tag> TAG = (rs, ctx) -> new Tag(rs.getLong("id"), rs.getLong("account_id"),
            rs.getString("name"), rs.getString("slug"), rs.getString("color"), Rows.instant(rs, "created_at"),
            Rows.instant(rs, "updated_at"));

    private final Database db;

    public JdbcTagStore(Database db) {
        this.db = db;
    }

    @Override
    public Found findOrCreate(long accountId, String name, String slug, String color, Instant now) {
        return db.withHandle(h -> {
            int inserted = h.createUpdate("""
                            INSERT INTO tags (account_id, name, slug, color, created_at, updated_at)
                            VALUES (:account, :name, :slug, :color, :now, :now)
                            ON CONFLICT (account_id, name) DO NOTHING""")
                    .bind("account", accountId).bind("name", name).bind("slug", slug).bind("color", color)
                    .bind("now", now.toEpochMilli()).execute();
            return new Found(h.createQuery("SELECT * FROM tags WHERE account_id = :account AND name = :name")
                    .bind("account", accountId).bind("name", name).map(TAG).one(), inserted > 0);
        });
    }

    @Override
    public Optional<TagUsage> usage(long accountId, long tagId) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT t.*, (SELECT COUNT(*) FROM conversation_tags ct WHERE ct.tag_id = t.id) AS conversations
                        FROM tags t WHERE t.account_id = :account AND t.id = :id""")
                .bind("account", accountId).bind("id", tagId)
                .map((rs, ctx) -> new TagUsage(TAG.map(rs, ctx), rs.getLong("conversations"))).findOne());
    }

    @Override
    public Optional<Tag> findByName(long accountId, String name) {
        return db.withHandle(h -> h.createQuery("SELECT * FROM tags WHERE account_id = :account AND name = :name")
                .bind("account", accountId).bind("name", name).map(TAG).findOne());
    }

    @Override
    public Optional<Tag> find(long accountId, long tagId) {
        return db.withHandle(h -> h.createQuery("SELECT * FROM tags WHERE account_id = :account AND id = :id")
                .bind("account", accountId).bind("id", tagId).map(TAG).findOne());
    }

    @Override
    public Tag update(long accountId, long tagId, String name, String slug, String color, Instant now) {
        return db.withHandle(h -> {
            h.createUpdate("""
                            UPDATE tags SET name = :name, slug = :slug, color = :color, updated_at = :now
                            WHERE account_id = :account AND id = :id""")
                    .bind("account", accountId).bind("id", tagId).bind("name", name).bind("slug", slug)
                    .bind("color", color).bind("now", now.toEpochMilli()).execute();
            return h.createQuery("SELECT * FROM tags WHERE account_id = :account AND id = :id")
                    .bind("account", accountId).bind("id", tagId).map(TAG).one();
        });
    }

    /**
     * Deletes the tag; V59's trigger deletes its report cells with it. The account's rollup lock is taken first, as a
     * fold takes it, so a fold on PostgreSQL cannot write to the tag's cells after they went (a fold that read the
     * tag's folded rows before the delete commits first, and one that starts after reads none).
     */
    @Override
    public boolean delete(long accountId, long tagId) {
        db.withStatements(s -> {
            AccountLocks.account(s, db.vendor(), accountId);
            return null;
        });
        return db.withHandle(h -> h.createUpdate("DELETE FROM tags WHERE account_id = :account AND id = :id")
                .bind("account", accountId).bind("id", tagId).execute() > 0);
    }

    @Override
    public List<Tag> list(long accountId) {
        return db.withHandle(h -> h.createQuery("SELECT * FROM tags WHERE account_id = :account ORDER BY name, id")
                .bind("account", accountId).map(TAG).list());
    }

    /**
     * Alphabetically, as Help Scout lists tags: by lower-cased name compared byte by byte (PostgreSQL's "C"
     * collation, SQLite's default), so both databases give one order whatever the server's locale; id breaks ties.
     * The count is of conversations only (V5's
     * `conversation_tags`): customers tagged through HelpCrunch are not tickets.
     */
    @Override
    public Page<TagUsage> page(long accountId, PageRequest request) {
        return db.withHandle(h -> {
            long total = h.createQuery("SELECT COUNT(*) FROM tags WHERE account_id = :account")
                    .bind("account", accountId).mapTo(Long.class).one();
            List<TagUsage> items = h.createQuery("""
                            SELECT t.*, (SELECT COUNT(*) FROM conversation_tags ct WHERE ct.tag_id = t.id)
                                   AS conversations
                            FROM tags t WHERE t.account_id = :account
                            ORDER BY LOWER(t.name)%s, t.id LIMIT :limit OFFSET :offset""".formatted(
                            db.vendor() == DbVendor.POSTGRESQL ? " COLLATE \"C\"" : ""))
                    .bind("account", accountId).bind("limit", request.size()).bind("offset", request.offset())
                    .map((rs, ctx) -> new TagUsage(TAG.map(rs, ctx), rs.getLong("conversations")))
                    .list();
            return new Page<>(items, total, request);
        });
    }
}
