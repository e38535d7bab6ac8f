package io.frontdesk.report.jdbc;

import io.frontdesk.db.Statements;
import io.frontdesk.report.ReportFilter;
import io.frontdesk.report.ReportFolder;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The report filter as SQL over {@code report_facts f}: one spelling for every query that reads facts. */
final class FilterSql {

    private FilterSql() {
    }

    /**
     * Appends the filter's mailbox, type, tag and folder conditions (each empty = all) and their parameters. A folder
     * is read from the status and assignee each fact carries (docs/reports.md, "The folders filter"): a fact written
     * before they were recorded (status null) is in no folder.
     */
    static void append(StringBuilder sql, List<Object> params, ReportFilter filter) {
        append(sql, params, filter, true);
    }

    /**
     * As {@link #append(StringBuilder, List, ReportFilter)}; {@code byConversations} false spells the tags' condition
     * so that no index of the facts' conversation applies ({@code +f.conversation_id}): the facts are then read by
     * another index and each checked against the tags' conversations.
     */
    static void append(StringBuilder sql, List<Object> params, ReportFilter filter, boolean byConversations) {
        appendCells(sql, params, filter, "f");
        if (!filter.tags().isEmpty()) {
            // Driven from the tags' conversations, not a lookup per fact: with report_facts_account_conversation (V58)
            // both planners can read only those conversations' facts (docs/reports.md, "The tags filter: counted
            // from the tags' conversations").
            sql.append(byConversations ? " AND f.conversation_id" : " AND +f.conversation_id")
                    .append(" IN (SELECT t.conversation_id FROM conversation_tags t")
                    .append(" WHERE t.tag_id IN (").append(Statements.placeholders(filter.tags().size())).append("))");
            filter.tags().stream().sorted().forEach(params::add);
        }
        if (!filter.folders().isEmpty()) {
            sql.append(" AND (");
            String or = "";
            for (ReportFolder folder : sorted(filter.folders())) {
                sql.append(or).append("(f.mailbox_id = ? AND ").append(condition(folder, params)).append(')');
                or = " OR ";
            }
            sql.append(')');
        }
    }

    /** The folders in a stable order: the statement text is the same for the same filter (the statement cache). */
    static List<ReportFolder> sorted(Set<ReportFolder> folders) {
        return folders.stream().sorted(Comparator.comparingLong(ReportFolder::mailboxId)
                .thenComparing(ReportFolder::type)).toList();
    }

    /**
     * The filter's mailbox and type conditions (each empty = all) over {@code alias}'s {@code mailbox_id} and
     * {@code conversation_type}: the facts', or the scoped rollups' cells, which carry the same two columns.
     */
    static void appendCells(StringBuilder sql, List<Object> params, ReportFilter filter, String alias) {
        if (!filter.mailboxes().isEmpty()) {
            sql.append(" AND ").append(alias).append(".mailbox_id IN (")
                    .append(Statements.placeholders(filter.mailboxes().size())).append(')');
            filter.mailboxes().stream().sorted().forEach(params::add);
        }
        if (!filter.types().isEmpty()) {
            sql.append(" AND ").append(alias).append(".conversation_type IN (")
                    .append(Statements.placeholders(filter.types().size())).append(')');
            filter.types().stream().map(t -> t.toLowerCase(Locale.ROOT)).sorted().forEach(params::add);
        }
    }

    /**
     * The folder's condition on the fact's status and assignee ({@link FolderRule}, which the folder cells classify
     * facts by too: {@link FolderCells}); the mailbox's parameter is added first.
     */
    private static String condition(ReportFolder folder, List<Object> params) {
        params.add(folder.mailboxId());
        FolderRule rule = FolderRule.of(folder.type());
        Long viewer = rule.parameter(folder);
        if (viewer != null) {
            params.add(viewer);
        }
        return rule.sql("f");
    }
}
