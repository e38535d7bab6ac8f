package io.frontdesk.conversation.jdbc;

import io.frontdesk.conversation.Attachment;
import io.frontdesk.conversation.Conversation;
import io.frontdesk.conversation.ConversationState;
import io.frontdesk.conversation.ConversationStatus;
import io.frontdesk.conversation.ConversationThread;
import io.frontdesk.conversation.ConversationType;
import io.frontdesk.conversation.LineItemKind;
import io.frontdesk.conversation.Merged;
import io.frontdesk.conversation.PersonRef;
import io.frontdesk.conversation.PersonType;
import io.frontdesk.conversation.RatingLevel;
import io.frontdesk.conversation.ScheduledEvent;
import io.frontdesk.conversation.Snooze;
import io.frontdesk.conversation.ThreadAction;
import io.frontdesk.conversation.ThreadRating;
import io.frontdesk.conversation.ThreadSchedule;
import io.frontdesk.conversation.ThreadState;
import io.frontdesk.conversation.ThreadType;
import io.frontdesk.db.Rows;
import org.jdbi.v3.core.mapper.RowMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * The SELECTs that load conversations and threads with the people they name, and their row mappers. People are
 * joined in the same statement, so a page costs one query per table, not one per row.
 */
final class ConversationRows {

    /** The stored status of a thread that changed nothing. */
    static final String NO_CHANGE = "nochange";

    private static final String FIRST_EMAIL = "(SELECT e.value FROM customer_entries e WHERE e.customer_id = %s"
            + " AND e.kind = 'email' ORDER BY e.id LIMIT 1)";

    /** The earliest scheduled thread of {@code v}: when, and who scheduled it (migration V21). */
    private static final String NEXT_SCHEDULE = " (SELECT MIN(s.scheduled_for) FROM threads s"
            + " WHERE s.conversation_id = v.id AND s.scheduled_for IS NOT NULL) AS next_scheduled_for,"
            + " (SELECT s.scheduled_by FROM threads s WHERE s.conversation_id = v.id AND s.scheduled_for IS NOT NULL"
            + " ORDER BY s.scheduled_for, s.id LIMIT 1) AS next_scheduled_by";

    /** Conversations of {@code :account} whose id is in {@code <ids>}; tags and field values load separately. */
    static final String CONVERSATIONS = "SELECT v.*,"
            + " pc.first_name AS pc_first, pc.last_name AS pc_last, pc.photo_url AS pc_photo, "
            + FIRST_EMAIL.formatted("v.customer_id") + " AS pc_email,"
            + " a.first_name AS a_first, a.last_name AS a_last, a.email AS a_email,"
            + " x.first_name AS x_first, x.last_name AS x_last, x.email AS x_email,"
            + " ub.first_name AS ub_first, ub.last_name AS ub_last, ub.email AS ub_email,"
            + " cb.id AS cb_id, cb.first_name AS cb_first, cb.last_name AS cb_last, cb.photo_url AS cb_photo, "
            + FIRST_EMAIL.formatted("cb.id") + " AS cb_email,"
            + NEXT_SCHEDULE
            + " FROM conversations v"
            + " JOIN customers pc ON pc.id = v.customer_id"
            + " LEFT JOIN users a ON a.id = v.assignee_id"
            + " LEFT JOIN users x ON x.id = v.closed_by_id"
            + " LEFT JOIN users ub ON v.created_by_type = 'user' AND ub.id = v.created_by_id"
            + " LEFT JOIN customers cb ON v.created_by_type = 'customer' AND cb.id = v.created_by_id"
            + " WHERE v.account_id = :account AND v.id IN (<ids>)";

    /**
     * One conversation, by account and id ({@code ?, ?}), as a write needs it: its own row and the primary customer's
     * email, in {@link #CONVERSATIONS}'s columns; the other people carry their ids only (names null). Five joins and a
     * subquery fewer, in the statement every conversation write holds its lock for.
     */
    private static final String FOR_WRITE_COLUMNS = "SELECT v.*, NULL AS pc_first, NULL AS pc_last, NULL AS pc_photo, "
            + FIRST_EMAIL.formatted("v.customer_id") + " AS pc_email,"
            + " NULL AS a_first, NULL AS a_last, NULL AS a_email, NULL AS x_first, NULL AS x_last, NULL AS x_email,"
            + " NULL AS ub_first, NULL AS ub_last, NULL AS ub_email,"
            + " NULL AS cb_id, NULL AS cb_first, NULL AS cb_last, NULL AS cb_photo, NULL AS cb_email,"
            + " NULL AS next_scheduled_for, NULL AS next_scheduled_by";

