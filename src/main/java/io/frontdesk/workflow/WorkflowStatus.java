package io.frontdesk.workflow;

import java.util.Locale;
import java.util.Optional;

/**
 * Only active workflows run. {@code invalid} is Help Scout's mark for a workflow whose definition names something gone
 * (a deleted mailbox, user or saved reply); a client cannot set it, and here nothing sets it yet: an action whose
 * target is gone is skipped when it runs (docs/workflows.md).
 */
public enum WorkflowStatus {
    ACTIVE, INACTIVE, INVALID;

    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<WorkflowStatus> parse(String text) {
        for (WorkflowStatus status : values()) {
            if (text != null && status.token().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
