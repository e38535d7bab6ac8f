package io.frontdesk.fuzz;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every stored row of one account, read straight from the database (all columns, so a column added later is covered
 * too), to prove that a rejected request changed nothing: not a row, not a timestamp, not a counter. Binary columns
 * (attachment data) are compared by length and hash.
 */
record TenantSnapshot(Map<String, List<String>> tables) {

    /**
     * Customers marked deleted are left out, with what goes when their row goes: an accepted async delete purges them
     * from a background job, at a moment no request controls, and that purge is no change made by a later request.
     */
    private static final String CUSTOMERS = "(SELECT id FROM customers WHERE account_id = ? AND deleted_at IS NULL)";
    private static final String CONVERSATIONS = "(SELECT id FROM conversations WHERE account_id = ? AND customer_id IN "
            + CUSTOMERS + ")";
    private static final String MAILBOXES = "(SELECT id FROM mailboxes WHERE account_id = ?)";

    /** Each table with the condition that selects the account's rows; every `?` is the account id. */
    private static final Map<String, String> TABLES = accountTables();

    private static Map<String, String> accountTables() {
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("accounts", "id = ?");
        tables.put("users", "account_id = ?");
        tables.put("credentials", "account_id = ?");
        tables.put("oauth_tokens", "credential_id IN (SELECT id FROM credentials WHERE account_id = ?)");
        tables.put("mailboxes", "account_id = ?");
        tables.put("mailbox_fields", "mailbox_id IN " + MAILBOXES);
        tables.put("mailbox_field_options", "field_id IN (SELECT id FROM mailbox_fields WHERE mailbox_id IN "
                + MAILBOXES + ")");
        tables.put("customers", "account_id = ? AND deleted_at IS NULL");
        tables.put("customer_counts", "account_id = ?");
        tables.put("customer_entries", "account_id = ?");
        tables.put("customer_addresses", "customer_id IN " + CUSTOMERS);
        tables.put("tags", "account_id = ?");
        tables.put("customer_tags", "customer_id IN " + CUSTOMERS);
        tables.put("customer_property_defs", "account_id = ?");
        tables.put("customer_property_values", "customer_id IN " + CUSTOMERS);
        tables.put("customer_events", "customer_id IN " + CUSTOMERS);
        tables.put("conversations", "id IN " + CONVERSATIONS);
        tables.put("conversation_counters", "account_id = ?");
        tables.put("threads", "conversation_id IN " + CONVERSATIONS);
        tables.put("attachments", "conversation_id IN " + CONVERSATIONS);
        tables.put("conversation_tags", "conversation_id IN " + CONVERSATIONS);
        tables.put("conversation_field_values", "conversation_id IN " + CONVERSATIONS);
        tables.put("outbox", "account_id = ?");
        tables.put("channels", "account_id = ?");
        // a refused request records no event (docs/events.md)
        tables.put("events", "account_id = ?");
        tables.put("organizations", "account_id = ?");
        tables.put("organization_property_defs", "account_id = ?");
        tables.put("organization_property_values", "organization_id IN (SELECT id FROM organizations"
                + " WHERE account_id = ?)");
        tables.put("user_statuses", "user_id IN (SELECT id FROM users WHERE account_id = ?)");
        tables.put("teams", "account_id = ?");
        tables.put("team_members", "team_id IN (SELECT id FROM teams WHERE account_id = ?)");
        tables.put("saved_replies", "account_id = ?");
        return Collections.unmodifiableMap(tables);
    }

    static TenantSnapshot take(DataSource dataSource, long accountId) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (Map.Entry<String, String> table : TABLES.entrySet()) {
                tables.put(table.getKey(), rows(connection, table.getKey(), table.getValue(), accountId));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("snapshot failed", e);
        }
        return new TenantSnapshot(tables);
    }

    private static List<String> rows(Connection connection, String table, String condition, long accountId)
            throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT * FROM " + table + " WHERE "
                + condition)) {
            int parameters = (int) condition.chars().filter(c -> c == '?').count();
            for (int i = 1; i <= parameters; i++) {
                statement.setLong(i, accountId);
            }
            try (ResultSet result = statement.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                while (result.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int column = 1; column <= meta.getColumnCount(); column++) {
                        Object value = result.getObject(column);
                        row.append(meta.getColumnName(column).toLowerCase(java.util.Locale.ROOT)).append('=')
                                .append(value instanceof byte[] bytes ? bytes.length + " bytes #"
                                        + Arrays.hashCode(bytes) : Objects.toString(value)).append(' ');
                    }
                    rows.add(row.toString());
                }
            }
        }
        Collections.sort(rows);
        return rows;
    }

    /** What differs from {@code before}, table by table; empty when nothing does. */
    List<String> differences(TenantSnapshot before) {
        List<String> differences = new ArrayList<>();
        for (String table : tables.keySet()) {
            List<String> was = before.tables.get(table);
            List<String> now = tables.get(table);
            if (!now.equals(was)) {
                List<String> added = new ArrayList<>(now);
                added.removeAll(was);
                List<String> removed = new ArrayList<>(was);
                removed.removeAll(now);
                differences.add(table + ": removed " + abbreviate(removed) + ", added " + abbreviate(added));
            }
        }
        return differences;
    }

    private static String abbreviate(List<String> rows) {
        String text = rows.toString();
        return text.length() > 800 ? text.substring(0, 800) + "…" : text;
    }
}
