package io.frontdesk.junit;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The admin API's answers (docs/sandbox.md, "Admin API") read into the client's records. */
final class AdminReads {

    private AdminReads() {
    }

    static SandboxAccount account(JsonNode json) {
        JsonNode credentials = json.path("credentials");
        return new SandboxAccount(json.path("id").asLong(),
                json.at("/owner/id").asLong(), text(json.at("/owner/email")),
                json.at("/mailbox/id").asLong(), text(json.at("/mailbox/email")),
                text(credentials.at("/helpscoutV2/clientId")), text(credentials.at("/helpscoutV2/clientSecret")),
                text(credentials.at("/helpscoutV1/apiKey")), text(credentials.at("/helpcrunch/apiKey")));
    }

    static ClockReading clock(JsonNode json) {
        return new ClockReading(instant(json.path("now")), json.path("frozen").asBoolean(),
                json.path("controllable").asBoolean());
    }

    static Snapshot snapshot(JsonNode json) {
        return new Snapshot(text(json.path("name")), instant(json.path("takenAt")), json.path("rows").asLong());
    }

    static CapturedMail mail(JsonNode json) {
        return new CapturedMail(json.path("sequence").asLong(), instant(json.path("capturedAt")),
                json.path("accountId").asLong(), json.path("conversationId").asLong(), longOrNull(json.path("threadId")),
                strings(json.path("headers")), text(json.path("text")), text(json.path("html")));
    }

    static JournalEntry request(JsonNode json) {
        return new JournalEntry(json.path("sequence").asLong(), instant(json.path("at")), text(json.path("dialect")),
                text(json.path("method")), text(json.path("path")), text(json.path("query")),
                strings(json.path("headers")), text(json.path("body")), json.path("bodyTruncated").asBoolean(),
                json.path("status").asInt(), json.path("durationMs").asDouble(), longOrNull(json.path("accountId")));
    }

    static WebhookDelivery delivery(JsonNode json) {
        List<WebhookDelivery.Attempt> attempts = list(json.path("attempts"), a -> new WebhookDelivery.Attempt(
                instant(a.path("attemptedAt")), a.path("statusCode").isNumber() ? a.path("statusCode").asInt() : null,
                a.path("durationMs").asLong(), text(a.path("error"))));
        return new WebhookDelivery(json.path("id").asLong(), json.path("subscriptionId").asLong(),
                text(json.path("event")), text(json.path("eventType")), longOrNull(json.path("resourceId")),
                text(json.path("status")), json.path("attemptCount").asInt(), instant(json.path("occurredAt")),
                instant(json.path("deliveredAt")), text(json.path("lastError")), attempts);
    }

    static <T> List<T> list(JsonNode array, Function<JsonNode, T> read) {
        List<T> items = new ArrayList<>();
        array.forEach(item -> items.add(read.apply(item)));
        return List.copyOf(items);
    }

    private static Map<String, String> strings(JsonNode object) {
        Map<String, String> values = new LinkedHashMap<>();
        object.properties().forEach(e -> values.put(e.getKey(), e.getValue().asText()));
        return values;
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    private static Long longOrNull(JsonNode node) {
        return node.isNumber() ? node.asLong() : null;
    }

    private static Instant instant(JsonNode node) {
        return node.isTextual() ? Instant.parse(node.asText()) : null;
    }
}
