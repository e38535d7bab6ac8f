package io.frontdesk.helpcrunch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontdesk.core.PageRequest;
import io.frontdesk.core.SortOrder;
import io.frontdesk.customer.CustomerCriterion;
import io.frontdesk.customer.CustomerQuery;
import io.frontdesk.customer.CustomerSort;
import io.frontdesk.error.Validation;
import io.frontdesk.web.Json;
import io.javalin.http.Context;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * `offset`, `limit`, `sort` and `order` of a customer list (query string) or search (JSON body). `limit` defaults to
 * 100 and may not exceed it: a larger limit is a 400 rather than silently 100, because clients that stop when a page
 * is shorter than their limit would otherwise stop after the first page. Without `sort` the list is in creation
 * order, oldest first, so offset paging stays stable while customers are added.
 */
record HcListQuery(long offset, int limit, CustomerSort sort, SortOrder order) {

    static final int MAX_LIMIT = 100;

    private static final Map<String, CustomerSort> SORTS = Map.of("customers.firstSeen", CustomerSort.FIRST_SEEN,
            "customers.lastSeen", CustomerSort.LAST_SEEN, "customers.createdAt", CustomerSort.CREATED_AT);

    /** From `GET /customers?offset&limit&sort&order`; a bad parameter is a 400 under its name. */
    static HcListQuery fromQueryString(Context ctx) {
        ObjectNode params = Json.object();
        for (String name : List.of("offset", "limit", "sort", "order")) {
            String value = ctx.queryParam(name);
            if (value != null) {
                params.put(name, value);
            }
        }
        Validation validation = new Validation();
        HcListQuery query = from(HcFields.body(params, validation));
        validation.throwIfAny();
        return query;
    }

    /** From a search body; errors are added to the body's validation. */
    static HcListQuery from(HcFields in) {
        long offset = number(in, "offset", 0, Long.MAX_VALUE, 0);
        int limit = (int) number(in, "limit", 1, MAX_LIMIT, MAX_LIMIT);
        CustomerSort sort = CustomerSort.CREATED_AT;
        String sortName = in.text("sort").applyTo(null);
        if (sortName != null) {
            sort = SORTS.getOrDefault(sortName, CustomerSort.CREATED_AT);
            if (!SORTS.containsKey(sortName)) {
                in.error("sort", HcMessages.CHOICE);
            }
        }
        SortOrder order = SortOrder.ASC;
        String orderName = in.text("order").applyTo(null);
        if (orderName != null) {
            switch (orderName.trim().toLowerCase(Locale.ROOT)) {
                case "asc" -> order = SortOrder.ASC;
                case "desc" -> order = SortOrder.DESC;
                default -> in.error("order", HcMessages.CHOICE);
            }
        }
        return new HcListQuery(offset, limit, sort, order);
    }

    CustomerQuery toQuery(CustomerCriterion criterion) {
        return new CustomerQuery(criterion, sort, order, new PageRequest(1, limit), null, offset);
    }

    /** A whole number (or numeric string) within [min, max]; absent, null or blank gives the default. */
    static long number(HcFields in, String name, long min, long max, long absent) {
        JsonNode value = in.raw(name);
        if (value == null || value.isNull() || value.isTextual() && value.textValue().isBlank()) {
            return absent;
        }
        long number;
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            number = value.longValue();
        } else if (value.isTextual() && value.textValue().trim().matches("-?\\d{1,18}")) {
            number = Long.parseLong(value.textValue().trim());
        } else {
            in.error(name, value.isNumber() ? HcMessages.INTEGER : HcMessages.NUMERIC);
            return absent;
        }
        if (number < min || number > max) {
            in.error(name, number < min ? HcMessages.atLeast(min) : HcMessages.atMost(max));
            return absent;
        }
        return number;
    }
}
