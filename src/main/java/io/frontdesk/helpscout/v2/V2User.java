package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.frontdesk.account.User;
import io.frontdesk.web.Dates;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The 2.0 User object. `photoUrl` is left out when there is no photo (Help Scout's live responses); `jobTitle` and
 * `phone` are null when unset.
 */
record V2User(long id, String firstName, String lastName, String email, String role, String timezone,
              @JsonInclude(JsonInclude.Include.NON_NULL) String photoUrl, String createdAt, String updatedAt, String type, String mention, String initials,
              String jobTitle, String phone, List<String> alternateEmails,
              @JsonProperty("_links") Map<String, Hal.Link> links) {

    static V2User of(User user, String base) {
        String initials = (initial(user.firstName()) + initial(user.lastName())).toUpperCase(Locale.ROOT);
        return new V2User(user.id(), user.firstName(), user.lastName(), user.email(), user.role().wireName(),
                user.timezone(), null, Dates.iso(user.createdAt()), Dates.iso(user.updatedAt()), "user",
                user.firstName().toLowerCase(Locale.ROOT), initials, user.jobTitle(), user.phone(), List.of(),
                new Hal.Links().add("self", base + "/v2/users/" + user.id()).build());
    }

    private static String initial(String name) {
        return name == null || name.isEmpty() ? "" : name.substring(0, 1);
    }
}
