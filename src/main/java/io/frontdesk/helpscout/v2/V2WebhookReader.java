package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.error.FieldError;
import io.frontdesk.error.Validation;
import io.frontdesk.web.JsonFields;
import io.frontdesk.webhook.NewSubscription;
import io.frontdesk.webhook.Subscription;
import io.frontdesk.webhook.WebhookDialect;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the webhook body of `POST` and `PUT /v2/webhooks`: `url`, `events`, `secret` (required; the service says so),
 * `label`, `notification`, `payloadVersion`, `mailboxIds`, `state`. The PHP client sends `"id": null` and nulls for
 * unset fields on both: `id` is ignored and null is absent.
 */
final class V2WebhookReader {

    private V2WebhookReader() {
    }

    static NewSubscription read(JsonNode body) {
        Validation v = new Validation();
        JsonFields root = JsonFields.root(body, v);
        String url = root.string("url");
        List<String> events = root.strings("events");
        String secret = root.string("secret");
        String label = root.string("label");
        Boolean notification = root.bool("notification");
        String payloadVersion = root.string("payloadVersion");
        List<Long> mailboxIds = mailboxIds(root.node().get("mailboxIds"), v);
        Subscription.State state = state(root.string("state"), v);
        v.throwIfAny();
        return new NewSubscription(WebhookDialect.HELPSCOUT_V2, url, events, secret, label, notification,
                payloadVersion, mailboxIds, state);
    }

    private static List<Long> mailboxIds(JsonNode value, Validation v) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            v.add(FieldError.of("mailboxIds", "InvalidType", "must be an array of mailbox ids", value.toString()));
            return null;
        }
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode id = value.get(i);
            if (id.isIntegralNumber() && id.canConvertToLong()) {
                ids.add(id.longValue());
            } else if (id.isTextual() && id.textValue().matches("\\d{1,18}")) {
                ids.add(Long.parseLong(id.textValue()));
            } else {
                v.add(FieldError.of("mailboxIds[" + i + "]", "InvalidType", "must be a mailbox id", id.asText()));
            }
        }
        return ids;
    }

    private static Subscription.State state(String state, Validation v) {
        if (state == null) {
            return null;
        }
        for (Subscription.State known : Subscription.State.values()) {
            if (known.token().equals(state)) {
                return known;
            }
        }
        v.add(FieldError.of("state", "EnumValue", "must be enabled or disabled", state));
        return null;
    }
}
