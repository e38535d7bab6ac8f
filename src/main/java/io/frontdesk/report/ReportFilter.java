package io.frontdesk.report;

import java.util.Set;

/**
 * Which conversations a report counts: in these mailboxes, of these types ({@code email}, {@code chat},
 * {@code phone}), carrying at least one of these tags now, in one of these folders when each fact happened; an empty
 * set does not filter.
 */
public record ReportFilter(Set<Long> mailboxes, Set<String> types, Set<Long> tags, Set<ReportFolder> folders) {

    public static final ReportFilter ALL = new ReportFilter(Set.of(), Set.of(), Set.of(), Set.of());

    public ReportFilter {
        mailboxes = Set.copyOf(mailboxes);
        types = Set.copyOf(types);
        tags = Set.copyOf(tags);
        folders = Set.copyOf(folders);
    }

    /** No folder filter. */
    public ReportFilter(Set<Long> mailboxes, Set<String> types, Set<Long> tags) {
        this(mailboxes, types, tags, Set.of());
    }

    public ReportFilter withTypes(Set<String> next) {
        return new ReportFilter(mailboxes, next, tags, folders);
    }

    public ReportFilter withTags(Set<Long> next) {
        return new ReportFilter(mailboxes, types, next, folders);
    }

    public ReportFilter withFolders(Set<ReportFolder> next) {
        return new ReportFilter(mailboxes, types, tags, next);
    }
}
