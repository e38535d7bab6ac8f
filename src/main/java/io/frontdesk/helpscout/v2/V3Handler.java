package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.frontdesk.conversation.Conversation;
import io.frontdesk.conversation.ConversationService;
import io.frontdesk.conversation.MergedConversationException;
import io.frontdesk.core.Page;
import io.frontdesk.core.PageRequest;
import io.frontdesk.core.SortOrder;
import io.frontdesk.customer.Customer;
import io.frontdesk.customer.CustomerAttribute;
import io.frontdesk.customer.CustomerCriterion;
import io.frontdesk.customer.CustomerService;
import io.frontdesk.customer.CustomerSort;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;
import io.frontdesk.web.Dates;
import io.frontdesk.web.Requests;
import io.javalin.http.Context;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The /v3 endpoints. Conversations and their threads answer exactly as in v2: the one difference the reference names
 * (`system_user` kept as the person type, where v2 says `user`) cannot show, as Frontdesk has no system users, so
 * `/v3/system-users` lists none. The
 * customer list pages by cursor instead of page number (see {@link V3CustomerCursor}).
 */
final class V3Handler {

    static final int CUSTOMERS_PAGE_SIZE = 50;
    static final int SYSTEM_USERS_PAGE_SIZE = 50;

    private final ConversationService conversations;
    private final CustomerService customers;
    private final V2ThreadHandler threads;

    V3Handler(ConversationService conversations, CustomerService customers, V2ThreadHandler threads) {
        this.conversations = conversations;
        this.customers = customers;
        this.threads = threads;
    }

    /** The v2 body, `?embed=threads` included. */
    void conversation(Context ctx) {
        boolean withThreads = "threads".equalsIgnoreCase(ctx.queryParam("embed"));
        Conversation conversation;
        try {
            conversation = conversations.get(V2ConversationHandler.account(ctx), Requests.pathId(ctx, "id"),
                    withThreads);
        } catch (MergedConversationException merged) {
            V2ConversationHandler.movedTo(ctx, merged.survivorId());
            return;
        }
        V2Responses.hal(ctx, V2Conversation.of(conversation, Requests.baseUrl(ctx), Instant.now()));
    }

    /**
     * `GET /v3/system-users` (reference §2.8): a HAL page under the snake_case rel `system_users`. Frontdesk has no
     * system users (AI agents and the like), so every page is empty; paging and its errors work as on every list.
     */
    void systemUsers(Context ctx) {
        PageRequest request = V2Paging.request(ctx, SYSTEM_USERS_PAGE_SIZE);
        V2Responses.hal(ctx, V2Paging.body(ctx, "/v3/system-users", "system_users",
                new Page<>(List.of(), 0, request)));
    }

    /** No system user exists: every id is the 404 an unknown one gets. */
    void systemUser(Context ctx) {
        Requests.pathId(ctx, "id");
        throw ApiException.notFound("System user not found");
    }

    void threads(Context ctx) {
        threads.list(ctx);
    }

    /** `{_embedded.customers, _links{self, first, next (not on the last page)}}`, no page object. */
    void customers(Context ctx) {
        List<CustomerCriterion> criteria = new ArrayList<>();
        text(ctx, "firstName").ifPresent(v -> criteria.add(equal(CustomerAttribute.FIRST_NAME, v)));
        text(ctx, "lastName").ifPresent(v -> criteria.add(equal(CustomerAttribute.LAST_NAME, v)));
        text(ctx, "email").ifPresent(v -> criteria.add(equal(CustomerAttribute.EMAIL, v)));
        text(ctx, "createdSince").ifPresent(v -> criteria.add(new CustomerCriterion.Compare(
                CustomerAttribute.CREATED_AT, CustomerCriterion.Operator.GE,
                Dates.parse("createdSince", v, FieldError.Source.QUERY))));
        text(ctx, "modifiedSince").ifPresent(v -> criteria.add(new CustomerCriterion.Compare(
                CustomerAttribute.UPDATED_AT, CustomerCriterion.Operator.GE,
                Dates.parse("modifiedSince", v, FieldError.Source.QUERY))));
        text(ctx, "cursor").ifPresent(v -> criteria.add(V3CustomerCursor.decode(v).criterion()));
        Page<Customer> page = customers.search(V2ConversationHandler.account(ctx), text(ctx, "query").orElse(null),
                CustomerCriterion.and(criteria), CustomerSort.CREATED_AT, SortOrder.DESC,
                new PageRequest(1, CUSTOMERS_PAGE_SIZE));
        String base = Requests.baseUrl(ctx);
        String kept = V2Paging.keptQuery(ctx.queryString()).replaceAll("(^|&)cursor=[^&]*", "")
                .replaceFirst("^&", "");
        String list = base + "/v3/customers" + (kept.isEmpty() ? "" : "?" + kept);
        String self = base + "/v3/customers" + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
        Hal.Links links = new Hal.Links().add("self", self).add("first", list);
        if (page.total() > page.items().size()) {
            Customer last = page.items().get(page.items().size() - 1);
            links.add("next", list + (kept.isEmpty() ? "?" : "&") + "cursor=" + V3CustomerCursor.after(last).encode());
        }
        V2Responses.hal(ctx, new V3Page(Map.of("customers", page.items().stream()
                .map(customer -> V2Customer.of(customer, base)).toList()), links.build()));
    }

    record V3Page(@JsonProperty("_embedded") Map<String, List<V2Customer>> embedded,
                  @JsonProperty("_links") Map<String, Hal.Link> links) {
    }

    private static CustomerCriterion equal(CustomerAttribute attribute, String value) {
        return new CustomerCriterion.Compare(attribute, CustomerCriterion.Operator.EQ, value);
    }

    private static Optional<String> text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
