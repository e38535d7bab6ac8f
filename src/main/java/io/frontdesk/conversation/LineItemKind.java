package io.frontdesk.conversation;

import java.util.Locale;

/**
 * What a line-item thread records. The token is Help Scout 2.0's {@code action.type}; the source of a merge is the
 * conversation merged in, of a workflow run the workflow.
 */
public enum LineItemKind {
    MERGED, MANUAL_WORKFLOW, AUTOMATIC_WORKFLOW;

    public String token() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static LineItemKind fromStored(String token) {
        return valueOf(token.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    public boolean isWorkflow() {
        return this != MERGED;
    }
}
