package io.frontdesk.conversation;

import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;
import io.frontdesk.error.Validation;
import io.frontdesk.mailbox.FieldType;
import io.frontdesk.mailbox.MailboxField;
import io.frontdesk.mailbox.MailboxFieldService;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A conversation's custom-field values against its mailbox's definitions. The value rules themselves (dropdown by
 * option id or label, number, yyyy-MM-dd date, text lengths) belong to the mailbox field definitions
 * ({@link MailboxFieldService#validateValue}); this class names the request paths, collects every problem, and adds
 * the numeric form that number searches compare.
 */
final class CustomFieldValues {

    private CustomFieldValues() {
    }

    /**
     * The stored values for {@code inputs} (the last of repeated ids wins; a null or blank value removes the field),
     * or a 400 naming `fields[i].id` / `fields[i].value`.
     */
    static List<StoredFieldValue> check(List<FieldInput> inputs, List<MailboxField> definitions) {
        Validation validation = new Validation();
        Map<Long, StoredFieldValue> values = new LinkedHashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            FieldInput input = inputs.get(i);
            String path = "fields[" + i + "]";
            MailboxField field = definitions.stream().filter(d -> d.id() == input.fieldId()).findFirst().orElse(null);
            if (field == null) {
                validation.add(FieldError.of(path + ".id", "InvalidValue",
                        "The conversation's mailbox has no custom field with this id", input.fieldId()));
                continue;
            }
            try {
                String stored = MailboxFieldService.validateValue(field, input.value(), path + ".value");
                if (stored == null) {
                    values.remove(field.id());
                } else {
                    Double number = field.type() == FieldType.NUMBER ? Double.valueOf(stored) : null;
                    values.put(field.id(), new StoredFieldValue(field.id(), stored, number));
                }
            } catch (ApiException e) {
                validation.addAll(e.errors());
            }
        }
        validation.throwIfAny();
        return new ArrayList<>(values.values());
    }

    /** The values a conversation shows: only fields its mailbox defines, in the definitions' order. */
    static List<CustomFieldValue> shown(List<CustomFieldValue> raw, List<MailboxField> definitions) {
        List<CustomFieldValue> shown = new ArrayList<>();
        for (MailboxField field : definitions) {
            raw.stream().filter(v -> v.id() == field.id()).findFirst().ifPresent(v -> shown.add(
                    new CustomFieldValue(field.id(), field.name(), v.value(), field.text(v.value()))));
        }
        return shown;
    }
}
