package io.frontdesk.helpscout.v1;

import io.frontdesk.conversation.ThreadType;
import io.frontdesk.error.FieldError;
import io.frontdesk.web.JsonFields;

import java.util.Locale;

/** The thread types a 1.0 client may write; 1.0 calls an agent's reply a `message`. */
enum V1ThreadType {
    MESSAGE(ThreadType.REPLY), NOTE(ThreadType.NOTE), CUSTOMER(ThreadType.CUSTOMER), CHAT(ThreadType.CHAT),
    PHONE(ThreadType.PHONE);

    private final ThreadType core;

    V1ThreadType(ThreadType core) {
        this.core = core;
    }

    ThreadType core() {
        return core;
    }

    String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The 1.0 name of a core type. */
    static String of(ThreadType type) {
        return type == ThreadType.REPLY ? "message" : type.token();
    }

    /** The item's `type`, or null after reporting it missing or unknown. */
    static V1ThreadType read(JsonFields item) {
        String raw = item.string("type");
        if (raw == null) {
            item.validation().add(FieldError.of(item.path("type"), "NotNull", "may not be null"));
            return null;
        }
        for (V1ThreadType type : values()) {
            if (type.wire().equals(raw.trim().toLowerCase(Locale.ROOT))) {
                return type;
            }
        }
        item.validation().add(FieldError.of(item.path("type"), "EnumValue",
                "Expected one of these: message, note, customer, chat, phone", raw));
        return null;
    }
}
