package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.conversation.ConversationStatus;
import io.frontdesk.conversation.ConversationType;
import io.frontdesk.conversation.CustomerRef;
import io.frontdesk.conversation.FieldInput;
import io.frontdesk.conversation.NewConversation;
import io.frontdesk.conversation.NewThread;
import io.frontdesk.core.Change;
import io.frontdesk.error.FieldError;
import io.frontdesk.error.Validation;
import io.frontdesk.web.JsonFields;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * `POST /v2/conversations` (seed 004) as a {@link NewConversation}, reporting every shape problem at once with the
 * client's paths (`threads[1].attachments[0].data`). Unknown and read-only fields (`id`, `number`, `folderId`,
 * `_links`, …, as the PHP SDK sends them) are never read; null means absent, except for `assignTo`, where an explicit
 * null means "unassigned" and absence means the mailbox default.
 */
final class V2ConversationReader {

    private V2ConversationReader() {
    }

    static NewConversation create(JsonNode body) {
        Validation validation = new Validation();
        JsonFields root = JsonFields.root(body, validation);
        String subject = root.string("subject");
        if (subject == null || subject.isBlank()) {
            validation.add(FieldError.of("subject", "NotEmpty", "may not be empty", subject));
        }
        ConversationType type = required(root, "type", ConversationType.parse(root.string("type")),
                "'chat', 'email', 'phone'");
        ConversationStatus status = required(root, "status", ConversationStatus.parse(root.string("status"))
                .filter(s -> s != ConversationStatus.SPAM), "'active', 'closed', 'pending'");
        Long mailboxId = root.integer("mailboxId");
        if (mailboxId == null && !hasWrongType(validation, "mailboxId")) {
            validation.add(FieldError.of("mailboxId", "NotNull", "may not be null"));
        } else if (mailboxId != null && mailboxId <= 0) {
            validation.add(FieldError.of("mailboxId", "InvalidIdentifier", "must be a positive id", mailboxId));
        }
        JsonFields customerObject = root.object("customer");
        CustomerRef customer = customerObject == null ? null : V2CustomerRefReader.read(customerObject);
        if (customerObject == null && !hasWrongType(validation, "customer")) {
            validation.add(FieldError.of("customer", "NotNull", "may not be null"));
        }
        List<NewThread> threads = threads(root);
        Instant createdAt = V2ThreadReader.date(root, "createdAt");
        Instant closedAt = V2ThreadReader.date(root, "closedAt");
        boolean autoReply = Boolean.TRUE.equals(root.bool("autoReply"));
        boolean imported = Boolean.TRUE.equals(root.bool("imported"));
        Change<Long> assignTo = root.has("assignTo") ? Change.set(root.integer("assignTo")) : Change.keep();
        Long user = root.integer("user");
        List<String> tags = root.strings("tags");
        List<FieldInput> fields = fields(root);
        validation.throwIfAny();
        return new NewConversation(subject, type, mailboxId, status, customer, threads, createdAt, closedAt,
                autoReply, imported, assignTo, user, tags == null ? List.of() : tags, fields);
    }

    /** `fields: [{id, value}]` of create and of `PUT …/fields`; PHP's extra `name` and `text` are ignored. */
    static List<FieldInput> fields(JsonFields root) {
        List<JsonFields> items = root.objects("fields");
        List<FieldInput> fields = new ArrayList<>();
        for (JsonFields item : items == null ? List.<JsonFields>of() : items) {
            Long id = item.integer("id");
            if (id == null) {
                if (!item.has("id") || item.isNull("id")) {
                    item.validation().add(FieldError.of(item.path("id"), "NotNull", "may not be null"));
                }
                continue;
            }
            fields.add(new FieldInput(id, item.string("value")));
        }
        return fields;
    }

    private static List<NewThread> threads(JsonFields root) {
        List<JsonFields> items = root.objects("threads");
        if (items == null) {
            if (!hasWrongType(root.validation(), "threads")) {
                root.validation().add(FieldError.of("threads", "NotNull", "may not be null"));
            }
            return List.of();
        }
        if (items.isEmpty() && root.node().get("threads").isEmpty()) {
            root.validation().add(FieldError.of("threads", "NotEmpty",
                    "There has to be at least one thread in a conversation"));
        }
        List<NewThread> threads = new ArrayList<>();
        for (JsonFields item : items) {
            NewThread thread = V2ThreadReader.inConversation(item);
            if (thread != null) {
                threads.add(thread);
            }
        }
        return threads;
    }

    /** The enum value, or null after reporting it as missing (NotNull) or not one of {@code allowed}. */
    private static <T> T required(JsonFields root, String name, Optional<T> parsed, String allowed) {
        String raw = root.string(name);
        if (parsed.isPresent()) {
            return parsed.get();
        }
        if (raw == null) {
            if (!hasWrongType(root.validation(), name)) {
                root.validation().add(FieldError.of(name, "NotNull", "may not be null"));
            }
        } else {
            root.validation().add(FieldError.of(name, "EnumValue", "Expected one of these: " + allowed, raw));
        }
        return null;
    }

    /** Whether a wrong JSON type was already reported for {@code path}, so it is not reported twice. */
    private static boolean hasWrongType(Validation validation, String path) {
        return validation.errors().stream().anyMatch(e -> e.path().equals(path));
    }
}
