package io.frontdesk.report;

import java.util.Set;

/**
 * Which conversations a report counts: in these mailboxes, of these types ({@code email}, {@code chat},
 * {@code phone}), carrying at least one of these tags now; an empty set does not filter.
 */
public record ReportFilter(Set<Long> mailboxes, Set<String> types, Set<Long> tags) {

    public static final ReportFilter ALL = new ReportFilter(Set.of(), Set.of(), Set.of());

    public ReportFilter {
        mailboxes = Set.copyOf(mailboxes);
        types = Set.copyOf(types);
        tags = Set.copyOf(tags);
    }
}
