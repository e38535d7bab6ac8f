package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.frontdesk.webhook.Subscription;

import java.util.List;
import java.util.Map;

/**
 * The 2.0 webhook object: `{id, url, state, events, secret, label, notification, payloadVersion, mailboxIds,
 * _links}`. The secret is returned in clear, as Help Scout's own fixture shows; `label` is left out when unset and
 * `mailboxIds` is `[]` for every mailbox.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record V2Webhook(long id, String url, String state, List<String> events, String secret, String label,
                 boolean notification, String payloadVersion, List<Long> mailboxIds,
                 @JsonProperty("_links") Map<String, Hal.Link> links) {

    static V2Webhook of(Subscription s, String base) {
        return new V2Webhook(s.id(), s.url(), s.state().token(), s.events(), s.secret(), s.label(), s.notification(),
                s.payloadVersion(), s.mailboxIds(), new Hal.Links().add("self", self(base, s.id())).build());
    }

    static String self(String base, long id) {
        return base + "/v2/webhooks/" + id;
    }
}
