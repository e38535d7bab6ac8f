package io.frontdesk.report.jdbc;

import io.frontdesk.db.Statements;
import io.frontdesk.report.TopCustomers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The conversations report's top customers from a per-customer count ({@code customer_id, n}), ranked, totalled and
 * cut in the database: at 1M conversations a year has ~200k customers with activity, whose counts were shipped to the
 * server for ten of them, a total and a size (docs/reports.md, "Top customers in the database").
 */
final class TopCustomersSql {

    private TopCustomersSql() {
    }

    /**
     * The top {@code limit} of {@code perCustomer}'s rows (most first, ties by lower id), with the count of rows and
     * the sum of {@code n} over all of them; with {@code limit} 0 only the two totals (a previous period's).
     */
    static TopCustomers read(Statements s, String perCustomer, List<Object> params, int limit) {
        if (limit == 0) { // no ranking: neither the window over every customer nor the sort by count
            long[] totals = s.first("SELECT COUNT(*), COALESCE(SUM(c.n), 0) FROM (" + perCustomer + ") c", params,
                    (rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).orElseThrow();
            return new TopCustomers(Math.toIntExact(totals[0]), Math.toIntExact(totals[1]), List.of());
        }
        List<Object> all = new ArrayList<>(params);
        all.add(Math.max(1, limit));
        long[] totals = new long[2];
        List<TopCustomers.Customer> top = new ArrayList<>();
        s.forEach("SELECT c.customer_id, c.n, COUNT(*) OVER () AS customers, SUM(c.n) OVER () AS total FROM ("
                        + perCustomer + ") c ORDER BY c.n DESC, c.customer_id LIMIT ?", all, (rs, ctx) -> {
                    totals[0] = rs.getLong("customers");
                    totals[1] = rs.getLong("total");
                    return new TopCustomers.Customer(rs.getLong("customer_id"), rs.getInt("n"));
                }, customer -> {
                    if (top.size() < limit) {
                        top.add(customer);
                    }
                });
        return new TopCustomers(Math.toIntExact(totals[0]), Math.toIntExact(totals[1]), top);
    }

    /** {@code perCustomer}'s rows as a map. */
    static Map<Long, Integer> counts(Statements s, String perCustomer, List<Object> params) {
        Map<Long, Integer> counts = new HashMap<>();
        s.forEach(perCustomer, params, (rs, ctx) -> Map.entry(rs.getLong("customer_id"), rs.getInt("n")),
                e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }
}
