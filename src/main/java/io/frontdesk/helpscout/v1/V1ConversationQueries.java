package io.frontdesk.helpscout.v1;

import io.frontdesk.conversation.ConversationCriterion;
import io.frontdesk.conversation.ConversationListing;
import io.frontdesk.conversation.ConversationSort;
import io.frontdesk.conversation.ConversationStatus;
import io.frontdesk.core.PageRequest;
import io.frontdesk.core.SortOrder;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;
import io.frontdesk.web.Dates;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The parameters of the 1.0 conversation lists (helpscout-more.md §11.2) and of `search/conversations.json` (§11.8),
 * as core listings. Lists: `status` (default `all`), `modifiedSince`, `tag` (comma list, any of them), `page`; newest
 * `createdAt` first, 50 a page. Search: `query` (default `*`), `sortField`, `sortOrder`, `page`, `pageSize` 0–50.
 */
final class V1ConversationQueries {

    private static final Map<String, ConversationSort> SORTS = Map.of(
            "score", ConversationSort.SCORE, "createdat", ConversationSort.CREATED_AT,
            "modifiedat", ConversationSort.MODIFIED_AT, "number", ConversationSort.NUMBER,
            "status", ConversationSort.STATUS, "subject", ConversationSort.SUBJECT,
            "customername", ConversationSort.CUSTOMER_NAME, "customeremail", ConversationSort.CUSTOMER_EMAIL,
            "mailboxid", ConversationSort.MAILBOX_ID);

    private V1ConversationQueries() {
    }

    /** A list narrowed to {@code scope} (a mailbox, a folder, a customer in a mailbox). */
    static ConversationListing list(Context ctx, ConversationCriterion scope) {
        List<ConversationCriterion> criteria = new ArrayList<>();
        criteria.add(scope);
        criteria.add(status(ctx.queryParam("status")));
        String since = ctx.queryParam("modifiedSince");
        if (since != null && !since.isBlank()) {
            criteria.add(new ConversationCriterion.Compare(ConversationCriterion.Attribute.UPDATED_AT,
                    ConversationCriterion.Operator.GE, Dates.parse("modifiedSince", since.trim(),
                    FieldError.Source.QUERY)));
        }
        String tags = ctx.queryParam("tag");
        if (tags != null && !tags.isBlank()) {
            List<ConversationCriterion> any = new ArrayList<>();
            for (String tag : tags.split(",")) {
                if (!tag.isBlank()) {
                    any.add(new ConversationCriterion.HasTag(tag.trim()));
                }
            }
            criteria.add(ConversationCriterion.or(any));
        }
        return new ConversationListing(null, ConversationCriterion.and(criteria), List.of(),
                ConversationSort.CREATED_AT, SortOrder.DESC, V1Paging.request(ctx), false);
    }

    /** `GET /v1/search/conversations.json`: the search language over the account's conversations. */
    static ConversationListing search(Context ctx) {
        String query = ctx.queryParam("query");
        PageRequest page = new PageRequest(V1Paging.request(ctx).page(), V1SearchParams.pageSize(
                ctx.queryParam("pageSize")));
        return new ConversationListing(query == null || query.isBlank() ? "*" : query,
                new ConversationCriterion.All(), List.of(), sort(ctx.queryParam("sortField")),
                V1SearchParams.order(ctx.queryParam("sortOrder")), page, false);
    }

    /**
     * `all` (default), `active` and `pending` as documented; `open`, `closed` and `spam` too, which 1.0 servers
     * answered and a client may well send.
     */
    private static ConversationCriterion status(String raw) {
        if (raw == null || raw.isBlank() || raw.trim().equalsIgnoreCase("all")) {
            return new ConversationCriterion.All();
        }
        String token = raw.trim().toLowerCase(Locale.ROOT);
        Set<ConversationStatus> statuses = token.equals("open")
                ? EnumSet.of(ConversationStatus.ACTIVE, ConversationStatus.PENDING)
                : ConversationStatus.parse(token).map(EnumSet::of).orElseThrow(() -> ApiException.invalid(
                        FieldError.query("status", "EnumValue", "Expected one of these: all, active, pending, "
                                + "closed, spam", raw)));
        return new ConversationCriterion.StatusIn(statuses);
    }

    private static ConversationSort sort(String raw) {
        if (raw == null || raw.isBlank()) {
            return ConversationSort.SCORE;
        }
        ConversationSort sort = SORTS.get(raw.trim().toLowerCase(Locale.ROOT));
        if (sort == null) {
            throw ApiException.invalid(FieldError.query("sortField", "EnumValue", "Expected one of these: score, "
                    + "createdAt, modifiedAt, number, status, subject, customerName, customerEmail, mailboxId", raw));
        }
        return sort;
    }
}
