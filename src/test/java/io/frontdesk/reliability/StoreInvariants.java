package io.frontdesk.reliability;

import io.frontdesk.testing.Backend;
import org.jdbi.v3.core.Handle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whole-database checks for half-written entities, read straight from the tables: whatever a crash cut off must be
 * absent entirely, never present in part. Each query counts violations; a healthy database answers zero for all.
 */
final class StoreInvariants {

    /** Each check's query, counting the rows that break it. */
    private static final Map<String, String> CHECKS = new LinkedHashMap<>();

    static {
        CHECKS.put("conversations without threads", """
                SELECT COUNT(*) FROM conversations c
                WHERE NOT EXISTS (SELECT 1 FROM threads t WHERE t.conversation_id = c.id)""");
        CHECKS.put("conversations whose thread_count is not their number of threads", """
                SELECT COUNT(*) FROM conversations c
                WHERE c.thread_count <> (SELECT COUNT(*) FROM threads t WHERE t.conversation_id = c.id)""");
        CHECKS.put("load conversations with fewer threads than created", """
                SELECT COUNT(*) FROM conversations WHERE subject LIKE 'conv-%' AND thread_count < 3""");
        CHECKS.put("accounts whose conversation numbers are not exactly 1..count", """
                SELECT COUNT(*) FROM (SELECT account_id FROM conversations GROUP BY account_id
                                      HAVING COUNT(DISTINCT number) <> COUNT(*) OR MAX(number) <> COUNT(*)
                                          OR MIN(number) <> 1) broken""");
        CHECKS.put("accounts whose number counter is not their highest number", """
                SELECT COUNT(*) FROM conversation_counters k
                WHERE k.last_number <> (SELECT COALESCE(MAX(number), 0) FROM conversations c
                                        WHERE c.account_id = k.account_id)""");
        CHECKS.put("accounts whose kept customer count is not their number of customers", """
                SELECT COUNT(*) FROM accounts a
                WHERE (SELECT COALESCE(SUM(total), 0) FROM customer_counts k WHERE k.account_id = a.id)
                   <> (SELECT COUNT(*) FROM customers c WHERE c.account_id = a.id AND c.deleted_at IS NULL)""");
        CHECKS.put("2.0 load customers without their email or phone", """
                SELECT COUNT(*) FROM customers c WHERE c.first_name LIKE 'v2-%'
                  AND (NOT EXISTS (SELECT 1 FROM customer_entries e WHERE e.customer_id = c.id AND e.kind = 'email')
                    OR NOT EXISTS (SELECT 1 FROM customer_entries e WHERE e.customer_id = c.id
                                   AND e.kind = 'phone'))""");
        CHECKS.put("HelpCrunch load customers without their email or tag", """
                SELECT COUNT(*) FROM customers c WHERE c.external_id LIKE 'hc-%'
                  AND (NOT EXISTS (SELECT 1 FROM customer_entries e WHERE e.customer_id = c.id AND e.kind = 'email')
                    OR NOT EXISTS (SELECT 1 FROM customer_tags t WHERE t.customer_id = c.id))""");
        CHECKS.put("load conversations whose customer has no email", """
                SELECT COUNT(*) FROM conversations v WHERE v.subject LIKE 'conv-%'
                  AND NOT EXISTS (SELECT 1 FROM customer_entries e WHERE e.customer_id = v.customer_id
                                  AND e.kind = 'email')""");
        CHECKS.put("customers marked deleted without their delete job", """
                SELECT COUNT(*) FROM customers c WHERE c.deleted_at IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM jobs j WHERE j.kind = 'customer.delete'
                                  AND j.payload = CAST(c.id AS TEXT) AND j.account_id = c.account_id)""");
        CHECKS.put("customers of refused creates", "SELECT COUNT(*) FROM customers WHERE first_name LIKE 'bad-%'");
        CHECKS.put("entries of refused creates",
                "SELECT COUNT(*) FROM customer_entries WHERE value_lower LIKE 'bad-%'");
    }

    private StoreInvariants() {
    }

    /** The broken invariants with their counts; empty when the database is whole. */
    static List<String> violations(NodeData data) {
        return data.jdbi().withHandle(h -> {
            List<String> broken = new ArrayList<>();
            CHECKS.forEach((name, sql) -> {
                long count = h.createQuery(sql).mapTo(Long.class).one();
                if (count != 0) {
                    broken.add(name + ": " + count);
                }
            });
            if (data.backend() == Backend.SQLITE) {
                integrity(h, broken);
            }
            return broken;
        });
    }

    /** SQLite's own check of the file: pages, indexes and rows agree. */
    private static void integrity(Handle h, List<String> broken) {
        List<String> result = h.createQuery("PRAGMA integrity_check").mapTo(String.class).list();
        if (!result.equals(List.of("ok"))) {
            broken.add("integrity_check: " + result);
        }
    }

    /** How many rows match {@code condition} in {@code table}. */
    static long count(NodeData data, String table, String condition) {
        return data.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table + " WHERE " + condition)
                .mapTo(Long.class).one());
    }

    /** How many rows a table holds, to show that the load reached the database at all. */
    static long count(NodeData data, String table) {
        return data.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
    }
}
