package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.core.Change;
import io.frontdesk.customer.AddressChange;
import io.frontdesk.customer.CustomerField;
import io.frontdesk.customer.CustomerUpdate;
import io.frontdesk.customer.EntryChange;
import io.frontdesk.customer.EntryKind;
import io.frontdesk.customer.NewEntry;
import io.frontdesk.error.FieldError;
import io.frontdesk.error.Validation;
import io.frontdesk.web.JsonFields;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * `PATCH /v2/customers/{id}`: a JSON Patch array over core fields (`/firstName`), entries (`add /emails`,
 * `remove /emails/1001`, `replace /emails/1001`, `replace /chats/1002/value`) and the address (`/address`,
 * `/address/city`). Everything is checked before anything is applied, and the service applies the result in one
 * transaction, so a bad operation anywhere changes nothing.
 */
final class V2CustomerPatch {

    private static final Set<String> OPS = Set.of("add", "remove", "replace");
    private static final Set<String> ADDRESS_PARTS = Set.of("lines", "city", "state", "postalCode", "country");

    private final Validation validation = new Validation();
    private final CustomerUpdate update = new CustomerUpdate();
    private AddressChange address;

    private V2CustomerPatch() {
    }

    static CustomerUpdate read(JsonNode body) {
        V2CustomerPatch patch = new V2CustomerPatch();
        for (V2PatchOp op : V2PatchOp.parse(body, OPS, patch.validation)) {
            patch.apply(op);
        }
        patch.validation.throwIfAny();
        if (patch.address != null) {
            patch.update.address(patch.address);
        }
        return patch.update;
    }

    private void apply(V2PatchOp op) {
        String head = op.segments().get(0);
        Optional<V2CoreField> core = V2CoreField.byWireName(head);
        Optional<V2EntryCollection> collection = V2EntryCollection.byPathName(head);
        if (core.isPresent() && op.segments().size() == 1) {
            String value = op.writes() ? text(op.value(), op.valuePath()) : null;
            update.set(core.get().field(), core.get().check(value, op.valuePath(), validation));
        } else if (head.equals("organizationId") && op.segments().size() == 1) {
            update.set(CustomerField.ORGANIZATION_ID, op.writes()
                    ? V2CustomerReader.organizationId(op.value(), op.valuePath(), validation) : null);
        } else if (collection.isPresent()) {
            entries(op, collection.get().kind());
        } else if (head.equals("address") && op.segments().size() <= 2) {
            address(op);
        } else {
            refuse(op, "no such field");
        }
    }

    /** `/emails` (add only), `/emails/{id}` (remove, replace) and `/emails/{id}/value|type` (add, replace). */
    private void entries(V2PatchOp op, EntryKind kind) {
        List<String> segments = op.segments();
        if (segments.size() == 1) {
            collection(op, kind);
            return;
        }
        Long id = entryId(op, segments.get(1));
        if (id == null) {
            return;
        }
        if (segments.size() == 2 && !op.op().equals("add")) {
            entry(op, kind, id);
        } else if (segments.size() == 3 && op.writes() && segments.get(2).equals("value")) {
            String value = V2CustomerReader.entryValue(kind, text(op.value(), op.valuePath()), op.valuePath(),
                    validation);
            if (value != null) {
                update.entry(new EntryChange.Update(kind, id, value, null));
            }
        } else if (segments.size() == 3 && op.writes() && segments.get(2).equals("type") && kind.typed()) {
            entryType(op, kind, id);
        } else {
            refuse(op, "operation '" + op.op() + "' is not supported on " + op.path());
        }
    }

    /** Only `add` applies to a whole collection: Help Scout refuses removing (or replacing) all entries at once. */
    private void collection(V2PatchOp op, EntryKind kind) {
        if (!op.op().equals("add")) {
            refuse(op, "a whole collection cannot be removed or replaced; name an entry: " + op.path() + "/{id}");
            return;
        }
        NewEntry entry = entryObject(op, kind);
        if (entry != null) {
            update.entry(new EntryChange.Add(entry));
        }
    }

