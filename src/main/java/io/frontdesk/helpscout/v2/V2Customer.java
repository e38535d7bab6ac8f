package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.frontdesk.customer.Customer;
import io.frontdesk.web.Dates;

import java.util.List;
import java.util.Map;

/**
 * The 2.0 customer object, the same in `GET /v2/customers/{id}` and in list pages. Fields without a value are left
 * out rather than sent as null (see docs/helpscout-v2.md), but for `organizationId`, which Help Scout sends as null;
 * `draft` is always false because drafts never reach the API here.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record V2Customer(long id, String firstName, String lastName, String gender, String jobTitle, String location,
                  String organization, @JsonInclude(JsonInclude.Include.ALWAYS) Long organizationId,
                  String photoType, String photoUrl, String age, String createdAt, String updatedAt, String background, boolean draft,
                  @JsonProperty("_embedded") Embedded embedded,
                  @JsonProperty("_links") Map<String, Hal.Link> links) {

    /** The entries, properties and address; the address is left out when the customer has none. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Embedded(List<V2Entry> emails, List<V2Entry> phones, List<V2Entry> chats,
                    @JsonProperty("social_profiles") List<V2Entry> socialProfiles, List<V2Entry> websites,
                    List<V2PropertyValue> properties, V2Address address) {
    }

    static V2Customer of(Customer customer, String base) {
        Embedded embedded = new Embedded(entries(customer, V2EntryCollection.EMAILS, base),
                entries(customer, V2EntryCollection.PHONES, base), entries(customer, V2EntryCollection.CHATS, base),
                entries(customer, V2EntryCollection.SOCIAL_PROFILES, base),
                entries(customer, V2EntryCollection.WEBSITES, base),
                customer.properties().stream().map(V2PropertyValue::of).toList(),
                customer.address() == null ? null : V2Address.embedded(customer.address()));
        return new V2Customer(customer.id(), customer.firstName(), customer.lastName(), customer.gender(),
                customer.jobTitle(), customer.location(), customer.organization(), customer.organizationId(),
                customer.photoType(), customer.photoUrl(), customer.age(), Dates.iso(customer.createdAt()),
                Dates.iso(customer.updatedAt()), customer.background(), false, embedded,
                links(customer.id(), customer.organizationId(), base));
    }

    static List<V2Entry> entries(Customer customer, V2EntryCollection collection, String base) {
        return customer.entries(collection.kind()).stream()
                .map(entry -> V2Entry.of(entry, V2Urls.entry(base, customer.id(), collection, entry.id()))).toList();
    }

    /** `organization` only when the customer is linked to one. */
    private static Map<String, Hal.Link> links(long id, Long organizationId, String base) {
        Hal.Links links = new Hal.Links().add("self", V2Urls.customer(base, id))
                .add("address", V2Urls.address(base, id));
        if (organizationId != null) {
            links.add("organization", V2Urls.organization(base, organizationId));
        }
        for (V2EntryCollection collection : V2EntryCollection.values()) {
            links.add(collection.segment(), V2Urls.entries(base, id, collection));
        }
        return links.build();
    }
}
