package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/**
 * One page of a 2.0 list: `_embedded.<rel>` (left out when the page is empty, as Help Scout does), absolute
 * `_links`, and `page` with a 1-based `number`.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record V2Page(@JsonProperty("_embedded") Map<String, List<?>> embedded,
              @JsonProperty("_links") Map<String, Hal.Link> links, Info page) {

    /** The `page` object. */
    record Info(int size, long totalElements, int totalPages, int number) {
    }
}
