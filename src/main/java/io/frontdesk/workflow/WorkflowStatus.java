package io.frontdesk.workflow;

import java.util.Locale;
import java.util.Optional;

/**
 * Only active workflows run. {@code invalid} is Help Scout's mark for a workflow whose definition names something gone
 * (a deleted mailbox, user, custom field or saved reply); a client cannot set it. {@link WorkflowService} sets it when
 * such a workflow is next run, by hand or on an event, instead of running it (docs/workflows.md).
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
