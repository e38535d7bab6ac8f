package io.frontdesk.helpcrunch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.frontdesk.customer.Address;
import io.frontdesk.customer.Customer;
import io.frontdesk.customer.Entry;
import io.frontdesk.customer.EntryKind;
import io.frontdesk.customer.PropertyValue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HelpCrunch customer object, keys in the documented order and every key always present (null when unset), as
 * the docs' examples show. Drawn from the shared customer: see docs/customer-mapping.md.
 *
 * @param location always an object, its members null when the customer has no address: the model types `location` as
 *                 an Object (unlike `device`, typed Object|Null), so clients read `location.city` without a check
 * @param device   always null: only the chat widget reports a device, and this server has no widget
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"id", "name", "email", "userId", "company", "phone", "firstSeen", "lastSeen", "location", "device",
        "unsubscribed", "blocked", "source", "referer", "lastPage", "locale", "createdFrom", "integrationId", "notes",
        "tags", "customData"})
record HcCustomer(long id, String name, String email, String userId, String company, String phone, String firstSeen,
                  String lastSeen, Location location, Object device, boolean unsubscribed, boolean blocked,
                  String source, String referer, String lastPage, String locale, String createdFrom,
                  String integrationId, String notes, List<Tag> tags, Map<String, Object> customData) {

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"regionCode", "countryCode", "city"})
    record Location(String regionCode, String countryCode, String city) {
    }

    @JsonPropertyOrder({"name", "color"})
    record Tag(String name, String color) {
    }

    static HcCustomer of(Customer customer) {
        Address address = customer.address();
        Location location = address == null ? new Location(null, null, null)
                : new Location(address.state(), address.country(), address.city());
        return new HcCustomer(customer.id(), customer.fullName(), first(customer, EntryKind.EMAIL),
                customer.externalId(), customer.organization(), first(customer, EntryKind.PHONE),
                HcDates.format(customer.firstSeen()), HcDates.format(customer.lastSeen()), location, null,
                customer.unsubscribed(), customer.blocked(), customer.source(), customer.referer(),
                customer.lastPage(), customer.locale(), customer.createdFrom(), customer.integrationId(),
                customer.background(), customer.tags().stream().map(t -> new Tag(t.name(), t.color())).toList(),
                customData(customer.properties()));
    }

    private static String first(Customer customer, EntryKind kind) {
        return customer.first(kind).map(Entry::value).orElse(null);
    }

    /**
     * Property name → value. Values keep the JSON kind they were sent as (15 stays a number, true a boolean); a Help
     * Scout dropdown shows its option's label rather than the option id it stores.
     */
    private static Map<String, Object> customData(List<PropertyValue> values) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (PropertyValue value : values) {
            Object typed = value.kind() == PropertyValue.ValueKind.STRING ? value.text() : value.typed();
            data.put(value.definition().name(), typed);
        }
        return data;
    }
}