    private static final String ONE_CONVERSATION = " FROM conversations v WHERE v.account_id = ? AND v.id = ?";

    static final String FOR_WRITE = FOR_WRITE_COLUMNS + ONE_CONVERSATION;

    /**
     * {@link #FOR_WRITE} with the newest thread's time ({@code newest_thread_at}, from the threads' index) and whether
     * the primary customer is live ({@code pc_live}, 1 or 0).
     */
    static final String FOR_THREAD = FOR_WRITE_COLUMNS + ", (SELECT MAX(t.created_at) FROM threads t"
            + " WHERE t.conversation_id = v.id) AS newest_thread_at, CASE WHEN EXISTS (SELECT 1 FROM customers pc"
            + " WHERE pc.id = v.customer_id AND pc.deleted_at IS NULL) THEN 1 ELSE 0 END AS pc_live" + ONE_CONVERSATION;

    /** Threads of the conversations in {@code <ids>}, newest first. */
    static final String THREADS = "SELECT t.*,"
            + " c.first_name AS c_first, c.last_name AS c_last, c.photo_url AS c_photo, "
            + FIRST_EMAIL.formatted("t.customer_id") + " AS c_email,"
            + " u.first_name AS u_first, u.last_name AS u_last, u.email AS u_email,"
            + " g.first_name AS g_first, g.last_name AS g_last, g.email AS g_email,"
            + " r.id AS r_id, r.customer_id AS r_customer, r.rating AS r_rating, r.comments AS r_comments"
            + " FROM threads t"
            + " LEFT JOIN customers c ON c.id = t.customer_id"
            + " LEFT JOIN users u ON t.created_by_type = 'user' AND u.id = t.created_by_id"
            + " LEFT JOIN users g ON g.id = t.assigned_to_id"
            + " LEFT JOIN ratings r ON r.thread_id = t.id"
            + " WHERE t.conversation_id IN (<ids>)";

    static final String THREAD_ORDER = " ORDER BY t.created_at DESC, t.id DESC";

    static final String ATTACHMENT_COLUMNS = "id, conversation_id, thread_id, file_name, mime_type, size, created_at";

    /** A conversation without tags, field values or threads; those are added by the store. */
    static final RowMapper<Conversation> CONVERSATION = (rs, ctx) -> {
        PersonRef primary = new PersonRef(rs.getLong("customer_id"), PersonType.CUSTOMER, rs.getString("pc_first"),
                rs.getString("pc_last"), rs.getString("pc_email"), rs.getString("pc_photo"));
        Long assigneeId = Rows.nullableLong(rs, "assignee_id");
        Long closedById = Rows.nullableLong(rs, "closed_by_id");
        String latest = rs.getString("latest_reply_from");
        return new Conversation(rs.getLong("id"), rs.getLong("account_id"), rs.getLong("number"),
                rs.getLong("mailbox_id"), ConversationType.fromStored(rs.getString("type")),
                ConversationStatus.fromStored(rs.getString("status")),
                ConversationState.fromStored(rs.getString("state")), rs.getString("subject"),
                rs.getString("preview"), rs.getInt("thread_count"), rs.getBoolean("imported"), primary,
                assigneeId == null ? null : user(assigneeId, rs, "a"), createdBy(rs, primary),
                closedById == null ? null : user(closedById, rs, "x"), Rows.nullableInstant(rs, "closed_at"),
                Rows.instant(rs, "created_at"), Rows.instant(rs, "updated_at"),
                Rows.nullableInstant(rs, "user_updated_at"), Rows.nullableInstant(rs, "waiting_since"),
                PersonType.fromStored(latest), Lists.read(rs.getString("cc")), Lists.read(rs.getString("bcc")),
                List.of(), List.of(), null, snooze(rs), nextSchedule(rs), merged(rs));
    };

    private static Merged merged(ResultSet rs) throws SQLException {
        Long into = Rows.nullableLong(rs, "merged_into");
        return into == null ? null : new Merged(into, Rows.instant(rs, "merged_at"));
    }

    private static Snooze snooze(ResultSet rs) throws SQLException {
        Instant until = Rows.nullableInstant(rs, "snoozed_until");
        return until == null ? null : new Snooze(rs.getLong("snoozed_by"), until, rs.getBoolean("unsnooze_on_reply"));
    }

