package io.frontdesk.customer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A change to a customer, already translated from the dialect: fields to set (a null value clears), entry changes,
 * an address change, property changes and a tag change. Everything is applied in one transaction.
 */
public final class CustomerUpdate {

    private final Map<CustomerField, Object> fields = new EnumMap<>(CustomerField.class);
    private final List<EntryChange> entries = new ArrayList<>();
    private final List<PropertyChange> properties = new ArrayList<>();
    private AddressChange address;
    private Long addressId;
    private TagChange tags;
    private boolean replaceProperties;

    public CustomerUpdate set(CustomerField field, Object value) {
        fields.put(field, value);
        return this;
    }

    public CustomerUpdate entry(EntryChange change) {
        entries.add(change);
        return this;
    }

    public CustomerUpdate address(AddressChange change) {
        this.address = change;
        this.addressId = null;
        return this;
    }

    /**
     * An address change aimed at the address with this id (Help Scout 1.0 names the address by id): the update fails
     * with 404, changing nothing, when the customer has no address or one with another id.
     */
    public CustomerUpdate address(AddressChange change, long expectedAddressId) {
        this.address = change;
        this.addressId = expectedAddressId;
        return this;
    }

    public CustomerUpdate property(PropertyChange change) {
        properties.add(change);
        return this;
    }

    /**
     * Makes the property changes the customer's whole set: values of properties they do not name are removed
     * (HelpCrunch's full-replace PUT, where an absent customData clears it).
     */
    public CustomerUpdate replaceProperties() {
        this.replaceProperties = true;
        return this;
    }

    /** True when values of properties not named by {@link #properties()} are removed. */
    public boolean replacesProperties() {
        return replaceProperties;
    }

    public CustomerUpdate tags(TagChange change) {
        this.tags = change;
        return this;
    }

    /** Field values, null meaning "clear". */
    public Map<CustomerField, Object> fields() {
        return Collections.unmodifiableMap(fields);
    }

    public List<EntryChange> entries() {
        return Collections.unmodifiableList(entries);
    }

    public List<PropertyChange> properties() {
        return Collections.unmodifiableList(properties);
    }

    public AddressChange address() {
        return address;
    }

    /** The address id {@link #address(AddressChange, long)} expects, or null when any address will do. */
    public Long addressId() {
        return addressId;
    }

    public TagChange tags() {
        return tags;
    }

    public boolean isEmpty() {
        return fields.isEmpty() && entries.isEmpty() && properties.isEmpty() && address == null && tags == null
                && !replaceProperties;
    }
}
