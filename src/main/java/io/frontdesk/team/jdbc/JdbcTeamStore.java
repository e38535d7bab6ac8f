package io.frontdesk.team.jdbc;

import io.frontdesk.core.Page;
import io.frontdesk.core.PageRequest;
import io.frontdesk.db.Database;
import io.frontdesk.db.DbVendor;
import io.frontdesk.db.Rows;
import io.frontdesk.team.Team;
import io.frontdesk.team.TeamStore;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link TeamStore} on SQLite and PostgreSQL alike. */
public final class JdbcTeamStore implements TeamStore {

    private static final RowMapper<Team> TEAM = (rs, ctx) -> new Team(rs.getLong("id"), rs.getLong("account_id"),
            rs.getString("name"), rs.getString("timezone"), Rows.instant(rs, "created_at"),
            Rows.instant(rs, "updated_at"));
    private static final String LIVE_MEMBERS = "FROM team_members m JOIN users u ON u.id = m.user_id"
            + " WHERE m.team_id = :team AND u.deleted_at IS NULL";

    private final Database db;

    public JdbcTeamStore(Database db) {
        this.db = db;
    }

    /**
     * A team takes its id from the users' sequence: Help Scout numbers users and teams in one space (a team is a kind
     * of user; 1.0 lists teams shaped as users, and the user reports take either id), so an id names one or the other,
     * never both. On SQLite the users' AUTOINCREMENT counter is moved on inside the insert's transaction (one writer).
     */
    @Override
    public Team insert(long accountId, String name, String timezone, Instant now) {
        long id = db.inTransaction(() -> db.withHandle(h -> {
            long next = db.vendor() == DbVendor.POSTGRESQL
                    ? h.createQuery("SELECT nextval(pg_get_serial_sequence('users', 'id'))").mapTo(Long.class).one()
                    : h.createQuery("UPDATE sqlite_sequence SET seq = seq + 1 WHERE name = 'users' RETURNING seq")
                    .mapTo(Long.class).findOne().orElseGet(() -> h.createQuery(
                            "SELECT COALESCE(MAX(id), 0) + 1 FROM (SELECT id FROM users UNION ALL SELECT id FROM teams)")
                            .mapTo(Long.class).one());
            h.createUpdate("""
                            INSERT INTO teams (id, account_id, name, timezone, created_at, updated_at)
                            VALUES (:id, :account, :name, :tz, :now, :now)""")
                    .bind("id", next).bind("account", accountId).bind("name", name).bind("tz", timezone)
                    .bind("now", now.toEpochMilli()).execute();
            return next;
        }));
        Instant stored = Instant.ofEpochMilli(now.toEpochMilli());
        return new Team(id, accountId, name, timezone, stored, stored);
    }

    @Override
    public Optional<Team> find(long accountId, long teamId) {
        return db.withHandle(h -> h.createQuery("SELECT * FROM teams WHERE account_id = :account AND id = :id")
                .bind("account", accountId).bind("id", teamId).map(TEAM).findOne());
    }

    @Override
    public Page<Team> page(long accountId, PageRequest page) {
        return db.withSnapshotHandle(h -> {
            long total = h.createQuery("SELECT COUNT(*) FROM teams WHERE account_id = :account")
                    .bind("account", accountId).mapTo(Long.class).one();
            List<Team> items = h.createQuery("SELECT * FROM teams WHERE account_id = :account ORDER BY id"
                            + " LIMIT :limit OFFSET :offset")
                    .bind("account", accountId).bind("limit", page.size()).bind("offset", page.offset())
                    .map(TEAM).list();
            return new Page<>(items, total, page);
        });
    }

    @Override
    public Page<Long> memberIds(long teamId, PageRequest page) {
        return db.withSnapshotHandle(h -> {
            long total = h.createQuery("SELECT COUNT(*) " + LIVE_MEMBERS).bind("team", teamId)
                    .mapTo(Long.class).one();
            List<Long> ids = h.createQuery("SELECT m.user_id " + LIVE_MEMBERS
                            + " ORDER BY m.user_id LIMIT :limit OFFSET :offset")
                    .bind("team", teamId).bind("limit", page.size()).bind("offset", page.offset())
                    .mapTo(Long.class).list();
            return new Page<>(ids, total, page);
        });
    }

    @Override
    public boolean addMember(long teamId, long userId, Instant now) {
        int added = db.withHandle(h -> h.createUpdate("""
                        INSERT INTO team_members (team_id, user_id) VALUES (:team, :user)
                        ON CONFLICT (team_id, user_id) DO NOTHING""")
                .bind("team", teamId).bind("user", userId).execute());
        if (added > 0) {
            touch(teamId, now);
        }
        return added > 0;
    }

    @Override
    public void replaceMembers(long teamId, List<Long> userIds, Instant now) {
        db.withHandle(h -> h.createUpdate("DELETE FROM team_members WHERE team_id = :team").bind("team", teamId)
                .execute());
        for (long userId : userIds) {
            addMember(teamId, userId, now);
        }
        touch(teamId, now);
    }

    private void touch(long teamId, Instant now) {
        db.withHandle(h -> h.createUpdate("UPDATE teams SET updated_at = :now WHERE id = :id")
                .bind("now", now.toEpochMilli()).bind("id", teamId).execute());
    }
}
