package io.frontdesk.helpscout.v1;

import io.frontdesk.core.SortOrder;
import io.frontdesk.customer.CustomerAttribute;
import io.frontdesk.customer.CustomerCriterion;
import io.frontdesk.customer.CustomerQuery;
import io.frontdesk.customer.CustomerSort;
import io.frontdesk.error.FieldError;
import io.frontdesk.web.Dates;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.List;

/**
 * The query parameters of the 1.0 customer lists. Both are newest first (`createdAt` desc, then id), as documented;
 * the list has no sort parameters. The `fields` selector is not supported: items are always whole.
 */
final class V1CustomerQueries {

    private V1CustomerQueries() {
    }

    /**
     * `GET /v1/customers.json`: `firstName`, `lastName` and `email` match whole values ignoring case (email: any of
     * the customer's addresses); `modifiedSince` keeps customers modified at or after that instant. All combine with
     * AND; an empty parameter is no filter.
     */
    static CustomerQuery list(Context ctx) {
        List<CustomerCriterion> filters = new ArrayList<>();
        text(ctx, "firstName", CustomerAttribute.FIRST_NAME, filters);
        text(ctx, "lastName", CustomerAttribute.LAST_NAME, filters);
        text(ctx, "email", CustomerAttribute.EMAIL, filters);
        String since = ctx.queryParam("modifiedSince");
        if (since != null && !since.isBlank()) {
            filters.add(new CustomerCriterion.Compare(CustomerAttribute.UPDATED_AT, CustomerCriterion.Operator.GE,
                    Dates.parse("modifiedSince", since, FieldError.Source.QUERY)));
        }
        return newestFirst(CustomerCriterion.and(filters), ctx);
    }

    /** `GET /v1/mailboxes/{id}/customers.json`: customers with at least one conversation in the mailbox. */
    static CustomerQuery inMailbox(long mailboxId, Context ctx) {
        return newestFirst(new CustomerCriterion.InMailbox(mailboxId), ctx);
    }

    private static void text(Context ctx, String param, CustomerAttribute attribute, List<CustomerCriterion> filters) {
        String value = ctx.queryParam(param);
        if (value != null && !value.isBlank()) {
            filters.add(new CustomerCriterion.Compare(attribute, CustomerCriterion.Operator.EQ, value.trim()));
        }
    }

    private static CustomerQuery newestFirst(CustomerCriterion criterion, Context ctx) {
        return new CustomerQuery(criterion, CustomerSort.CREATED_AT, SortOrder.DESC, V1Paging.request(ctx), null);
    }
}
