package io.frontdesk.sandbox.jdbc;

import io.frontdesk.db.Rows;
import io.frontdesk.sandbox.DeliveryView;
import io.frontdesk.webhook.Delivery;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** An account's webhook deliveries with the event each carried, newest first, for the admin API's listing and await. */
final class DeliveryViews {

    private final StoreAccess access;

    DeliveryViews(StoreAccess access) {
        this.access = access;
    }

    List<DeliveryView> find(long accountId, String event, Long resourceId, boolean deliveredOnly,
                                         int limit) {
        StringBuilder sql = new StringBuilder("SELECT d.*, e.type AS e_type, e.subject_id AS e_subject"
                + " FROM webhook_deliveries d LEFT JOIN events e ON e.id = d.event_id WHERE d.account_id = ?");
        if (event != null) {
            sql.append(" AND (d.event_name = ? OR e.type = ?)");
        }
        if (resourceId != null) {
            sql.append(" AND e.subject_id = ?");
        }
        if (deliveredOnly) {
            sql.append(" AND d.status = 'delivered'");
        }
        sql.append(" ORDER BY d.id DESC LIMIT ?");
        return access.jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                int i = 1;
                ps.setLong(i++, accountId);
                if (event != null) {
                    ps.setString(i++, event);
                    ps.setString(i++, event);
                }
                if (resourceId != null) {
                    ps.setLong(i++, resourceId);
                }
                ps.setInt(i, limit);
                List<DeliveryView> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Delivery d = new Delivery(rs.getLong("id"), rs.getLong("subscription_id"),
                                rs.getString("event_name"), rs.getString("delivery_uuid"),
                                Delivery.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                                rs.getInt("attempts"), Rows.instant(rs, "next_attempt_at"),
                                rs.getString("last_error"), Rows.instant(rs, "occurred_at"),
                                Rows.instant(rs, "created_at"), Rows.nullableInstant(rs, "last_attempt_at"),
                                Rows.nullableInstant(rs, "delivered_at"));
                        long eventId = rs.getLong("event_id");
                        Long eid = rs.wasNull() ? null : eventId;
                        long subject = rs.getLong("e_subject");
                        Long sid = rs.wasNull() ? null : subject;
                        out.add(new DeliveryView(d, eid, rs.getString("e_type"), sid));
                    }
                }
                return out;
            }
        });
    }
}
