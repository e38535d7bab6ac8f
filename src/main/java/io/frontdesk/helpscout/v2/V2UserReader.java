package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.account.NewUser;
import io.frontdesk.account.Role;
import io.frontdesk.error.FieldError;
import io.frontdesk.error.Validation;
import io.frontdesk.web.JsonFields;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Bodies of `POST /v2/users`, `PUT /v2/users/{id}/status`, the reassignment PUT and `PUT /v2/teams/{id}/members`. */
final class V2UserReader {

    private V2UserReader() {
    }

    /** `sendInvite` is read and ignored: Frontdesk sends no invitations (docs/helpscout-v2.md). */
    static NewUser create(JsonNode body) {
        Validation validation = new Validation();
        JsonFields root = JsonFields.root(body, validation);
        String roleText = root.string("role");
        Role role = null;
        if (roleText == null) {
            validation.add(FieldError.of("role", "NotNull", "may not be null"));
        } else {
            switch (roleText.trim().toLowerCase(Locale.ROOT)) {
                case "admin" -> role = Role.ADMIN;
                case "user" -> role = Role.USER;
                case "light user" -> role = Role.LIGHT_USER;
                default -> validation.add(FieldError.of("role", "EnumValue",
                        "Expected one of these: 'admin', 'user', 'light user'", roleText));
            }
        }
        root.bool("sendInvite");
        List<Long> mailboxes = new ArrayList<>();
        List<JsonFields> items = root.objects("mailboxes");
        for (JsonFields item : items == null ? List.<JsonFields>of() : items) {
            Long id = item.integer("id");
            item.bool("emailAccess");
            if (id != null) {
                mailboxes.add(id);
            } else if (!item.has("id") || item.isNull("id")) {
                validation.add(FieldError.of(item.path("id"), "NotNull", "may not be null"));
            }
        }
        NewUser user = new NewUser(root.string("firstName"), root.string("lastName"), root.string("email"), role,
                root.string("timezone"), root.string("jobTitle"), root.string("phone"), mailboxes);
        validation.throwIfAny();
        return user;
    }

    /** `{status, customStatus: {text, emoji, emojiName}}`. */
    record Status(String status, String text, String emoji, String emojiName) {
    }

    static Status status(JsonNode body) {
        Validation validation = new Validation();
        JsonFields root = JsonFields.root(body, validation);
        String status = root.string("status");
        if (status == null && validation.isEmpty()) {
            validation.add(FieldError.of("status", "NotNull", "may not be null"));
        }
        JsonFields custom = root.object("customStatus");
        String text = null;
        String emoji = null;
        String emojiName = null;
        if (custom != null) {
            text = custom.string("text");
            emoji = custom.string("emoji");
            emojiName = custom.string("emojiName");
            if (text == null) {
                validation.add(FieldError.of("customStatus.text", "NotNull", "may not be null"));
            }
        }
        validation.throwIfAny();
        return new Status(status == null ? null : status.trim().toLowerCase(Locale.ROOT), text, emoji, emojiName);
    }

    /** `{enabled, awayDuration: {hours, minutes}}`, all required. */
    record Reassignment(boolean enabled, long hours, long minutes) {
    }

    static Reassignment reassignment(JsonNode body) {
        Validation validation = new Validation();
        JsonFields root = JsonFields.root(body, validation);
        Boolean enabled = root.bool("enabled");
        if (enabled == null && !root.has("enabled")) {
            validation.add(FieldError.of("enabled", "NotNull", "may not be null"));
        }
        JsonFields duration = root.object("awayDuration");
        Long hours = null;
        Long minutes = null;
        if (duration == null && validation.isEmpty()) {
            validation.add(FieldError.of("awayDuration", "NotNull", "may not be null"));
        } else if (duration != null) {
            hours = duration.integer("hours");
            minutes = duration.integer("minutes");
            if (hours == null && !duration.has("hours")) {
                validation.add(FieldError.of("awayDuration.hours", "NotNull", "may not be null"));
            }
            if (minutes == null && !duration.has("minutes")) {
                validation.add(FieldError.of("awayDuration.minutes", "NotNull", "may not be null"));
            }
        }
        validation.throwIfAny();
        return new Reassignment(Boolean.TRUE.equals(enabled), hours == null ? 0 : hours,
                minutes == null ? 0 : minutes);
    }

    /** `{"userIds":[…]}` or `{"members":[…]}` (ids or `{id}` objects): the whole membership. */
    static List<Long> members(JsonNode body) {
        Validation validation = new Validation();
        JsonFields root = JsonFields.root(body, validation);
        String field = root.has("userIds") ? "userIds" : "members";
        JsonNode list = root.node().get(field);
        List<Long> ids = new ArrayList<>();
        if (list == null || !list.isArray()) {
            validation.add(FieldError.of("userIds", list == null ? "NotNull" : "InvalidType", "must be an array of "
                    + "user ids", list == null ? null : list.toString()));
        } else {
            for (int i = 0; i < list.size(); i++) {
                JsonNode element = list.get(i);
                JsonNode id = element.isObject() ? element.get("id") : element;
                if (id != null && id.canConvertToLong() && id.isIntegralNumber()) {
                    ids.add(id.longValue());
                } else if (id != null && id.isTextual() && id.textValue().trim().matches("\\d{1,18}")) {
                    ids.add(Long.parseLong(id.textValue().trim()));
                } else {
                    validation.add(FieldError.of(field + "[" + i + "]", "InvalidType", "must be a user id",
                            element.toString()));
                }
            }
        }
        validation.throwIfAny();
        return ids;
    }
}
