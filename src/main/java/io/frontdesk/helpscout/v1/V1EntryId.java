package io.frontdesk.helpscout.v1;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.error.FieldError;
import io.frontdesk.web.JsonFields;

/**
 * What the `id` of a nested 1.0 object asks for on update: a positive id updates that object, a negative id deletes
 * the object with the id without its sign, and no id or a falsy one (`0`, `false`, `null`, `""`) creates a new object.
 */
record V1EntryId(Action action, long id) {

    enum Action { CREATE, UPDATE, DELETE }

    private static final V1EntryId CREATE = new V1EntryId(Action.CREATE, 0);

    /** The object's id rule, or null (with a field error added) when the id is neither a number nor falsy. */
    static V1EntryId read(JsonFields object) {
        JsonNode raw = object.node().get("id");
        if (raw == null || raw.isNull() || raw.isBoolean() && !raw.booleanValue()
                || raw.isTextual() && raw.textValue().isBlank()) {
            return CREATE;
        }
        if (raw.isBoolean()) {
            object.validation().add(FieldError.of(object.path("id"), "InvalidType",
                    "must be a whole number, or missing, 0, false or null to create", raw.asText()));
            return null;
        }
        Long id = object.integer("id");
        if (id == null) {
            return null;
        }
        if (id == 0) {
            return CREATE;
        }
        if (id == Long.MIN_VALUE) {
            // no stored object can have this id, and its sign cannot be dropped
            return new V1EntryId(Action.DELETE, Long.MAX_VALUE);
        }
        return id > 0 ? new V1EntryId(Action.UPDATE, id) : new V1EntryId(Action.DELETE, -id);
    }
}
