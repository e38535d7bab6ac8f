package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/**
 * An unpaged HAL list (a customer's emails, the property definitions): `_embedded.<rel>` and a self link. As with
 * pages, an empty list carries `_embedded` with an empty array.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record V2Collection(@JsonProperty("_embedded") Map<String, List<?>> embedded,
                    @JsonProperty("_links") Map<String, Hal.Link> links) {

    static V2Collection of(String rel, List<?> items, String self) {
        return new V2Collection(Map.of(rel, items),
                new Hal.Links().add("self", self).build());
    }
}
