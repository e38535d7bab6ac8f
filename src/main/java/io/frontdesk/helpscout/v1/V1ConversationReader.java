package io.frontdesk.helpscout.v1;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.conversation.ConversationChange;
import io.frontdesk.conversation.ConversationStatus;
import io.frontdesk.conversation.ConversationType;
import io.frontdesk.conversation.CustomerRef;
import io.frontdesk.conversation.FieldInput;
import io.frontdesk.conversation.NewAttachment;
import io.frontdesk.conversation.NewConversation;
import io.frontdesk.conversation.NewThread;
import io.frontdesk.core.Change;
import io.frontdesk.customer.CustomerField;
import io.frontdesk.customer.EntryKind;
import io.frontdesk.customer.NewCustomer;
import io.frontdesk.customer.NewEntry;
import io.frontdesk.error.FieldError;
import io.frontdesk.error.Validation;
import io.frontdesk.web.JsonFields;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The 1.0 conversation bodies (helpscout-more.md §11.5, §11.6) as core commands, every problem of a request reported
 * at once with 1.0 property paths (`threads[1].createdBy.id`). The Java SDK sends the whole Conversation model it read
 * (ids, numbers, threads' read-only fields): whatever is not listed here is never read.
 */
final class V1ConversationReader {

    private static final String STATUSES = "active, pending, closed, spam";

    private V1ConversationReader() {
    }

    /** `POST /v1/conversations.json`; {@code imported} and {@code autoReply} come from the query string. */
    static NewConversation create(JsonNode body, boolean imported, boolean autoReply) {
        Validation validation = new Validation();
        JsonFields root = JsonFields.root(body, validation);
        String subject = root.string("subject");
        if (subject == null || subject.isBlank()) {
            validation.add(FieldError.of("subject", "NotEmpty", "may not be empty", subject));
        }
        ConversationType type = ConversationType.EMAIL;
        String rawType = root.string("type");
        if (rawType != null) {
            type = ConversationType.parse(rawType).orElse(null);
            if (type == null) {
                validation.add(FieldError.of("type", "EnumValue", "Expected one of these: email, chat, phone",
                        rawType));
            }
        }
        ConversationStatus status = status(root, ConversationStatus.ACTIVE);
        Long mailboxId = mailbox(root);
        CustomerRef customer = customer(root);
        List<NewThread> threads = threads(root, imported);
        Instant createdAt = V1Dates.read(root, "createdAt");
        Change<Long> owner = owner(root);
        List<String> tags = root.strings("tags");
        List<FieldInput> fields = customFields(root);
        validation.throwIfAny();
        return new NewConversation(subject.trim(), type, mailboxId, status, customer, threads, createdAt,
                status == ConversationStatus.CLOSED && imported ? createdAt : null, autoReply, imported, owner, null,
                tags == null ? List.of() : tags, fields);
    }

    /**
     * `PUT /v1/conversations/{id}.json`: `subject`, `status`, `owner`, `mailbox` (a different id moves it), `tags`
     * (the whole list) and `customFields` (every value), each only when present; everything else is ignored.
     */
    static List<ConversationChange> update(JsonNode body) {
        Validation validation = new Validation();
        JsonFields root = JsonFields.root(body, validation);
        List<ConversationChange> changes = new ArrayList<>();
        if (root.has("subject") && !root.isNull("subject")) {
            String subject = root.string("subject");
            if (subject != null && subject.isBlank()) {
                validation.add(FieldError.of("subject", "NotEmpty", "may not be empty", subject));
            } else if (subject != null) {
                changes.add(new ConversationChange.Subject(subject));
            }
        }
        if (root.has("status") && !root.isNull("status")) {
            ConversationStatus status = status(root, null);
            if (status != null) {
                changes.add(new ConversationChange.Status(status));
            }
        }
        if (root.has("mailbox") && !root.isNull("mailbox")) {
            Long mailbox = mailbox(root);
            if (mailbox != null) {
                changes.add(new ConversationChange.Move(mailbox));
            }
        }
        if (root.has("owner")) {
            Change<Long> owner = owner(root);
            if (owner.present()) {
                changes.add(new ConversationChange.Assign(owner.applyTo(null)));
            }
        }
        if (root.has("tags") && !root.isNull("tags")) {
            List<String> tags = root.strings("tags");
            if (tags != null) {
                changes.add(new ConversationChange.Tags(tags));
            }
        }
        if (root.has("customFields") && !root.isNull("customFields")) {
            changes.add(new ConversationChange.Fields(customFields(root)));
        }
        validation.throwIfAny();
        return changes;
    }

    /** `POST /v1/conversations/{id}.json`: one thread; `createdAt` is honoured only with `imported=true`. */
    static NewThread thread(JsonNode body, boolean imported) {
        Validation validation = new Validation();
        NewThread thread = thread(JsonFields.root(body, validation), imported, true);
        validation.throwIfAny();
        return thread;
    }

    /** `PUT /v1/conversations/{id}/threads/{threadId}.json`: `{"body": "<new text>"}`. */
    static String threadText(JsonNode body) {
        Validation validation = new Validation();
        JsonFields root = JsonFields.root(body, validation);
        String text = root.string("body");
        if (text == null || text.isBlank()) {
            validation.add(FieldError.of("body", "NotEmpty", "may not be empty", text));
        }
        validation.throwIfAny();
        return text;
    }

    private static List<NewThread> threads(JsonFields root, boolean imported) {
        List<JsonFields> items = root.objects("threads");
        if (items == null || (items.isEmpty() && root.node().get("threads").isEmpty())) {
            if (!root.validation().errors().stream().anyMatch(e -> e.path().equals("threads"))) {
                root.validation().add(FieldError.of("threads", "NotEmpty",
                        "There has to be at least one thread in a conversation"));
            }
            return List.of();
        }
        List<NewThread> threads = new ArrayList<>();
        for (JsonFields item : items) {
            NewThread thread = thread(item, imported, false);
            if (thread != null) {
                threads.add(thread);
            }
        }
        return threads;
    }

    /** A thread object; null after reporting a problem. */
    private static NewThread thread(JsonFields item, boolean imported, boolean endpoint) {
        V1ThreadType type = V1ThreadType.read(item);
        String text = item.string("body");
        if (text == null || text.isBlank()) {
            item.validation().add(FieldError.of(item.path("body"), "NotEmpty", "may not be empty", text));
        }
        JsonFields createdBy = item.object("createdBy");
        Long userId = null;
        CustomerRef customer = null;
        if (createdBy == null) {
            item.validation().add(FieldError.of(item.path("createdBy"), "NotNull", "may not be null"));
        } else if (type != null) {
            String personType = createdBy.string("type");
            boolean byCustomer = personType != null ? personType.equalsIgnoreCase("customer")
                    : type == V1ThreadType.CUSTOMER;
            if (type == V1ThreadType.CUSTOMER && !byCustomer) {
                item.validation().add(FieldError.of(createdBy.path("type"), "InvalidValue",
                        "a customer thread is created by a customer", personType));
            } else if (type != V1ThreadType.CUSTOMER && byCustomer && type != V1ThreadType.CHAT
                    && type != V1ThreadType.PHONE) {
                item.validation().add(FieldError.of(createdBy.path("type"), "InvalidValue",
                        "a " + type.wire() + " thread is created by a user", personType));
            } else if (byCustomer) {
                customer = person(createdBy);
            } else {
                userId = createdBy.integer("id");
                if (userId == null && !createdBy.has("id")) {
                    item.validation().add(FieldError.of(createdBy.path("id"), "NotNull", "may not be null"));
                }
            }
        }
        JsonFields addressed = item.object("customer");
        if (customer == null && addressed != null && type == V1ThreadType.MESSAGE) {
            customer = person(addressed);
        }
        boolean draft = "draft".equalsIgnoreCase(item.string("state"));
        List<String> cc = V1Addresses.read(item, "cc");
        List<String> bcc = V1Addresses.read(item, "bcc");
        Instant createdAt = V1Dates.read(item, "createdAt");
        ConversationStatus status = endpoint ? status(item, null) : null;
        Change<Long> assignTo = Change.keep();
        JsonFields assigned = item.object("assignedTo");
        if (endpoint && type == V1ThreadType.MESSAGE && assigned != null) {
            assignTo = Change.set(assigned.integer("id"));
        }
        List<NewAttachment> attachments = V1AttachmentHash.read(item);
        if (type == null) {
            return null;
        }
        return new NewThread(type.core(), text, customer, userId, draft, cc, bcc,
                imported ? createdAt : null, imported, status, assignTo,
                attachments);
    }

    /** A Person naming a customer: `{id}`, or `{email, firstName, lastName}` to find or create one. */
    private static CustomerRef customer(JsonFields root) {
        JsonFields person = root.object("customer");
        if (person == null) {
            if (!root.has("customer") || root.isNull("customer")) {
                root.validation().add(FieldError.of("customer", "NotNull", "may not be null"));
            }
            return null;
        }
        return person(person);
    }

    private static CustomerRef person(JsonFields person) {
        Long id = person.integer("id");
        if (id != null && id > 0) {
            return new CustomerRef.ById(id);
        }
        String email = person.string("email");
        if (email == null || email.isBlank()) {
            String self = person.path("");
            person.validation().add(FieldError.of(self.substring(0, self.length() - 1), "NotNull",
                    "must contain a customer id or an email address"));
            return null;
        }
        if (!io.frontdesk.customer.Emails.valid(email)) {
            person.validation().add(FieldError.of(person.path("email"), "Email", "Not well-formed email address",
                    email));
            return null;
        }
        Map<CustomerField, Object> fields = new EnumMap<>(CustomerField.class);
        name(person, "firstName", CustomerField.FIRST_NAME, fields);
        name(person, "lastName", CustomerField.LAST_NAME, fields);
        return new CustomerRef.ByEmail(email.trim(), new NewCustomer(fields,
                List.of(new NewEntry(EntryKind.EMAIL, email.trim(), null)), null, List.of(), List.of()));
    }

    private static void name(JsonFields person, String wire, CustomerField field, Map<CustomerField, Object> into) {
        String value = person.string(wire);
        if (value == null || value.isBlank()) {
            return;
        }
        if (value.trim().length() > 40) {
            person.validation().add(FieldError.of(person.path(wire), "Size", "size must be between 1 and 40",
                    value));
            return;
        }
        into.put(field, value.trim());
    }

    private static Long mailbox(JsonFields root) {
        JsonFields mailbox = root.object("mailbox");
        Long id = mailbox == null ? null : mailbox.integer("id");
        if (id == null || id <= 0) {
            if (mailbox == null && root.has("mailbox") && !root.isNull("mailbox")) {
                return null;
            }
            root.validation().add(FieldError.of("mailbox", "InvalidValue", "The specified mailbox is not valid",
                    id == null ? null : id.toString()));
            return null;
        }
        return id;
    }

    /** `owner`: a Person `{id}` assigns, null unassigns, absence keeps the default. */
    private static Change<Long> owner(JsonFields root) {
        if (!root.has("owner")) {
            return Change.keep();
        }
        if (root.isNull("owner")) {
            return Change.set(null);
        }
        JsonFields owner = root.object("owner");
        Long id = owner == null ? null : owner.integer("id");
        if (owner != null && id == null) {
            root.validation().add(FieldError.of("owner.id", "NotNull", "may not be null"));
        }
        return id == null ? Change.keep() : Change.set(id);
    }

    private static ConversationStatus status(JsonFields item, ConversationStatus fallback) {
        String raw = item.string("status");
        if (raw == null) {
            return fallback;
        }
        return ConversationStatus.parse(raw.trim().toLowerCase(Locale.ROOT)).orElseGet(() -> {
            item.validation().add(FieldError.of(item.path("status"), "EnumValue", "Expected one of these: "
                    + STATUSES, raw));
            return null;
        });
    }

    /** `customFields: [{fieldId, value}]`; `name` and `type` (sent back by clients) are ignored. */
    private static List<FieldInput> customFields(JsonFields root) {
        List<JsonFields> items = root.objects("customFields");
        List<FieldInput> values = new ArrayList<>();
        for (JsonFields item : items == null ? List.<JsonFields>of() : items) {
            Long id = item.integer("fieldId");
            if (id == null) {
                if (!item.has("fieldId") || item.isNull("fieldId")) {
                    item.validation().add(FieldError.of(item.path("fieldId"), "NotNull", "may not be null"));
                }
                continue;
            }
            values.add(new FieldInput(id, item.string("value")));
        }
        return values;
    }
}
