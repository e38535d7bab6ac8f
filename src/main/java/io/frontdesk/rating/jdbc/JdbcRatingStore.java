package io.frontdesk.rating.jdbc;

import io.frontdesk.conversation.PersonRef;
import io.frontdesk.conversation.PersonType;
import io.frontdesk.conversation.RatingLevel;
import io.frontdesk.db.Database;
import io.frontdesk.db.Rows;
import io.frontdesk.rating.Rating;
import io.frontdesk.rating.RatingStore;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.util.Optional;

/** {@link RatingStore} on SQLite and PostgreSQL alike. */
public final class JdbcRatingStore implements RatingStore {

    /** The rating with its thread's conversation and author, and the customer with their first email. */
    private static final String FIND = """
            SELECT r.*, t.conversation_id, v.number, v.mailbox_id, t.created_by_id AS user_id,
                   c.first_name AS c_first, c.last_name AS c_last, c.photo_url AS c_photo,
                   (SELECT e.value FROM customer_entries e WHERE e.customer_id = r.customer_id AND e.kind = 'email'
                    ORDER BY e.id LIMIT 1) AS c_email,
                   u.first_name AS u_first, u.last_name AS u_last, u.email AS u_email
            FROM ratings r
            JOIN threads t ON t.id = r.thread_id
            JOIN conversations v ON v.id = t.conversation_id
            LEFT JOIN customers c ON c.id = r.customer_id
            LEFT JOIN users u ON u.id = t.created_by_id
            WHERE r.account_id = :account AND r.id = :id""";

    private static final RowMapper<Rating> RATING = (rs, ctx) -> new Rating(rs.getLong("id"),
            rs.getLong("account_id"), rs.getLong("conversation_id"), rs.getLong("number"), rs.getLong("mailbox_id"),
            rs.getLong("thread_id"), new PersonRef(rs.getLong("customer_id"), PersonType.CUSTOMER,
                    rs.getString("c_first"), rs.getString("c_last"), rs.getString("c_email"), rs.getString("c_photo")),
            new PersonRef(rs.getLong("user_id"), PersonType.USER, rs.getString("u_first"), rs.getString("u_last"),
                    rs.getString("u_email"), null),
            RatingLevel.fromStored(rs.getString("rating")), rs.getString("comments"),
            Rows.instant(rs, "created_at"), Rows.instant(rs, "updated_at"));

    private final Database db;

    public JdbcRatingStore(Database db) {
        this.db = db;
    }

    @Override
    public Optional<Rating> find(long accountId, long ratingId) {
        return db.withHandle(h -> h.createQuery(FIND).bind("account", accountId).bind("id", ratingId).map(RATING)
                .findOne());
    }

    @Override
    public Optional<Long> idOfThread(long threadId) {
        return db.withHandle(h -> h.createQuery("SELECT id FROM ratings WHERE thread_id = :thread")
                .bind("thread", threadId).mapTo(Long.class).findOne());
    }

    @Override
    public long insert(long accountId, long threadId, long customerId, RatingLevel level, String comments,
                       Instant now) {
        return db.withHandle(h -> h.createQuery("""
                        INSERT INTO ratings (account_id, thread_id, customer_id, rating, comments, created_at,
                                             updated_at)
                        VALUES (:account, :thread, :customer, :rating, :comments, :now, :now) RETURNING id""")
                .bind("account", accountId).bind("thread", threadId).bind("customer", customerId)
                .bind("rating", level.token()).bind("comments", comments).bind("now", now.toEpochMilli())
                .mapTo(Long.class).one());
    }

    @Override
    public void update(long ratingId, RatingLevel level, String comments, Instant now) {
        db.withHandle(h -> h.createUpdate("""
                        UPDATE ratings SET rating = :rating, comments = :comments, updated_at = :now WHERE id = :id""")
                .bind("rating", level.token()).bind("comments", comments).bind("now", now.toEpochMilli())
                .bind("id", ratingId).execute());
    }
}
