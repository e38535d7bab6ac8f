package io.frontdesk.helpscout.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.frontdesk.conversation.Conversation;
import io.frontdesk.conversation.ConversationStatus;
import io.frontdesk.conversation.ConversationThread;
import io.frontdesk.conversation.ConversationState;
import io.frontdesk.conversation.CustomFieldValue;
import io.frontdesk.conversation.Folders;
import io.frontdesk.conversation.PersonRef;
import io.frontdesk.conversation.PersonType;
import io.frontdesk.conversation.ThreadType;
import io.frontdesk.mailbox.Mailbox;
import io.frontdesk.mailbox.MailboxField;
import io.frontdesk.tag.Tag;
import io.frontdesk.web.Dates;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * The 1.0 conversation object (helpscout-more.md §11.3), with its threads (§11.4), as the conversation endpoints and
 * webhook bodies show it. Unset values are null as everywhere in 1.0, `tags` is null when there are none,
 * `customFields` is left out when there are none, as the vendor's capture has, and `threads` is null in lists.
 */
@JsonPropertyOrder({"id", "type", "folderId", "isDraft", "number", "owner", "mailbox", "customer", "threadCount",
        "status", "subject", "preview", "createdBy", "createdAt", "modifiedAt", "userModifiedAt", "closedAt",
        "closedBy", "source", "cc", "bcc", "tags", "threads", "customFields"})
