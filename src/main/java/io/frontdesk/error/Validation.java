package io.frontdesk.error;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects field errors so a request reports every problem at once, as the vendors do.
 */
public final class Validation {

    private final List<FieldError> errors = new ArrayList<>();

    public Validation add(FieldError error) {
        errors.add(error);
        return this;
    }

    public Validation addAll(List<FieldError> more) {
        errors.addAll(more);
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** Throws a validation failure when anything was collected. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }
}
