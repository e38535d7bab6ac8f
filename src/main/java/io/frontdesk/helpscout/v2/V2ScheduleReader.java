package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.error.FieldError;
import io.frontdesk.error.Validation;
import io.frontdesk.web.Dates;
import io.frontdesk.web.JsonFields;

import java.time.Instant;

/**
 * The bodies of `PUT …/snooze` and `PUT|PATCH …/threads/{id}/schedule`. Every documented field is required (Help
 * Scout marks them so); the future-and-before-2100 rule needs the server's clock and sits in the service.
 */
final class V2ScheduleReader {

    /** A time and its "end at a customer reply" flag. */
    record Timed(Instant time, boolean untilCustomerReply) {
    }

    private V2ScheduleReader() {
    }

    /** `{"snoozedUntil": ISO, "unsnoozeOnCustomerReply": bool}`. */
    static Timed snooze(JsonNode body) {
        return timed(body, "snoozedUntil", "unsnoozeOnCustomerReply");
    }

    /** `{"scheduledFor": ISO, "unscheduleOnCustomerReply": bool, "sendAsCreator": bool (optional)}`. */
    static Timed schedule(JsonNode body) {
        Validation validation = new Validation();
        JsonFields.root(body, validation).bool("sendAsCreator");
        validation.throwIfAny();
        return timed(body, "scheduledFor", "unscheduleOnCustomerReply");
    }

    /** `PATCH …/schedule`: exactly `{"op":"replace","path":"/state","value":"published"}`, which sends at once. */
    static void sendNow(JsonNode body) {
        Validation validation = new Validation();
        for (V2SingleOps.Op op : V2SingleOps.parse(body, validation)) {
            if (!op.path().equals("/state")) {
                validation.add(FieldError.of(op.at("path"), "InvalidValue", "must be /state", op.path()));
                continue;
            }
            if (!V2SingleOps.allow(op, validation, "replace")) {
                continue;
            }
            JsonNode value = V2SingleOps.value(op, "state", validation);
            if (value != null && !"published".equals(value.asText())) {
                validation.add(FieldError.of(op.at("value"), "InvalidValue", "must be published", value.asText()));
            }
        }
        validation.throwIfAny();
    }

    private static Timed timed(JsonNode body, String timeField, String flagField) {
        Validation validation = new Validation();
        JsonFields fields = JsonFields.root(body, validation);
        String time = fields.string(timeField);
        Boolean flag = fields.bool(flagField);
        if (time == null && (!fields.has(timeField) || fields.isNull(timeField))) {
            validation.add(FieldError.of(timeField, "NotNull", "may not be null"));
        }
        if (flag == null && (!fields.has(flagField) || fields.isNull(flagField))) {
            validation.add(FieldError.of(flagField, "NotNull", "may not be null"));
        }
        validation.throwIfAny();
        return new Timed(Dates.parse(timeField, time, FieldError.Source.BODY), flag);
    }
}
