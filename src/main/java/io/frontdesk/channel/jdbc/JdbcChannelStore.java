package io.frontdesk.channel.jdbc;

import io.frontdesk.channel.Channel;
import io.frontdesk.channel.ChannelStore;
import io.frontdesk.channel.ChannelType;
import io.frontdesk.db.Database;
import io.frontdesk.db.Rows;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link ChannelStore} on SQLite and PostgreSQL alike. */
public final class JdbcChannelStore implements ChannelStore {

    private static final RowMapper<Channel> CHANNEL = (rs, ctx) -> new Channel(rs.getLong("id"),
            rs.getLong("account_id"), rs.getLong("mailbox_id"), rs.getString("name"), rs.getString("display_name"),
            ChannelType.valueOf(rs.getString("type")), rs.getBoolean("active"), Rows.instant(rs, "created_at"));

    private final Database db;

    public JdbcChannelStore(Database db) {
        this.db = db;
    }

    @Override
    public Channel insert(long accountId, long mailboxId, String name, String displayName, ChannelType type,
                         Instant now) {
        long id = db.withHandle(h -> h.createQuery("""
                        INSERT INTO channels (account_id, mailbox_id, name, display_name, type, active, created_at)
                        VALUES (:account, :mailbox, :name, :display, :type, TRUE, :now) RETURNING id""")
                .bind("account", accountId).bind("mailbox", mailboxId).bind("name", name)
                .bind("display", displayName).bind("type", type.name()).bind("now", now.toEpochMilli())
                .mapTo(Long.class).one());
        return new Channel(id, accountId, mailboxId, name, displayName, type, true,
                Instant.ofEpochMilli(now.toEpochMilli()));
    }

    @Override
    public Optional<Channel> find(long accountId, long channelId) {
        return db.withHandle(h -> h.createQuery("SELECT * FROM channels WHERE account_id = :account AND id = :id")
                .bind("account", accountId).bind("id", channelId).map(CHANNEL).findOne());
    }

    @Override
    public List<Channel> list(long accountId) {
        return db.withHandle(h -> h.createQuery("SELECT * FROM channels WHERE account_id = :account ORDER BY id")
                .bind("account", accountId).map(CHANNEL).list());
    }
}
