package io.frontdesk.helpcrunch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontdesk.chat.Chat;
import io.frontdesk.chat.ChatQuery;
import io.frontdesk.chat.ChatRating;
import io.frontdesk.chat.ChatService;
import io.frontdesk.chat.ChatStatus;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.ErrorKind;
import io.frontdesk.error.FieldError;
import io.frontdesk.error.Validation;
import io.frontdesk.web.Json;
import io.frontdesk.web.JsonBody;
import io.frontdesk.web.Requests;
import io.javalin.http.Context;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The chat endpoints (helpcrunch-more.md §2-13). Changes use fixed paths with the chat `id` in the body and answer the
 * whole chat. A bad value of a change is HelpCrunch's `invalid_chat_value` ("status value is invalid"); an unknown
 * chat, or one of another account, `not_found` "Chat not found".
 */
final class HcChatHandler {

    private static final String INVALID = "invalid_chat_value";

    private final ChatService chats;
    private final HcChats view;

    HcChatHandler(ChatService chats, HcChats view) {
        this.chats = chats;
        this.view = view;
    }

    /** `GET /chats`: `{data, meta:{total}}`, total counting every chat of the account. */
    void list(Context ctx) {
        ObjectNode params = Json.object();
        for (String name : List.of("offset", "limit", "sort", "order")) {
            String value = ctx.queryParam(name);
            if (value != null) {
                params.put(name, value);
            }
        }
        Validation validation = new Validation();
        ChatQuery query = HcChatSearch.page(HcFields.body(params, validation),
                new io.frontdesk.chat.ChatFilter.All());
        validation.throwIfAny();
        ChatService.ChatPage page = chats.search(account(ctx), query);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", page.chats().stream().map(view::chat).toList());
        body.put("meta", Map.of("total", page.total()));
        HcResponses.json(ctx, 200, body);
    }

    /** `POST /chats/search`: both total locations readers use, `meta.total` and a top-level `total`. */
    void search(Context ctx) {
        Validation validation = new Validation();
        HcFields body = HcFields.body(JsonBody.read(ctx), validation);
        ChatQuery query = HcChatSearch.page(body, HcChatSearch.filter(body));
        validation.throwIfAny();
        ChatService.ChatPage page = chats.search(account(ctx), query);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("data", page.chats().stream().map(view::chat).toList());
        answer.put("meta", Map.of("total", page.total()));
        answer.put("total", page.total());
        HcResponses.json(ctx, 200, answer);
    }

    void get(Context ctx) {
        render(ctx, 200, chats.get(account(ctx), pathId(ctx)));
    }

    /** `GET /chats/total`: undocumented; answers `{"total": N}`, the count `meta.total` shows. */
    void total(Context ctx) {
        HcResponses.json(ctx, 200, Map.of("total", chats.total(account(ctx))));
    }

    /**
     * `POST /chats` `{customer, application, assignee?, department?}`: an empty chat, 201, in the mailbox of its
     * application (a channel, `GET /applications`); without one, the account's first active application, else its
     * first mailbox. Unknown ids (or another account's) are 404s naming what was not found.
     */
    void create(Context ctx) {
        Validation validation = new Validation();
        HcFields body = HcFields.body(JsonBody.read(ctx), validation);
        Long customer = body.id("customer");
        Long application = optionalId(body, "application");
        Long assignee = optionalId(body, "assignee");
        Long department = optionalId(body, "department");
        validation.throwIfAny();
        long account = account(ctx);
        Chat chat = renamed(Map.of("customer", "Customer not found", "customer.id", "Customer not found",
                "assignTo", "Agent not found"), () -> chats.create(account, Requests.principal(ctx).userId(),
                application, customer, assignee, department));
        render(ctx, 201, chat);
    }

    /** `PUT /chats/department` `{id, department}`: one of the account's departments; null or any other is invalid. */
    void department(Context ctx) {
        Validation validation = new Validation();
        HcFields body = HcFields.body(JsonBody.read(ctx), validation);
        Long id = body.id("id");
        JsonNode raw = body.raw("department");
        if (raw == null) {
            body.error("department", HcMessages.NOT_BLANK);
        }
        Long department = raw == null || raw.isNull() ? null : body.id("department");
        validation.throwIfAny();
        render(ctx, 200, renamed(Map.of("department", ""), () -> chats.setDepartment(account(ctx),
                Requests.principal(ctx).userId(), id, department)));
    }

    /** `PUT /chats/status` `{id, status}`: any spelling of §1.2 but `empty`. */
    void status(Context ctx) {
        Validation validation = new Validation();
        HcFields body = HcFields.body(JsonBody.read(ctx), validation);
        Long id = body.id("id");
        String text = body.requiredText("status");
        validation.throwIfAny();
        ChatStatus status = HcChatStatuses.read(text).filter(s -> s != ChatStatus.EMPTY)
                .orElseThrow(() -> invalid("status"));
        render(ctx, 200, chats.setStatus(account(ctx), Requests.principal(ctx).userId(), id, status));
    }