record V1Conversation(long id, String type, long folderId, boolean isDraft, long number, Person owner,
                      MailboxRef mailbox, Person customer, int threadCount, String status, String subject,
                      String preview, Person createdBy, String createdAt, String modifiedAt, String userModifiedAt,
                      String closedAt, Person closedBy, Source source, List<String> cc, List<String> bcc,
                      List<String> tags, List<V1Thread> threads,
                      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<CustomField> customFields) {

    /**
     * `{id, firstName, lastName, email, phone, type}`, and for a customer on a single conversation (GET, `reload`)
     * `emails`, all their addresses, with `phone` their first phone, as the Java SDK's capture shows; lists and
     * webhook bodies read no customer and leave `emails` out and `phone` null.
     */
    @JsonPropertyOrder({"id", "firstName", "lastName", "email", "phone", "type", "emails"})
    record Person(long id, String firstName, String lastName, String email, String phone, String type,
                  @JsonInclude(JsonInclude.Include.NON_NULL) List<String> emails) {

        static Person of(PersonRef ref) {
            return of(ref, null);
        }

        /** @param customers a customer's addresses by id, or null when they are not shown */
        static Person of(PersonRef ref, LongFunction<V1CustomerContact> customers) {
            if (ref == null) {
                return null;
            }
            V1CustomerContact contact = customers == null || ref.type() != PersonType.CUSTOMER ? null
                    : customers.apply(ref.id());
            return new Person(ref.id(), ref.firstName(), ref.lastName(), ref.email(),
                    contact == null ? null : contact.phone(), ref.type().token(),
                    contact == null ? null : contact.emails());
        }
    }

    record MailboxRef(long id, String name) {
    }

    /** Everything arrives through the API: `{type: "api", via: "user" | "customer"}`. */
    record Source(String type, String via) {
    }

    @JsonPropertyOrder({"fieldId", "name", "value", "type"})
    record CustomField(long fieldId, String name, String value, String type) {
    }

    /**
     * §11.4. No opened time (Frontdesk tracks none). Attachments are listed when the thread is rendered for an
     * endpoint (a base URL is known), `url` being the 1.0 data endpoint; webhook bodies leave them null.
     */
    @JsonPropertyOrder({"id", "type", "state", "status", "assignedTo", "createdBy", "customer", "createdAt",
            "openedAt", "source", "actionType", "actionSourceId", "fromMailbox", "body", "to", "cc", "bcc",
            "attachments", "savedReplyId", "createdByCustomer"})
    record V1Thread(long id, String type, String state, String status, Person assignedTo, Person createdBy,
                    Person customer, String createdAt, String openedAt, Source source, String actionType,
                    Long actionSourceId, MailboxRef fromMailbox, String body, List<String> to, List<String> cc,
                    List<String> bcc, List<V1Attachment> attachments, long savedReplyId,
                    boolean createdByCustomer) {

        static V1Thread of(ConversationThread t) {
            return of(t, null, null);
        }

        /**
         * @param base      the server's base URL for attachment links; null leaves attachments out (webhooks)
         * @param customers customers' addresses by id for their persons, or null
         */
        static V1Thread of(ConversationThread t, String base, LongFunction<V1CustomerContact> customers) {
            boolean byCustomer = t.createdBy() != null && t.createdBy().type().token().equals("customer");
            return new V1Thread(t.id(), type(t.type()), t.state().token(),
                    t.status() == null ? "nochange" : t.status().token(), Person.of(t.assignedTo()),
                    Person.of(t.createdBy(), customers), Person.of(t.customer(), customers),
                    Dates.iso(t.createdAt()), null,
                    new Source("api", byCustomer ? "customer" : "user"), actionType(t),
                    t.action() == null ? null : t.action().sourceId(), null, t.text(), t.to(), t.cc(),
                    t.bcc(), base == null ? null : t.attachments().stream().map(a -> V1Attachment.of(a, base)).toList(),
                    t.savedReplyId() == null ? 0 : t.savedReplyId(), byCustomer);
        }

        /** 1.0's `actionType` of a line item: `merged`, or `workflow` for a run of either kind; null otherwise. */
        private static String actionType(ConversationThread t) {
            if (t.action() == null) {
                return null;
            }
            return t.action().kind().isWorkflow() ? "workflow" : "merged";
        }

        /** 1.0 calls an agent's reply a `message`. */
        private static String type(ThreadType type) {
            return type == ThreadType.REPLY ? "message" : type.token();
        }
    }

    /** @param fields the definitions of the conversation's mailbox, for each value's 1.0 type name */
    static V1Conversation of(Conversation c, Mailbox mailbox, List<MailboxField> fields) {
        return of(c, mailbox, fields, null);
    }

    /** @param base the server's base URL, for the threads' attachment links; null for webhook bodies */
    static V1Conversation of(Conversation c, Mailbox mailbox, List<MailboxField> fields, String base) {
        return of(c, mailbox, fields, base, null);
    }

    /**
     * A single conversation: {@code customers} gives the addresses its customer persons show (see {@link Person}).
     */
    static V1Conversation of(Conversation c, Mailbox mailbox, List<MailboxField> fields, String base,
                             LongFunction<V1CustomerContact> customers) {
        Map<Long, MailboxField> byId = fields.stream().collect(Collectors.toMap(MailboxField::id, Function.identity()));
        List<CustomField> custom = c.customFields().stream().map(v -> field(v, byId.get(v.id()))).toList();
        List<String> tags = c.tags().isEmpty() ? null : c.tags().stream().map(Tag::name).toList();
        List<V1Thread> threads = c.threads() == null ? null : c.threads().stream()
                .map(t -> V1Thread.of(t, base, customers)).toList();
        return new V1Conversation(c.id(), c.type().token(), Folders.id(c.mailboxId(), Folders.of(c)),
                c.state() == ConversationState.DRAFT, c.number(), Person.of(c.assignee()),
                new MailboxRef(mailbox.id(), mailbox.name()), Person.of(c.primaryCustomer(), customers),
                c.threadCount(), status(c.status()), c.subject(), c.preview(), Person.of(c.createdBy(), customers),
                Dates.iso(c.createdAt()),
                Dates.iso(c.updatedAt()), Dates.iso(c.userUpdatedAt()), Dates.iso(c.closedAt()),
                Person.of(c.closedBy()), new Source("api", c.createdBy().type().token()), c.cc(), c.bcc(), tags,
                threads, custom);
    }

    private static String status(ConversationStatus status) {
        return status.token();
    }

    private static CustomField field(CustomFieldValue value, MailboxField definition) {
        return new CustomField(value.id(), value.name(), value.value(),
                definition == null ? null : definition.type().name());
    }
}
