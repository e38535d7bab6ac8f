package io.frontdesk.sandbox.jdbc;

import io.frontdesk.db.DbVendor;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The data tables of the schema in foreign-key order (parents first), read from the database itself so that a table a
 * later migration adds is reset too. Left out: the migration history, SQLite's full-text tables (their triggers keep
 * them in step with the tables they index) and SQLite's change counter of credentials (its poller must see it move).
 *
 * @param tables         parents first
 * @param accountColumns the tables that have an account_id column
 * @param cascades       each table's foreign keys whose parent's delete deletes the row (ON DELETE CASCADE)
 */
record Schema(List<String> tables, Set<String> accountColumns, Set<String> referenced,
              Map<String, List<Cascade>> cascades) {

    /** A one-column foreign key {@code column} of a table to {@code parent(parentColumn)}, ON DELETE CASCADE. */
    record Cascade(String column, String parent, String parentColumn) {
    }

    private static final Set<String> SKIPPED = Set.of("flyway_schema_history", "credential_changes");

    static Schema read(Connection c, DbVendor vendor) throws SQLException {
        List<String> names = new ArrayList<>();
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        Set<String> withAccount = new LinkedHashSet<>();
        Map<String, List<Cascade>> cascades = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            if (vendor == DbVendor.SQLITE) {
                List<String> virtual = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'table'"
                        + " AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
                    while (rs.next()) {
                        String sql = rs.getString(2);
                        if (sql != null && sql.regionMatches(true, 0, "CREATE VIRTUAL", 0, 14)) {
                            virtual.add(rs.getString(1));
                        } else {
                            names.add(rs.getString(1));
                        }
                    }
                }
                names.removeIf(n -> virtual.stream().anyMatch(v -> n.startsWith(v + "_")));
                names.removeAll(SKIPPED);
                for (String table : names) {
                    Set<String> refs = new LinkedHashSet<>();
                    try (ResultSet rs = s.executeQuery("PRAGMA foreign_key_list(\"" + table + "\")")) {
                        while (rs.next()) {
                            refs.add(rs.getString("table"));
                            if ("CASCADE".equalsIgnoreCase(rs.getString("on_delete"))) {
                                cascades.computeIfAbsent(table, t -> new ArrayList<>()).add(new Cascade(
                                        rs.getString("from"), rs.getString("table"), rs.getString("to")));
                            }
                        }
                    }
                    parents.put(table, refs);
                    try (ResultSet rs = s.executeQuery("PRAGMA table_info(\"" + table + "\")")) {
                        while (rs.next()) {
                            if ("account_id".equals(rs.getString("name"))) {
                                withAccount.add(table);
                            }
                        }
                    }
                }
            } else {
                try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables"
                        + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name")) {
                    while (rs.next()) {
                        names.add(rs.getString(1));
                    }
                }
                names.removeAll(SKIPPED);
                names.forEach(n -> parents.put(n, new LinkedHashSet<>()));
                // every foreign key here is of one column (con.conkey[1], con.confkey[1])
                try (ResultSet rs = s.executeQuery("SELECT cl.relname, pcl.relname, con.confdeltype = 'c',"
                        + " a.attname, pa.attname FROM pg_constraint con"
                        + " JOIN pg_class cl ON cl.oid = con.conrelid JOIN pg_class pcl ON pcl.oid = con.confrelid"
                        + " JOIN pg_namespace ns ON ns.oid = cl.relnamespace"
                        + " JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = con.conkey[1]"
                        + " JOIN pg_attribute pa ON pa.attrelid = con.confrelid AND pa.attnum = con.confkey[1]"
                        + " WHERE con.contype = 'f' AND ns.nspname = current_schema() ORDER BY 1, 4")) {
                    while (rs.next()) {
                        Set<String> refs = parents.get(rs.getString(1));
                        if (refs != null) {
                            refs.add(rs.getString(2));
                            if (rs.getBoolean(3)) {
                                cascades.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(new Cascade(
                                        rs.getString(4), rs.getString(2), rs.getString(5)));
                            }
                        }
                    }
                }
                try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.columns"
                        + " WHERE table_schema = current_schema() AND column_name = 'account_id'")) {
                    while (rs.next()) {
                        withAccount.add(rs.getString(1));
                    }
                }
            }
        }
        Set<String> referenced = new LinkedHashSet<>();
        parents.forEach((table, refs) -> refs.stream().filter(r -> !r.equals(table)).forEach(referenced::add));
        withAccount.retainAll(names);
        cascades.keySet().retainAll(names);
        cascades.replaceAll((table, keys) -> List.copyOf(keys));
        return new Schema(order(names, parents), withAccount, referenced, Map.copyOf(cascades));
    }

    /** Parents before children; a cycle (none today) would leave its tables in name order at the end. */
    private static List<String> order(List<String> names, Map<String, Set<String>> parents) {
        List<String> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        boolean progress = true;
        while (placed.size() < names.size() && progress) {
            progress = false;
            for (String table : names) {
                if (placed.contains(table)) {
                    continue;
                }
                boolean ready = parents.getOrDefault(table, Set.of()).stream()
                        .allMatch(p -> p.equals(table) || placed.contains(p) || !names.contains(p));
                if (ready) {
                    placed.add(table);
                    ordered.add(table);
                    progress = true;
                }
            }
        }
        names.stream().filter(n -> !placed.contains(n)).forEach(ordered::add);
        return List.copyOf(ordered);
    }
}
