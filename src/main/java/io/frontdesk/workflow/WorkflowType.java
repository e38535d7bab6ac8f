package io.frontdesk.workflow;

import java.util.Locale;
import java.util.Optional;

/** Manual workflows are run by a user on chosen conversations; automatic ones run on the core events they name. */
public enum WorkflowType {
    MANUAL, AUTOMATIC;

    /** The lower-case token of the wire and the database. */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<WorkflowType> parse(String text) {
        for (WorkflowType type : values()) {
            if (text != null && type.token().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
