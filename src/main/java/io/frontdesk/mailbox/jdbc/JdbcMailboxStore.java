package io.frontdesk.mailbox.jdbc;

import io.frontdesk.core.Page;
import io.frontdesk.core.PageRequest;
import io.frontdesk.db.Database;
import io.frontdesk.db.Rows;
import io.frontdesk.mailbox.Mailbox;
import io.frontdesk.mailbox.MailboxStore;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link MailboxStore} on SQLite and PostgreSQL alike. */
public final class JdbcMailboxStore implements MailboxStore {

    private static final RowMapper<Mailbox> MAILBOX = (rs, ctx) -> new Mailbox(rs.getLong("id"),
            rs.getLong("account_id"), rs.getString("name"), rs.getString("slug"), rs.getString("email"),
            Rows.instant(rs, "created_at"), Rows.instant(rs, "updated_at"));

    private final Database db;

    public JdbcMailboxStore(Database db) {
        this.db = db;
    }

    @Override
    public Mailbox create(long accountId, String name, String slug, String email, Instant now) {
        long id = db.withHandle(h -> h.createQuery("""
                        INSERT INTO mailboxes (account_id, name, slug, email, created_at, updated_at)
                        VALUES (:account, :name, :slug, :email, :now, :now) RETURNING id""")
                .bind("account", accountId).bind("name", name).bind("slug", slug).bind("email", email)
                .bind("now", now.toEpochMilli()).mapTo(Long.class).one());
        Instant stored = Instant.ofEpochMilli(now.toEpochMilli());
        return new Mailbox(id, accountId, name, slug, email, stored, stored);
    }

    @Override
    public Optional<Mailbox> find(long accountId, long mailboxId) {
        // in every conversation write: plain JDBC (see Statements)
        return db.withStatements(s -> s.first("SELECT * FROM mailboxes WHERE account_id = ? AND id = ?",
                List.of(accountId, mailboxId), MAILBOX));
    }

    @Override
    public List<Mailbox> list(long accountId) {
        return db.withHandle(h -> h.createQuery("SELECT * FROM mailboxes WHERE account_id = :account ORDER BY id")
                .bind("account", accountId).map(MAILBOX).list());
    }

    @Override
    public Page<Mailbox> page(long accountId, PageRequest request) {
        return db.withHandle(h -> {
            long total = h.createQuery("SELECT COUNT(*) FROM mailboxes WHERE account_id = :account")
                    .bind("account", accountId).mapTo(Long.class).one();
            List<Mailbox> items = h.createQuery("""
                            SELECT * FROM mailboxes WHERE account_id = :account ORDER BY id
                            LIMIT :limit OFFSET :offset""")
                    .bind("account", accountId).bind("limit", request.size()).bind("offset", request.offset())
                    .map(MAILBOX).list();
            return new Page<>(items, total, request);
        });
    }
}
