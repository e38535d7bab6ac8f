package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.conversation.ConversationStatus;
import io.frontdesk.conversation.CustomerRef;
import io.frontdesk.conversation.NewAttachment;
import io.frontdesk.conversation.NewThread;
import io.frontdesk.conversation.ThreadType;
import io.frontdesk.core.Change;
import io.frontdesk.customer.Emails;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;
import io.frontdesk.error.Validation;
import io.frontdesk.web.Dates;
import io.frontdesk.web.JsonFields;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Thread bodies: the elements of a create's `threads` (typed by their `type`) and the bodies of
 * `POST /v2/conversations/{id}/{reply|notes|customer|phones|chats}` (typed by the path). `text` is required (but for
 * a reply naming a `savedReplyId`, which may take the saved reply's text); `cc` and
 * `bcc` must be addresses; `attachments` are read by {@link V2AttachmentReader}. On the thread endpoints a reply needs
 * a `customer`, `createdAt` needs `imported: true`, and `status` / `assignTo` may change the conversation.
 */
final class V2ThreadReader {

    private static final String TYPES = "'customer', 'reply', 'note', 'chat', 'phone'";
    private static final String STATUSES = "'active', 'pending', 'closed', 'spam', 'open'";

    private V2ThreadReader() {
    }

    /** An element of a create's `threads`; null after reporting a problem. */
    static NewThread inConversation(JsonFields item) {
        String rawType = item.string("type");
        ThreadType type = ThreadType.parse(rawType).orElse(null);
        if (type == null) {
            item.validation().add(rawType == null ? FieldError.of(item.path("type"), "NotNull", "may not be null")
                    : FieldError.of(item.path("type"), "EnumValue", "Expected one of these: " + TYPES, rawType));
        }
        NewThread thread = read(item, type == null ? ThreadType.NOTE : type, false);
        return type == null ? null : thread;
    }

    /** The body of a thread endpoint. */
    static NewThread endpoint(JsonNode body, ThreadType type) {
        Validation validation = new Validation();
        JsonFields root = JsonFields.root(body, validation);
        if (type == ThreadType.REPLY && !root.has("customer")) {
            validation.add(FieldError.of("customer", "NotNull", "may not be null"));
        }
        NewThread thread = read(root, type, true);
        validation.throwIfAny();
        return thread;
    }

    private static NewThread read(JsonFields item, ThreadType type, boolean endpoint) {
        String text = item.string("text");
        // a reply written from a saved reply may leave the text to it (read on the reply endpoint only)
        Long savedReplyId = endpoint && type == ThreadType.REPLY ? item.integer("savedReplyId") : null;
        if (savedReplyId != null && savedReplyId < 1) {
            item.validation().add(FieldError.of(item.path("savedReplyId"), "InvalidValue",
                    "must be a saved reply's id", savedReplyId));
        }
        if ((text == null || text.isBlank()) && savedReplyId == null) {
            item.validation().add(FieldError.of(item.path("text"), "NotEmpty", "may not be empty"));
        }
        JsonFields customerObject = item.object("customer");
        CustomerRef customer = customerObject == null ? null : V2CustomerRefReader.read(customerObject);
        if (endpoint && type == ThreadType.REPLY && item.has("customer") && item.isNull("customer")) {
            item.validation().add(FieldError.of(item.path("customer"), "NotNull", "may not be null"));
        }
        Long user = item.integer("user");
        boolean draft = Boolean.TRUE.equals(item.bool("draft"));
        boolean imported = Boolean.TRUE.equals(item.bool("imported"));
        List<String> cc = addresses(item, "cc");
        List<String> bcc = addresses(item, "bcc");
        Instant createdAt = date(item, "createdAt");
        if (endpoint && createdAt != null && !imported) {
            item.validation().add(FieldError.of(item.path("createdAt"), "InvalidValue",
                    "createdAt may only be set on imported threads (imported: true)", item.string("createdAt")));
        }
        ConversationStatus status = endpoint ? status(item) : null;
        Change<Long> assignTo = endpoint && type == ThreadType.REPLY && item.has("assignTo")
                ? Change.set(item.integer("assignTo")) : Change.keep();
        List<NewAttachment> attachments = new ArrayList<>();
        List<JsonFields> items = item.objects("attachments");
        for (JsonFields attachment : items == null ? List.<JsonFields>of() : items) {
            NewAttachment read = V2AttachmentReader.read(attachment);
            if (read != null) {
                attachments.add(read);
            }
        }
        return new NewThread(type, text, customer, user, draft && type == ThreadType.REPLY, cc, bcc, createdAt,
                imported, status, assignTo, attachments, savedReplyId);
    }

    /** A status for the conversation; `open` is taken as active. */
    private static ConversationStatus status(JsonFields item) {
        String raw = item.string("status");
        if (raw == null) {
            return null;
        }
        if (raw.trim().toLowerCase(Locale.ROOT).equals("open")) {
            return ConversationStatus.ACTIVE;
        }
        return ConversationStatus.parse(raw).orElseGet(() -> {
            item.validation().add(FieldError.of(item.path("status"), "EnumValue", "Expected one of these: "
                    + STATUSES, raw));
            return null;
        });
    }

    private static List<String> addresses(JsonFields item, String name) {
        List<String> values = item.strings(name);
        List<String> valid = new ArrayList<>();
        for (int i = 0; values != null && i < values.size(); i++) {
            String value = values.get(i);
            if (Emails.valid(value)) {
                valid.add(value.trim());
            } else {
                item.validation().add(FieldError.of(item.path(name) + "[" + i + "]", "Email",
                        "Not well-formed email address", value));
            }
        }
        return valid;
    }

    /** A `yyyy-MM-dd'T'HH:mm:ss'Z'` date, reported as "Malformed date" on its path. */
    static Instant date(JsonFields item, String name) {
        String raw = item.string(name);
        if (raw == null) {
            return null;
        }
        try {
            return Dates.parse(item.path(name), raw, FieldError.Source.BODY);
        } catch (ApiException e) {
            item.validation().addAll(e.errors());
            return null;
        }
    }
}
