package io.frontdesk.helpscout.v1;

import io.frontdesk.core.Page;
import io.frontdesk.core.PageRequest;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;
import io.javalin.http.Context;

/** The `page` parameter of 1.0 lists and the collection envelope: 50 items a page, pages counted from 1. */
final class V1Paging {

    private V1Paging() {
    }

    /**
     * The requested page. Missing, empty and the literal `null` (the Java SDK sends `page=null` when the caller gave
     * no page) mean page 1; anything but a whole number from 1 up is the client's mistake.
     */
    static PageRequest request(Context ctx) {
        String raw = ctx.queryParam("page");
        if (raw == null || raw.isBlank() || raw.trim().equals("null")) {
            return new PageRequest(1, V1Envelopes.PAGE_SIZE);
        }
        try {
            int page = Integer.parseInt(raw.trim());
            if (page >= 1) {
                return new PageRequest(page, V1Envelopes.PAGE_SIZE);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalid(FieldError.query("page", "InvalidPage", "must be a whole number from 1 up", raw));
    }

    /** The 1.0 envelope; a page past the last has no items but still the real `pages` and `count`. */
    static <T> V1Envelopes.Page<T> envelope(Page<T> page) {
        return new V1Envelopes.Page<>(page.request().page(), page.totalPages(), page.total(), page.items());
    }
}