    /** `remove` deletes the entry; `replace` sets the whole entry, an absent type meaning the kind's default. */
    private void entry(V2PatchOp op, EntryKind kind, long id) {
        if (op.op().equals("remove")) {
            update.entry(new EntryChange.Remove(kind, id));
            return;
        }
        NewEntry entry = entryObject(op, kind);
        if (entry != null) {
            String type = entry.type() == null ? kind.defaultType() : entry.type();
            update.entry(new EntryChange.Update(kind, id, entry.value(), type));
        }
    }

    private void entryType(V2PatchOp op, EntryKind kind, long id) {
        String raw = text(op.value(), op.valuePath());
        if (raw == null) {
            validation.add(FieldError.of(op.valuePath(), "NotNull", "may not be null"));
            return;
        }
        String type = V2CustomerReader.entryType(kind, raw, op.valuePath(), validation);
        if (type != null) {
            update.entry(new EntryChange.Update(kind, id, null, type));
        }
    }

    private void address(V2PatchOp op) {
        if (op.segments().size() == 1) {
            if (!op.writes()) {
                address = AddressChange.remove();
            } else if (op.value() != null && op.value().isObject()) {
                address = V2CustomerReader.address(JsonFields.of(op.value(), "address.", validation));
            } else {
                validation.add(FieldError.of("address", "InvalidType", "must be an object", op.value().toString()));
            }
            return;
        }
        String part = op.segments().get(1);
        if (!ADDRESS_PARTS.contains(part)) {
            refuse(op, "no such address field");
            return;
        }
        AddressChange base = address == null ? new AddressChange(false, Change.keep(), Change.keep(),
                Change.keep(), Change.keep(), Change.keep())
                : address.delete() ? AddressChange.replace(null, null, null, null, null) : address;
        address = part.equals("lines") ? withLines(base, op) : withPart(base, part,
                op.writes() ? text(op.value(), op.valuePath()) : null);
    }

    private AddressChange withLines(AddressChange base, V2PatchOp op) {
        List<String> lines = new ArrayList<>();
        JsonNode value = op.writes() ? op.value() : null;
        if (value != null && !value.isNull() && !value.isArray()) {
            validation.add(FieldError.of("address.lines", "InvalidType", "must be an array", value.toString()));
        } else if (value != null) {
            for (int i = 0; i < value.size(); i++) {
                String line = text(value.get(i), "address.lines[" + i + "]");
                if (line != null) {
                    lines.add(line);
                }
            }
        }
        return new AddressChange(false, Change.set(lines), base.city(), base.state(), base.postalCode(),
                base.country());
    }

    private static AddressChange withPart(AddressChange base, String part, String value) {
        Change<String> set = Change.set(value);
        return new AddressChange(false, base.lines(), part.equals("city") ? set : base.city(),
                part.equals("state") ? set : base.state(), part.equals("postalCode") ? set : base.postalCode(),
                part.equals("country") ? set : base.country());
    }

    private NewEntry entryObject(V2PatchOp op, EntryKind kind) {
        if (op.value() == null || !op.value().isObject()) {
            validation.add(FieldError.of(op.valuePath(), "InvalidType", "must be an object such as "
                    + "{\"type\":\"work\",\"value\":\"…\"}", op.value() == null ? null : op.value().toString()));
            return null;
        }
        return V2CustomerReader.entry(JsonFields.of(op.value(), op.valuePath() + ".", validation), kind);
    }

    private Long entryId(V2PatchOp op, String text) {
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        validation.add(FieldError.of(op.at("path"), "InvalidIdentifier", "must name an entry by its id", op.path()));
        return null;
    }

    /** A scalar value as text; null for JSON null; objects and arrays are reported. */
    private String text(JsonNode value, String path) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isValueNode()) {
            return value.asText();
        }
        validation.add(FieldError.of(path, "InvalidType", "must be a string", value.toString()));
        return null;
    }

    private void refuse(V2PatchOp op, String why) {
        validation.add(FieldError.of(op.at("path"), "InvalidValue", why, op.path()));
    }
}
