package io.frontdesk.report.jdbc;

import io.frontdesk.db.Statements;
import io.frontdesk.report.ReportFilter;

import java.util.List;
import java.util.Locale;

/** The report filter as SQL over {@code report_facts f}: one spelling for every query that reads facts. */
final class FilterSql {

    private FilterSql() {
    }

    /** Appends the filter's mailbox, type and tag conditions (each empty = all) and their parameters. */
    static void append(StringBuilder sql, List<Object> params, ReportFilter filter) {
        if (!filter.mailboxes().isEmpty()) {
            sql.append(" AND f.mailbox_id IN (").append(Statements.placeholders(filter.mailboxes().size())).append(')');
            filter.mailboxes().stream().sorted().forEach(params::add);
        }
        if (!filter.types().isEmpty()) {
            sql.append(" AND f.conversation_type IN (").append(Statements.placeholders(filter.types().size()))
                    .append(')');
            filter.types().stream().map(t -> t.toLowerCase(Locale.ROOT)).sorted().forEach(params::add);
        }
        if (!filter.tags().isEmpty()) {
            sql.append(" AND EXISTS (SELECT 1 FROM conversation_tags t WHERE t.conversation_id = f.conversation_id")
                    .append(" AND t.tag_id IN (").append(Statements.placeholders(filter.tags().size())).append("))");
            filter.tags().stream().sorted().forEach(params::add);
        }
    }
}
