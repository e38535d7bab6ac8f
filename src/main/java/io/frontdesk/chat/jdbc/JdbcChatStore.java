package io.frontdesk.chat.jdbc;

import io.frontdesk.chat.ChatDetails;
import io.frontdesk.chat.ChatQuery;
import io.frontdesk.chat.ChatRating;
import io.frontdesk.chat.ChatStore;
import io.frontdesk.core.Page;
import io.frontdesk.core.SortOrder;
import io.frontdesk.db.Database;
import io.frontdesk.db.DatabaseFailures;
import io.frontdesk.db.Rows;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Optional;

/** {@link ChatStore} on SQLite and PostgreSQL alike. */
public final class JdbcChatStore implements ChatStore {

    private static final RowMapper<ChatDetails> DETAILS = (rs, ctx) -> new ChatDetails(rs.getLong("conversation_id"),
            rs.getString("created_with"), rs.getString("status_detail"),
            rs.getString("rating") == null ? null : ChatRating.parse(rs.getString("rating")).orElse(null),
            Rows.nullableInstant(rs, "rated_at"),
            rs.getObject("agent_read") == null ? null : rs.getBoolean("agent_read"),
            Rows.nullableInstant(rs, "agent_read_at"),
            rs.getObject("customer_read") == null ? null : rs.getBoolean("customer_read"),
            Rows.nullableInstant(rs, "customer_read_at"),
            rs.getObject("team_id") == null ? null : rs.getLong("team_id"),
            rs.getObject("channel_id") == null ? null : rs.getLong("channel_id"));

    private final Database db;

    public JdbcChatStore(Database db) {
        this.db = db;
    }

    @Override
    public Optional<ChatDetails> find(long conversationId) {
        return db.withHandle(h -> h.createQuery("SELECT * FROM chat_details WHERE conversation_id = :id")
                .bind("id", conversationId).map(DETAILS).findOne());
    }

    @Override
    public Map<Long, ChatDetails> findAll(List<Long> conversationIds) {
        if (conversationIds.isEmpty()) {
            return Map.of();
        }
        return db.withHandle(h -> h.createQuery("SELECT * FROM chat_details WHERE conversation_id IN (<ids>)")
                .bindList("ids", conversationIds).map(DETAILS).stream()
                .collect(Collectors.toMap(ChatDetails::conversationId, Function.identity())));
    }

    @Override
    public void save(ChatDetails d) {
        db.withHandle(h -> h.createUpdate("""
                        INSERT INTO chat_details (conversation_id, created_with, status_detail, rating, rated_at,
                                                  agent_read, agent_read_at, customer_read, customer_read_at,
                                                  team_id, channel_id)
                        VALUES (:id, :createdWith, :detail, :rating, :ratedAt, :agentRead, :agentReadAt,
                                :customerRead, :customerReadAt, :teamId, :channelId)
                        ON CONFLICT (conversation_id) DO UPDATE SET created_with = excluded.created_with,
                            status_detail = excluded.status_detail, rating = excluded.rating,
                            rated_at = excluded.rated_at, agent_read = excluded.agent_read,
                            agent_read_at = excluded.agent_read_at, customer_read = excluded.customer_read,
                            customer_read_at = excluded.customer_read_at, team_id = excluded.team_id,
                            channel_id = excluded.channel_id""")
                .bind("id", d.conversationId()).bind("createdWith", d.createdWith()).bind("detail", d.statusDetail())
                .bind("rating", d.rating() == null ? null : d.rating().token())
                .bind("ratedAt", Rows.millis(d.ratedAt()))
                .bind("agentRead", d.agentRead()).bind("agentReadAt", Rows.millis(d.agentReadAt()))
                .bind("customerRead", d.customerRead()).bind("customerReadAt", Rows.millis(d.customerReadAt()))
                .bind("teamId", d.teamId()).bind("channelId", d.channelId())
                .execute());
    }

    @Override
    public Ids search(long accountId, ChatQuery query) {
        ChatSql sql = new ChatSql();
        String from = " FROM conversations v LEFT JOIN chat_details d ON d.conversation_id = v.id"
                + " WHERE v.account_id = " + sql.bind(accountId) + " AND v.type = 'chat'"
                + " AND v.state IN ('published', 'draft') AND (" + sql.compile(query.filter()) + ")";
        String dir = query.order() == SortOrder.ASC ? "ASC" : "DESC";
        String key = sql.sortKey(query.sort());
        // nulls first ascending, last descending; ties by id ascending
        String order = "CASE WHEN " + key + " IS NULL THEN 0 ELSE 1 END " + dir + ", " + key + " " + dir
                + ", v.id ASC";
        return DatabaseFailures.search(() -> db.withSnapshotHandle(h -> {
            List<Long> ids = List.of();
            if (query.limit() > 0) {
                Query page = h.createQuery("SELECT v.id" + from + " ORDER BY " + order
                        + " LIMIT :limit OFFSET :offset");
                sql.params().forEach(page::bind);
                ids = page.bind("limit", query.limit()).bind("offset", query.offset()).mapTo(Long.class).list();
            }
            List<Long> found = ids;
            long total = Page.totalFromPage(query.offset(), query.limit(), found.size()).filter(t -> query.limit() > 0)
                    .orElseGet(() -> {
                        Query count = h.createQuery("SELECT COUNT(*)" + from);
                        sql.params().forEach(count::bind);
                        return count.mapTo(Long.class).one();
                    });
            return new Ids(found, total);
        }));
    }
}
