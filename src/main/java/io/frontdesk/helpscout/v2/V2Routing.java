package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.frontdesk.mailbox.RotationEntry;
import io.frontdesk.mailbox.RoutingView;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * `GET /v2/mailboxes/{id}/routing`. `assignmentLimit` and `assignmentMethod` are left out only for a mailbox whose
 * routing was never set; a rotation entry's `reason` is left out when the user is eligible.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record V2Routing(String state, Integer assignmentLimit, String assignmentMethod, List<Long> userIds,
                 List<Rotation> rotation, @JsonProperty("_links") Map<String, Hal.Link> links) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Rotation(long userId, long conversationsCount, boolean eligible, String reason) {
    }

    static V2Routing of(RoutingView view, String base) {
        return new V2Routing(view.routing().enabled() ? "enabled" : "disabled", view.routing().assignmentLimit(),
                view.routing().method() == null ? null : view.routing().method().token(), view.routing().userIds(),
                view.rotation().stream().map(V2Routing::rotation).toList(),
                new Hal.Links().add("self", V2ConversationUrls.mailbox(base, view.mailboxId()) + "/routing").build());
    }

    private static Rotation rotation(RotationEntry entry) {
        return new Rotation(entry.userId(), entry.conversationsCount(), entry.eligible(),
                entry.reason() == null ? null : entry.reason().name().toLowerCase(Locale.ROOT));
    }
}
