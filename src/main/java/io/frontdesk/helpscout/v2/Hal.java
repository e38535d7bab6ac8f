package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.LinkedHashMap;
import java.util.Map;

/** HAL link objects. Help Scout clients follow hrefs verbatim, so every href is absolute and points at this server. */
final class Hal {

    static final String CONTENT_TYPE = "application/hal+json";

    private Hal() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Link(String href, Boolean templated) {

        static Link to(String href) {
            return new Link(href, null);
        }

        static Link template(String href) {
            return new Link(href, true);
        }
    }

    /** Builds a `_links` map in insertion order. */
    static final class Links {

        private final Map<String, Link> links = new LinkedHashMap<>();

        Links add(String rel, String href) {
            links.put(rel, Link.to(href));
            return this;
        }

        Links add(String rel, Link link) {
            links.put(rel, link);
            return this;
        }

        Map<String, Link> build() {
            return links;
        }
    }
}
