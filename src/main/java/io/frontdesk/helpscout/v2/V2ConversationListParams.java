package io.frontdesk.helpscout.v2;

import io.frontdesk.conversation.ConversationCriterion;
import io.frontdesk.conversation.ConversationListing;
import io.frontdesk.conversation.ConversationSort;
import io.frontdesk.conversation.ConversationStatus;
import io.frontdesk.conversation.FieldInput;
import io.frontdesk.conversation.Folders;
import io.frontdesk.core.PageRequest;
import io.frontdesk.core.SortOrder;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;
import io.frontdesk.web.Dates;
import io.frontdesk.web.Requests;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parameters of `GET /v2/conversations`: `mailbox` and `tag` (comma lists, any of them), `folder`, `status`
 * (default `active`, or `all` when a folder is named), `assigned_to`, `modifiedSince`, `number`,
 * `customFieldsByIds` (`id:value,…`, all of them), `query`, `sortField` (default `createdAt`), `sortOrder` (default
 * `desc`), `embed=threads` and `page` (25 a page). A bad value is a 400 naming the parameter, source QUERY.
 */
final class V2ConversationListParams {

    static final int PAGE_SIZE = 25;

    private static final Map<String, ConversationSort> SORTS = Map.of(
            "createdat", ConversationSort.CREATED_AT, "customeremail", ConversationSort.CUSTOMER_EMAIL,
            "customername", ConversationSort.CUSTOMER_NAME, "mailboxid", ConversationSort.MAILBOX_ID,
            "modifiedat", ConversationSort.MODIFIED_AT, "number", ConversationSort.NUMBER,
            "score", ConversationSort.SCORE, "status", ConversationSort.STATUS, "subject", ConversationSort.SUBJECT,
            "waitingsince", ConversationSort.WAITING_SINCE);

    private V2ConversationListParams() {
    }

    /** @param userId the caller, whose Mine folder `folder` may name */
    static ConversationListing parse(Context ctx, long userId) {
        List<ConversationCriterion> criteria = new ArrayList<>();
        List<Long> mailboxes = ids(ctx, "mailbox");
        if (!mailboxes.isEmpty()) {
            criteria.add(ConversationCriterion.or(mailboxes.stream().<ConversationCriterion>map(id ->
                    new ConversationCriterion.Compare(ConversationCriterion.Attribute.MAILBOX_ID,
                            ConversationCriterion.Operator.EQ, id)).toList()));
        }
        Optional<Long> folder = Requests.queryLong(ctx, "folder");
        folder.ifPresent(id -> criteria.add(Folders.criterion(id, userId)));
        criteria.add(status(ctx, folder.isPresent()));
        List<String> tags = list(ctx, "tag");
        if (!tags.isEmpty()) {
            criteria.add(ConversationCriterion.or(tags.stream()
                    .<ConversationCriterion>map(ConversationCriterion.HasTag::new).toList()));
        }
        Requests.queryLong(ctx, "assigned_to").ifPresent(id -> criteria.add(new ConversationCriterion.Assignee(id)));
        text(ctx, "modifiedSince").ifPresent(since -> criteria.add(new ConversationCriterion.Compare(
                ConversationCriterion.Attribute.UPDATED_AT, ConversationCriterion.Operator.GE,
                Dates.parse("modifiedSince", since, FieldError.Source.QUERY))));
        Requests.queryLong(ctx, "number").ifPresent(number -> criteria.add(new ConversationCriterion.Compare(
                ConversationCriterion.Attribute.NUMBER, ConversationCriterion.Operator.EQ, number)));
        PageRequest page = V2Paging.request(ctx, PAGE_SIZE);
        boolean embedThreads = list(ctx, "embed").stream().anyMatch(e -> e.equalsIgnoreCase("threads"));
        return new ConversationListing(text(ctx, "query").orElse(null), ConversationCriterion.and(criteria),
                customFields(ctx), sort(ctx), order(ctx), page, embedThreads);
    }

    private static ConversationCriterion status(Context ctx, boolean folder) {
        String raw = text(ctx, "status").orElse(folder ? "all" : "active").trim().toLowerCase(Locale.ROOT);
        Set<ConversationStatus> statuses = switch (raw) {
            case "all" -> EnumSet.allOf(ConversationStatus.class);
            case "open" -> EnumSet.of(ConversationStatus.ACTIVE, ConversationStatus.PENDING);
            default -> ConversationStatus.parse(raw).map(EnumSet::of).orElseThrow(() -> ApiException.invalid(
                    FieldError.query("status", "EnumValue",
                            "Expected one of these: 'active', 'all', 'closed', 'open', 'pending', 'spam'", raw)));
        };
        return statuses.size() == ConversationStatus.values().length ? new ConversationCriterion.All()
                : new ConversationCriterion.StatusIn(statuses);
    }

    /** `customFieldsByIds=123:blue,234:99`; a value may itself hold colons, not commas. */
    private static List<FieldInput> customFields(Context ctx) {
        List<FieldInput> pairs = new ArrayList<>();
        for (String pair : list(ctx, "customFieldsByIds")) {
            int colon = pair.indexOf(':');
            try {
                if (colon > 0) {
                    pairs.add(new FieldInput(Long.parseLong(pair.substring(0, colon).trim()),
                            pair.substring(colon + 1)));
                    continue;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw ApiException.invalid(FieldError.query("customFieldsByIds", "InvalidValue",
                    "must be fieldId:value pairs separated by commas, such as 123:blue,234:99", pair));
        }
        return pairs;
    }

    private static List<Long> ids(Context ctx, String name) {
        List<Long> ids = new ArrayList<>();
        for (String part : list(ctx, name)) {
            try {
                ids.add(Long.parseLong(part));
            } catch (NumberFormatException e) {
                throw ApiException.invalid(FieldError.query(name, "InvalidNumber",
                        "must be a number or a comma-separated list of numbers", ctx.queryParam(name)));
            }
        }
        return ids;
    }

    private static List<String> list(Context ctx, String name) {
        return text(ctx, name).map(value -> List.of(value.split(","))).orElse(List.of()).stream()
                .map(String::trim).filter(part -> !part.isEmpty()).toList();
    }

    private static ConversationSort sort(Context ctx) {
        return text(ctx, "sortField").map(field -> {
            ConversationSort sort = SORTS.get(field.trim().toLowerCase(Locale.ROOT));
            if (sort == null) {
                throw ApiException.invalid(FieldError.query("sortField", "EnumValue", "Expected one of these: "
                        + "'createdAt', 'customerEmail', 'customerName', 'mailboxid', 'modifiedAt', 'number', "
                        + "'score', 'status', 'subject', 'waitingSince'", field));
            }
            return sort;
        }).orElse(ConversationSort.CREATED_AT);
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
