package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.frontdesk.organization.Organization;
import io.frontdesk.organization.OrganizationCounts;
import io.frontdesk.web.Dates;

import java.util.List;
import java.util.Map;

/**
 * The 2.0 organization object. Unset text is sent as null and unset lists as `[]` (Help Scout's documented after-PUT
 * state); the counts and properties appear only when the GET asked for them.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record V2Organization(long id, String name, String website, String description, String location, String logoUrl,
                      String note, List<String> domains, List<String> phones, String brandColor,
                      @JsonInclude(JsonInclude.Include.NON_NULL) Long customerCount,
                      @JsonInclude(JsonInclude.Include.NON_NULL) Long conversationCount,
                      @JsonInclude(JsonInclude.Include.NON_NULL) List<V2OrganizationPropertyValue> properties,
                      String createdAt, String updatedAt,
                      @JsonProperty("_links") Map<String, Hal.Link> links) {

    static V2Organization of(Organization organization, String base) {
        return of(organization, null, null, base);
    }

    static V2Organization of(Organization o, OrganizationCounts counts, List<V2OrganizationPropertyValue> properties,
                             String base) {
        return new V2Organization(o.id(), o.name(), o.website(), o.description(), o.location(), o.logoUrl(), o.note(),
                o.domains(), o.phones(), o.brandColor(), counts == null ? null : counts.customers(),
                counts == null ? null : counts.conversations(), properties, Dates.iso(o.createdAt()),
                Dates.iso(o.updatedAt()), new Hal.Links().add("self", V2Urls.organization(base, o.id())).build());
    }
}
