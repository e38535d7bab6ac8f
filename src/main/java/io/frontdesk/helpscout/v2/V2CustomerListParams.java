package io.frontdesk.helpscout.v2;

import io.frontdesk.core.PageRequest;
import io.frontdesk.core.SortOrder;
import io.frontdesk.customer.CustomerAttribute;
import io.frontdesk.customer.CustomerCriterion;
import io.frontdesk.customer.CustomerSort;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;
import io.frontdesk.web.Dates;
import io.frontdesk.web.Requests;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of `GET /v2/customers`: `mailbox`, `firstName`, `lastName` and `modifiedSince` become criteria ANDed
 * together and with the `query=` search text, `sortField`/`sortOrder` the order (default `createdAt desc`), `page` the
 * 50-item page. A bad value is a 400 naming the parameter with source QUERY.
 */
record V2CustomerListParams(String query, CustomerCriterion filters, CustomerSort sort, SortOrder order,
                            PageRequest page) {

    private static final Map<String, CustomerSort> SORTS = Map.of("score", CustomerSort.SCORE,
            "firstname", CustomerSort.FIRST_NAME, "lastname", CustomerSort.LAST_NAME,
            "modifiedat", CustomerSort.UPDATED_AT, "createdat", CustomerSort.CREATED_AT);

    static V2CustomerListParams parse(Context ctx) {
        List<CustomerCriterion> criteria = new ArrayList<>();
        Requests.queryLong(ctx, "mailbox").ifPresent(id -> criteria.add(new CustomerCriterion.InMailbox(id)));
        text(ctx, "firstName").ifPresent(name -> criteria.add(equal(CustomerAttribute.FIRST_NAME, name)));
        text(ctx, "lastName").ifPresent(name -> criteria.add(equal(CustomerAttribute.LAST_NAME, name)));
        text(ctx, "modifiedSince").ifPresent(since -> criteria.add(new CustomerCriterion.Compare(
                CustomerAttribute.UPDATED_AT, CustomerCriterion.Operator.GE,
                Dates.parse("modifiedSince", since, FieldError.Source.QUERY))));
        PageRequest page = V2Paging.request(ctx, V2Paging.CUSTOMERS_PAGE_SIZE);
        return new V2CustomerListParams(text(ctx, "query").orElse(null), CustomerCriterion.and(criteria), sort(ctx),
                order(ctx), page);
    }

    private static CustomerCriterion equal(CustomerAttribute attribute, String value) {
        return new CustomerCriterion.Compare(attribute, CustomerCriterion.Operator.EQ, value);
    }

    private static CustomerSort sort(Context ctx) {
        return text(ctx, "sortField").map(field -> {
            CustomerSort sort = SORTS.get(field.trim().toLowerCase(Locale.ROOT));
            if (sort == null) {
                throw ApiException.invalid(FieldError.query("sortField", "EnumValue",
                        "Expected one of these: 'score', 'firstName', 'lastName', 'modifiedAt', 'createdAt'", field));
            }
            return sort;
        }).orElse(CustomerSort.CREATED_AT);
    }

    private static SortOrder order(Context ctx) {
        return text(ctx, "sortOrder").map(order -> switch (order.trim().toLowerCase(Locale.ROOT)) {
            case "asc" -> SortOrder.ASC;
            case "desc" -> SortOrder.DESC;
            default -> throw ApiException.invalid(FieldError.query("sortOrder", "EnumValue",
                    "Expected one of these: 'asc', 'desc'", order));
        }).orElse(SortOrder.DESC);
    }

    private static Optional<String> text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