    private static ScheduledEvent nextSchedule(ResultSet rs) throws SQLException {
        Instant time = Rows.nullableInstant(rs, "next_scheduled_for");
        return time == null ? null
                : new ScheduledEvent(time, ScheduledEvent.Kind.SCHEDULE, rs.getLong("next_scheduled_by"));
    }

    /** A thread without attachments. */
    static final RowMapper<ConversationThread> THREAD = (rs, ctx) -> {
        Long customerId = Rows.nullableLong(rs, "customer_id");
        PersonRef customer = customerId == null ? null : new PersonRef(customerId, PersonType.CUSTOMER,
                rs.getString("c_first"), rs.getString("c_last"), rs.getString("c_email"), rs.getString("c_photo"));
        PersonType byType = PersonType.fromStored(rs.getString("created_by_type"));
        Long byId = Rows.nullableLong(rs, "created_by_id");
        PersonRef createdBy;
        if (byType == PersonType.CUSTOMER) {
            createdBy = customer != null && byId != null && byId.equals(customerId) ? customer
                    : new PersonRef(byId == null ? 0 : byId, PersonType.CUSTOMER, null, null, null, null);
        } else {
            createdBy = user(byId == null ? 0 : byId, rs, "u");
        }
        Long assignedTo = Rows.nullableLong(rs, "assigned_to_id");
        String status = rs.getString("status");
        return new ConversationThread(rs.getLong("id"), rs.getLong("conversation_id"),
                ThreadType.fromStored(rs.getString("type")), ThreadState.fromStored(rs.getString("state")),
                NO_CHANGE.equals(status) ? null : ConversationStatus.fromStored(status), rs.getString("body"),
                customer, createdBy, assignedTo == null ? null : user(assignedTo, rs, "g"),
                Lists.read(rs.getString("to_list")), Lists.read(rs.getString("cc")), Lists.read(rs.getString("bcc")),
                rs.getBoolean("imported"), rs.getString("message_id"), Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"), List.of(), Rows.nullableLong(rs, "saved_reply_id"), schedule(rs),
                rating(rs), action(rs));
    };

    private static ThreadAction action(ResultSet rs) throws SQLException {
        String kind = rs.getString("action_type");
        return kind == null ? null
                : new ThreadAction(LineItemKind.fromStored(kind), rs.getLong("action_source_id"));
    }

    private static ThreadRating rating(ResultSet rs) throws SQLException {
        Long id = Rows.nullableLong(rs, "r_id");
        return id == null ? null : new ThreadRating(id, rs.getLong("r_customer"),
                RatingLevel.fromStored(rs.getString("r_rating")), rs.getString("r_comments"));
    }

    private static ThreadSchedule schedule(ResultSet rs) throws SQLException {
        Instant time = Rows.nullableInstant(rs, "scheduled_for");
        return time == null ? null : new ThreadSchedule(rs.getLong("scheduled_by"),
                Rows.instant(rs, "scheduled_at"), time, rs.getBoolean("unschedule_on_reply"));
    }

    static final RowMapper<Attachment> ATTACHMENT = (rs, ctx) -> new Attachment(rs.getLong("id"),
            rs.getLong("conversation_id"), rs.getLong("thread_id"), rs.getString("file_name"),
            rs.getString("mime_type"), rs.getLong("size"), Rows.instant(rs, "created_at"));

    private ConversationRows() {
    }

    /** Rows written before the V5 migration have no creator: the primary customer started them. */
    private static PersonRef createdBy(ResultSet rs, PersonRef primary) throws SQLException {
        PersonType type = PersonType.fromStored(rs.getString("created_by_type"));
        Long id = Rows.nullableLong(rs, "created_by_id");
        if (type == null || id == null) {
            return primary;
        }
        if (type == PersonType.USER) {
            return user(id, rs, "ub");
        }
        return rs.getObject("cb_id") == null ? new PersonRef(id, PersonType.CUSTOMER, null, null, null, null)
                : new PersonRef(id, PersonType.CUSTOMER, rs.getString("cb_first"), rs.getString("cb_last"),
                rs.getString("cb_email"), rs.getString("cb_photo"));
    }

    private static PersonRef user(long id, ResultSet rs, String prefix) throws SQLException {
        return new PersonRef(id, PersonType.USER, rs.getString(prefix + "_first"), rs.getString(prefix + "_last"),
                rs.getString(prefix + "_email"), null);
    }
}