    /** `PUT /chats/assignee` `{id, assignee}`: null unassigns; an id not of an agent of the account is invalid. */
    void assignee(Context ctx) {
        Validation validation = new Validation();
        HcFields body = HcFields.body(JsonBody.read(ctx), validation);
        Long id = body.id("id");
        JsonNode raw = body.raw("assignee");
        if (raw == null) {
            body.error("assignee", HcMessages.NOT_BLANK);
        }
        Long assignee = raw == null || raw.isNull() ? null : body.id("assignee");
        validation.throwIfAny();
        Chat chat = renamed(Map.of("assignTo", ""), () -> chats.assign(account(ctx),
                Requests.principal(ctx).userId(), id, assignee));
        render(ctx, 200, chat);
    }

    /** `PUT /chats/snooze` `{id, snoozedUntil}`: a future time, or null to unsnooze. */
    void snooze(Context ctx) {
        Validation validation = new Validation();
        HcFields body = HcFields.body(JsonBody.read(ctx), validation);
        Long id = body.id("id");
        JsonNode raw = body.raw("snoozedUntil");
        Instant until = null;
        if (raw == null) {
            body.error("snoozedUntil", HcMessages.NOT_BLANK);
        } else if (!raw.isNull()) {
            HcDates.Parsed parsed = HcDates.parse(raw);
            if (parsed.error() != null) {
                validation.throwIfAny();
                throw invalid("snoozedUntil");
            }
            until = parsed.instant();
        }
        validation.throwIfAny();
        Instant wanted = until;
        render(ctx, 200, renamed(Map.of("snoozedUntil", ""), () -> chats.snooze(account(ctx),
                Requests.principal(ctx).userId(), id, wanted)));
    }

    /** `PUT /chats/rate` `{id, rating}`: one of the five ratings, on a closed, unrated chat an agent wrote in. */
    void rate(Context ctx) {
        Validation validation = new Validation();
        HcFields body = HcFields.body(JsonBody.read(ctx), validation);
        Long id = body.id("id");
        String text = body.requiredText("rating");
        validation.throwIfAny();
        ChatRating rating = ChatRating.parse(text).orElseThrow(() -> invalid("rating"));
        try {
            render(ctx, 200, chats.rate(account(ctx), Requests.principal(ctx).userId(), id, rating));
        } catch (ApiException e) {
            if (e.kind() != ErrorKind.VALIDATION) {
                throw e;
            }
            // the documented refusals are plain `invalid_request` entries
            throw ApiException.invalid(e.errors().stream().map(f -> FieldError.of("invalid_request", f.code(),
                    f.message())).toList());
        }
    }

    void readByAgent(Context ctx) {
        read(ctx, true);
    }

    void readByCustomer(Context ctx) {
        read(ctx, false);
    }

    /** `PUT /chats/readByAgent`, `/readByCustomer` (and the older `/read`, the agent side) `{id, read}`. */
    private void read(Context ctx, boolean agentSide) {
        Validation validation = new Validation();
        HcFields body = HcFields.body(JsonBody.read(ctx), validation);
        Long id = body.id("id");
        Optional<Boolean> read = Optional.ofNullable(body.bool("read").applyTo(null));
        if (read.isEmpty() && validation.isEmpty()) {
            body.error("read", HcMessages.NOT_BLANK);
        }
        validation.throwIfAny();
        render(ctx, 200, chats.markRead(account(ctx), id, agentSide, read.get()));
    }

    /** An id the body may leave out or send as null. */
    private static Long optionalId(HcFields body, String name) {
        return body.has(name) && !body.raw(name).isNull() ? body.id(name) : null;
    }

    private void render(Context ctx, int status, Chat chat) {
        HcResponses.json(ctx, status, view.chat(chat));
    }

    /**
     * Runs a change, answering core validation errors on the named paths in HelpCrunch's words: a message names a 404
     * ("Customer not found"); an empty one the documented `invalid_chat_value` of that field.
     */
    private static Chat renamed(Map<String, String> paths, Supplier<Chat> work) {
        try {
            return work.get();
        } catch (ApiException e) {
            if (e.kind() != ErrorKind.VALIDATION || e.errors().isEmpty()) {
                throw e;
            }
            String path = e.errors().get(0).path();
            String notFound = paths.get(path);
            if (notFound == null) {
                throw e;
            }
            if (!notFound.isEmpty()) {
                throw ApiException.notFound(notFound);
            }
            throw invalid(path.equals("assignTo") ? "assignee" : path);
        }
    }

    private static ApiException invalid(String field) {
        return ApiException.invalid(FieldError.of(INVALID, "InvalidValue", field + " value is invalid"));
    }

    private static long account(Context ctx) {
        return Requests.principal(ctx).accountId();
    }

    /** A chat id in the path: anything but a positive whole number is an unknown chat. */
    private static long pathId(Context ctx) {
        String raw = ctx.pathParam("id");
        if (raw.matches("\\d{1,18}") && Long.parseLong(raw) > 0) {
            return Long.parseLong(raw);
        }
        throw ApiException.notFound(ChatService.NOT_FOUND);
    }
}
