package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.frontdesk.mailbox.Mailbox;
import io.frontdesk.web.Dates;

import java.util.Map;

/** The 2.0 Mailbox object, in `GET /v2/mailboxes` pages and alone from `GET /v2/mailboxes/{id}`. */
record V2Mailbox(long id, String name, String slug, String email, String createdAt, String updatedAt,
                 @JsonProperty("_links") Map<String, Hal.Link> links) {

    static V2Mailbox of(Mailbox mailbox, String base) {
        String self = self(base, mailbox.id());
        return new V2Mailbox(mailbox.id(), mailbox.name(), mailbox.slug(), mailbox.email(),
                Dates.iso(mailbox.createdAt()), Dates.iso(mailbox.updatedAt()),
                new Hal.Links().add("self", self).add("fields", self + "/fields").add("folders", self + "/folders")
                        .build());
    }

    static String self(String base, long mailboxId) {
        return base + "/v2/mailboxes/" + mailboxId;
    }
}
