package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.frontdesk.account.UserStatus;

import java.util.Map;

/** `GET /v2/users/{id}/conversation-reassignment`: whether and after how long away the conversations move. */
record V2Reassignment(@JsonProperty("_links") Map<String, Hal.Link> links, boolean enabled, Duration awayDuration) {

    record Duration(long hours, long minutes) {
    }

    static V2Reassignment of(UserStatus status, String base) {
        long minutes = status.reassignAfterMinutes();
        return new V2Reassignment(new Hal.Links().add("self", base + "/v2/users/" + status.userId()
                + "/conversation-reassignment").build(), status.reassignEnabled(),
                new Duration(minutes / 60, minutes % 60));
    }
}
