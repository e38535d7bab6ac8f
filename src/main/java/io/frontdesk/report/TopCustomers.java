package io.frontdesk.report;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The customers with activity in a scope (docs/reports.md, "Figures": top customers), as the conversations report
 * shows them: how many there were, their conversations with activity summed over them (each customer's distinct
 * conversations), and the {@code top} ones with most, ties by lower id first.
 *
 * @param customers     customers with activity
 * @param conversations each customer's distinct conversations with activity, summed over the customers
 * @param top           the first customers by conversations, most first, ties by lower id
 */
public record TopCustomers(int customers, int conversations, List<Customer> top) {

    public static final TopCustomers NONE = new TopCustomers(0, 0, List.of());

    /** Order of the top list: most conversations first, then the lower id. */
    public static final Comparator<Customer> ORDER = Comparator.comparingInt(Customer::conversations).reversed()
            .thenComparingLong(Customer::id);

    public TopCustomers {
        top = List.copyOf(top);
    }

    /** A customer and its distinct conversations with activity in the scope. */
    public record Customer(long id, int conversations) {
    }

    /** From every customer's count (the counted-here path): the first {@code limit} of them. */
    static TopCustomers of(Map<Long, Integer> counts, int limit) {
        List<Customer> top = counts.entrySet().stream().map(e -> new Customer(e.getKey(), e.getValue()))
                .sorted(ORDER).limit(limit).toList();
        return new TopCustomers(counts.size(), counts.values().stream().mapToInt(Integer::intValue).sum(), top);
    }
}
