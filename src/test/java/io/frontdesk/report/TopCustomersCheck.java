package io.frontdesk.report;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The top customers of one count against another's: the whole list, a cut one, the totals alone, a few customers. */
final class TopCustomersCheck {

    private TopCustomersCheck() {
    }

    /** Answers how many comparisons were made. */
    static int assertSameTopCustomers(PeriodCounts actual, PeriodCounts expected, String as) {
        TopCustomers all = expected.topCustomers(Integer.MAX_VALUE);
        assertThat(actual.topCustomers(Integer.MAX_VALUE)).as(as + " all customers").isEqualTo(all);
        assertThat(all.customers()).as(as).isEqualTo(all.top().size());
        assertThat(actual.topCustomers(2)).as(as + " top two").isEqualTo(expected.topCustomers(2));
        assertThat(actual.topCustomers(0)).as(as + " totals only")
                .isEqualTo(new TopCustomers(all.customers(), all.conversations(), List.of()));
        Set<Long> some = new HashSet<>(Set.of(-1L)); // a customer without activity is absent
        all.top().stream().limit(2).forEach(c -> some.add(c.id()));
        assertThat(actual.customerConversations(some)).as(as + " some customers")
                .isEqualTo(expected.customerConversations(some));
        return 4;
    }
}
