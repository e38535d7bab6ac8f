package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.frontdesk.conversation.Conversation;
import io.frontdesk.conversation.CustomFieldValue;
import io.frontdesk.conversation.Folders;
import io.frontdesk.conversation.PersonType;
import io.frontdesk.conversation.ScheduledEvent;
import io.frontdesk.tag.Tag;
import io.frontdesk.web.Dates;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The 2.0 conversation object, the same in `GET /v2/conversations/{id}` and in list pages. `threads` is the count;
 * the threads themselves are in `_embedded.threads` only when asked for (`embed=threads`). Values a conversation does
 * not have (assignee, closedBy, closedAt, preview, waiting time) are left out, as for customers.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record V2Conversation(long id, long number, int threads, String type, long folderId, String status, String state,
                      String subject, String preview, long mailboxId, V2Person assignee, V2Person createdBy,
                      String createdAt, Long closedBy, V2Person closedByUser, String closedAt, String userUpdatedAt,
                      Waiting customerWaitingSince, Source source, List<V2Tag> tags, List<String> cc,
                      List<String> bcc, V2Person primaryCustomer, Snooze snooze, NextEvent nextEvent,
                      List<CustomField> customFields,
                      @JsonProperty("_embedded") Embedded embedded,
                      @JsonProperty("_links") Map<String, Hal.Link> links) {

    /** `{type: "api", via: "user" | "customer"}`: everything here arrives through the API. */
    record Source(String type, String via) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Waiting(String time, String friendly, String latestReplyFrom) {
    }

    record V2Tag(long id, String color, String tag) {
    }

    /** Present only while snoozed. */
    record Snooze(long snoozedBy, String snoozedUntil, boolean unsnoozeOnCustomerReply) {
    }

    /**
     * The snooze's end or the earliest scheduled thread; `eventType` `snooze` or `schedule` (the reference leaves the
     * scheduled token unconfirmed and suggests this one), `userId` who set it (the reference's cut example: a third
     * key starting with `u`).
     */
    record NextEvent(String time, String eventType, long userId) {
    }

    record CustomField(long id, String name, String value, String text) {
    }

    record Embedded(List<V2Thread> threads) {
    }

    static V2Conversation of(Conversation c, String base, Instant now) {
        Waiting waiting = c.latestReplyFrom() == null ? null : new Waiting(Dates.iso(c.waitingSince()),
                c.waitingSince() == null ? null : V2Friendly.since(c.waitingSince(), now),
                c.latestReplyFrom().token());
        List<V2Tag> tags = c.tags().stream().map(V2Conversation::tag).toList();
        List<CustomField> fields = c.customFields().stream().map(V2Conversation::field).toList();
        Embedded embedded = c.threads() == null ? null
                : new Embedded(c.threads().stream().map(t -> V2Thread.of(t, base)).toList());
        return new V2Conversation(c.id(), c.number(), c.threadCount(), c.type().token(),
                Folders.id(c.mailboxId(), Folders.of(c)), c.status().token(), c.state().token(), c.subject(),
                c.preview(), c.mailboxId(), V2Person.brief(c.assignee()), V2Person.brief(c.createdBy()),
                Dates.iso(c.createdAt()), c.closedBy() == null ? null : c.closedBy().id(),
                V2Person.brief(c.closedBy()), Dates.iso(c.closedAt()), Dates.iso(c.userUpdatedAt()), waiting,
                new Source("api", c.createdBy().type().token()), tags, c.cc(), c.bcc(),
                V2Person.brief(c.primaryCustomer()), snooze(c), nextEvent(c), fields, embedded, links(c, base));
    }

    private static Snooze snooze(Conversation c) {
        return c.snooze() == null ? null : new Snooze(c.snooze().snoozedBy(), Dates.iso(c.snooze().until()),
                c.snooze().unsnoozeOnCustomerReply());
    }

    private static NextEvent nextEvent(Conversation c) {
        ScheduledEvent next = c.nextEvent();
        return next == null ? null : new NextEvent(Dates.iso(next.time()),
                next.kind() == ScheduledEvent.Kind.SNOOZE ? "snooze" : "schedule", next.userId());
    }

    private static V2Tag tag(Tag tag) {
        return new V2Tag(tag.id(), tag.color(), tag.name());
    }

    private static CustomField field(CustomFieldValue value) {
        return new CustomField(value.id(), value.name(), value.value(), value.text());
    }

    private static Map<String, Hal.Link> links(Conversation c, String base) {
        Hal.Links links = new Hal.Links()
                .add("self", V2ConversationUrls.conversation(base, c.id()))
                .add("mailbox", V2ConversationUrls.mailbox(base, c.mailboxId()))
                .add("primaryCustomer", V2Urls.customer(base, c.primaryCustomer().id()))
                .add(c.createdBy().type() == PersonType.USER ? "createdByUser" : "createdByCustomer",
                        V2Person.href(base, c.createdBy()))
                .add("threads", V2ConversationUrls.threads(base, c.id()))
                .add("web", V2ConversationUrls.web(base, c.id(), c.number()));
        if (c.assignee() != null) {
            links.add("assignee", V2ConversationUrls.user(base, c.assignee().id()));
        }
        if (c.closedBy() != null) {
            links.add("closedBy", V2ConversationUrls.user(base, c.closedBy().id()));
        }
        return links.build();
    }
}
