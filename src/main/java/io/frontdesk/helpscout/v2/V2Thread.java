package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.frontdesk.conversation.ConversationThread;
import io.frontdesk.conversation.PersonType;
import io.frontdesk.conversation.ThreadAction;
import io.frontdesk.conversation.ThreadSchedule;
import io.frontdesk.web.Dates;

import java.util.List;
import java.util.Map;

/**
 * The 2.0 thread object, in thread lists and in a conversation's `_embedded.threads`. `status` is the conversation
 * status the thread set, or `nochange`; `_embedded.attachments` is always there, empty when there are none.
 * `action` (`{type, text, associatedEntities}`, line items only), `savedReplyId` and `openedAt` (no open tracking)
 * are always present, null when the thread has none. `rating` (`{customerId, rating, comments}`) only once the
 * customer rated the reply and `scheduled` only while a draft is scheduled: the reference's decision 12.8 omits both
 * unset.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record V2Thread(long id, String type, String status, String state,
                @JsonInclude(JsonInclude.Include.ALWAYS) Action action, String body, V2Conversation.Source source,
                V2Person customer, V2Person createdBy, V2Person assignedTo,
                @JsonInclude(JsonInclude.Include.ALWAYS) Long savedReplyId, List<String> to, List<String> cc,
                List<String> bcc, String createdAt, @JsonInclude(JsonInclude.Include.ALWAYS) String openedAt,
                V2Rating.OfThread rating, Scheduled scheduled,
                @JsonProperty("_embedded") Embedded embedded,
                @JsonProperty("_links") Map<String, Hal.Link> links) {

    record Scheduled(long scheduledBy, String createdAt, String scheduledFor, boolean unscheduleOnCustomerReply) {
    }

    record Embedded(List<V2Attachment> attachments) {
    }

    /**
     * A line item's action. The reference names {@code associatedEntities} without its content: Frontdesk names the
     * conversation merged in ({@code conversation}) or the workflow that ran ({@code workflow}) by id.
     */
    record Action(String type, String text, Map<String, Long> associatedEntities) {

        static Action of(ConversationThread thread) {
            ThreadAction action = thread.action();
            if (action == null) {
                return null;
            }
            return new Action(action.kind().token(), thread.text(),
                    Map.of(action.kind().isWorkflow() ? "workflow" : "conversation", action.sourceId()));
        }
    }

    static V2Thread of(ConversationThread thread, String base) {
        Hal.Links links = new Hal.Links();
        links.add(thread.createdBy().type() == PersonType.USER ? "createdByUser"
                : "createdByCustomer", V2Person.href(base, thread.createdBy()));
        if (thread.customer() != null) {
            links.add("customer", V2Urls.customer(base, thread.customer().id()));
        }
        if (thread.assignedTo() != null) {
            links.add("assignedTo", V2ConversationUrls.user(base, thread.assignedTo().id()));
        }
        ThreadSchedule schedule = thread.schedule();
        Scheduled scheduled = schedule == null ? null : new Scheduled(schedule.scheduledBy(),
                Dates.iso(schedule.createdAt()), Dates.iso(schedule.scheduledFor()),
                schedule.unscheduleOnCustomerReply());
        return new V2Thread(thread.id(), thread.type().token(),
                thread.status() == null ? "nochange" : thread.status().token(), thread.state().token(),
                Action.of(thread), thread.text(), new V2Conversation.Source("api", thread.createdBy().type().token()),
                V2Person.untyped(thread.customer()), V2Person.of(thread.createdBy()),
                V2Person.brief(thread.assignedTo()), thread.savedReplyId(), thread.to(), thread.cc(), thread.bcc(),
                Dates.iso(thread.createdAt()), null, V2Rating.OfThread.of(thread.rating()), scheduled,
                new Embedded(thread.attachments().stream().map(a -> V2Attachment.of(a, base)).toList()),
                links.build());
    }
}
