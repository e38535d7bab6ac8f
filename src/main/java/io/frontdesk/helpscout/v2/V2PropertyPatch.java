package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.customer.CustomerUpdate;
import io.frontdesk.customer.PropertyChange;
import io.frontdesk.error.FieldError;
import io.frontdesk.error.Validation;

import java.util.Set;

/**
 * `PATCH /v2/customers/{id}/properties`: `[{"op":"replace","path":"/car","value":"Tesla"},{"op":"remove",
 * "path":"/revenue"}]`. The path names a defined property by slug; the service checks the value against the
 * property's type. `add` is read as `replace`, and a null value as `remove`.
 */
final class V2PropertyPatch {

    private static final Set<String> OPS = Set.of("add", "remove", "replace");

    private V2PropertyPatch() {
    }

    static CustomerUpdate read(JsonNode body) {
        Validation validation = new Validation();
        CustomerUpdate update = new CustomerUpdate();
        for (V2PatchOp op : V2PatchOp.parse(body, OPS, validation)) {
            if (op.segments().size() != 1 || op.segments().get(0).isBlank()) {
                validation.add(FieldError.of(op.at("path"), "InvalidValue", "must name a property: /{slug}",
                        op.path()));
                continue;
            }
            Object value = op.writes() ? V2CustomerReader.propertyValue(op.value(), op.valuePath(), validation)
                    : null;
            update.property(new PropertyChange(op.segments().get(0), value, false));
        }
        validation.throwIfAny();
        return update;
    }
}
