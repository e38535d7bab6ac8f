package io.frontdesk.report.jdbc;

import io.frontdesk.conversation.FolderType;
import io.frontdesk.report.ReportFolder;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What each folder of the folders filter holds (docs/reports.md, "The folders filter"), read from the status and
 * assignee a fact carries: the one definition {@link FilterSql} (the facts), {@link CellSubjectSql} (the lists' index
 * ranges) and {@link FolderCells} (the folder cells, V57) spell. Unassigned, Mine and Assigned hold the active and
 * pending conversations, as the folders do now, told apart by their assignee; Closed and Spam their status's, whoever
 * the assignee; Drafts nothing. A fact with any other status, or none (written before V44), is in no folder.
 */
enum FolderRule {

    UNASSIGNED(Rules.OPEN, Assignee.NONE, "unassigned"),
    /** The viewer's part of Assigned: its facts are in Assigned's cells, those of the viewer's assignee. */
    MINE(Rules.OPEN, Assignee.VIEWER, "assigned"),
    ASSIGNED(Rules.OPEN, Assignee.SOME, "assigned"),
    CLOSED(List.of("closed"), Assignee.ANY, "closed"),
    SPAM(List.of("spam"), Assignee.ANY, "spam"),
    /** A draft's facts are not told apart from a published conversation's (docs/reports.md). */
    DRAFTS(List.of(), Assignee.ANY, null);

    /** Which of its statuses' facts a folder holds, by their assignee. */
    enum Assignee {
        ANY, NONE, SOME, VIEWER
    }

    /** The fact statuses the folder holds, in the order its SQL lists them. */
    final List<String> statuses;
    final Assignee assignee;
    /** The class of the folder cells holding its facts; null for Drafts. */
    final String cell;

    FolderRule(List<String> statuses, Assignee assignee, String cell) {
        this.statuses = statuses;
        this.assignee = assignee;
        this.cell = cell;
    }

    static FolderRule of(FolderType type) {
        return switch (type) {
            case UNASSIGNED -> UNASSIGNED;
            case MINE -> MINE;
            case ASSIGNED -> ASSIGNED;
            case CLOSED -> CLOSED;
            case SPAM -> SPAM;
            case DRAFTS -> DRAFTS;
        };
    }

    /**
     * The folder holding a fact with this status and assignee whatever the viewer (Mine aside, whose facts Assigned
     * holds): the folders' classes are disjoint, so there is at most one. Empty when the fact is in no folder.
     */
    static Optional<FolderRule> holding(String status, Long assigneeId) {
        for (FolderRule rule : values()) {
            if (rule.assignee != Assignee.VIEWER && rule.holds(status, assigneeId)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    private boolean holds(String status, Long assigneeId) {
        return status != null && statuses.contains(status) && switch (assignee) {
            case ANY -> true;
            case NONE -> assigneeId == null;
            case SOME -> assigneeId != null;
            case VIEWER -> throw new IllegalStateException("Mine holds the viewer's facts: " + this);
        };
    }

    /** The condition on {@code alias}'s status: none of them when the folder holds no status. */
    String statusSql(String alias) {
        return switch (statuses.size()) {
            case 0 -> "1 = 0";
            case 1 -> alias + ".status = '" + statuses.get(0) + "'";
            default -> alias + ".status IN (" + statuses.stream().map(s -> "'" + s + "'")
                    .collect(Collectors.joining(", ")) + ")";
        };
    }

    /** The condition on {@code alias}'s assignee, the viewer's a parameter; null when any assignee will do. */
    String assigneeSql(String alias) {
        return switch (assignee) {
            case ANY -> null;
            case NONE -> alias + ".assignee_id IS NULL";
            case SOME -> alias + ".assignee_id IS NOT NULL";
            case VIEWER -> alias + ".assignee_id = ?";
        };
    }

    /** Both conditions ANDed over {@code alias}; Mine's takes the viewer as its parameter ({@link #parameter}). */
    String sql(String alias) {
        String assigneeSql = assigneeSql(alias);
        return statuses.isEmpty() || assigneeSql == null ? statusSql(alias)
                : statusSql(alias) + " AND " + assigneeSql;
    }

    /** The parameter of the folder's assignee condition: Mine's viewer; null for the others, which take none. */
    Long parameter(ReportFolder folder) {
        return assignee == Assignee.VIEWER ? folder.viewerId() : null;
    }

    /** The statuses of the open folders (an enum's constants cannot be given the enum's own static fields). */
    private static final class Rules {
        static final List<String> OPEN = List.of("active", "pending");
    }
}
