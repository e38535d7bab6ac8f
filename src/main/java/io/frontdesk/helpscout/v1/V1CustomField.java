package io.frontdesk.helpscout.v1;

import io.frontdesk.mailbox.MailboxField;

import java.util.List;

/**
 * The 1.0 Custom Field object inside a mailbox: `{id, fieldName, fieldType, required, order, options}`. `fieldType` is
 * the upper-case name the 1.0 docs and the Java SDK's `CustomFieldType` enum use (`SINGLE_LINE`, `DROPDOWN`, …);
 * `options` is null for all but dropdowns, as in the docs' text-field example.
 */
record V1CustomField(long id, String fieldName, String fieldType, boolean required, int order, List<Option> options) {

    /** The 1.0 Custom Field Option object. */
    record Option(long id, String label, int order) {
    }

    static V1CustomField of(MailboxField field) {
        List<Option> options = field.options().isEmpty() ? null
                : field.options().stream().map(o -> new Option(o.id(), o.label(), o.order())).toList();
        return new V1CustomField(field.id(), field.name(), field.type().name(), field.required(), field.order(),
                options);
    }
}
