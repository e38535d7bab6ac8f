package io.frontdesk.customer;

import io.frontdesk.tag.TagInput;

import java.util.List;
import java.util.Map;

/**
 * Everything a create carries, already translated from the dialect. Field values are String, Instant or Boolean as
 * the field's {@link CustomerField.Kind} says; absent fields are null.
 */
public record NewCustomer(Map<CustomerField, Object> fields, List<NewEntry> entries, AddressChange address,
                          List<PropertyChange> properties, List<TagInput> tags) {

    public NewCustomer {
        fields = Map.copyOf(fields.entrySet().stream().filter(e -> e.getValue() != null)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        entries = List.copyOf(entries);
        properties = List.copyOf(properties);
        tags = List.copyOf(tags);
    }
}
