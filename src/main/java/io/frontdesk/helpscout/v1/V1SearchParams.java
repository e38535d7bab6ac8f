package io.frontdesk.helpscout.v1;

import io.frontdesk.core.PageRequest;
import io.frontdesk.core.SortOrder;
import io.frontdesk.customer.CustomerSort;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;
import io.javalin.http.Context;

import java.util.Locale;
import java.util.Map;

/**
 * The parameters of `GET /v1/search/customers.json`: `query` (default `*`), `page`, `pageSize` 0–50 (default 50),
 * `sortField` (default `score`) and `sortOrder` (default `desc`).
 */
record V1SearchParams(String query, CustomerSort sort, SortOrder order, PageRequest page) {

    private static final Map<String, CustomerSort> SORTS = Map.of(
            "score", CustomerSort.SCORE,
            "firstname", CustomerSort.FIRST_NAME,
            "lastname", CustomerSort.LAST_NAME,
            "modifiedat", CustomerSort.UPDATED_AT,
            "createdat", CustomerSort.CREATED_AT);

    static V1SearchParams of(Context ctx) {
        String query = ctx.queryParam("query");
        int size = pageSize(ctx.queryParam("pageSize"));
        PageRequest page = new PageRequest(V1Paging.request(ctx).page(), size);
        return new V1SearchParams(query == null || query.isBlank() ? "*" : query, sort(ctx.queryParam("sortField")),
                order(ctx.queryParam("sortOrder")), page);
    }

    static int pageSize(String raw) {
        if (raw == null || raw.isBlank() || raw.trim().equals("null")) {
            return V1Envelopes.PAGE_SIZE;
        }
        try {
            int size = Integer.parseInt(raw.trim());
            if (size >= 0 && size <= V1Envelopes.PAGE_SIZE) {
                return size;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalid(FieldError.query("pageSize", "InvalidNumber", "must be a whole number from 0 to "
                + V1Envelopes.PAGE_SIZE, raw));
    }

    private static CustomerSort sort(String raw) {
        if (raw == null || raw.isBlank()) {
            return CustomerSort.SCORE;
        }
        CustomerSort sort = SORTS.get(raw.trim().toLowerCase(Locale.ROOT));
        if (sort == null) {
            throw ApiException.invalid(FieldError.query("sortField", "EnumValue",
                    "Expected one of these: score, firstName, lastName, modifiedAt, createdAt", raw));
        }
        return sort;
    }

    static SortOrder order(String raw) {
        if (raw == null || raw.isBlank()) {
            return SortOrder.DESC;
        }
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "asc" -> SortOrder.ASC;
            case "desc" -> SortOrder.DESC;
            default -> throw ApiException.invalid(FieldError.query("sortOrder", "EnumValue",
                    "Expected one of these: asc, desc", raw));
        };
    }
}
