package io.frontdesk.helpscout.v1;

import io.frontdesk.account.User;
import io.frontdesk.web.Dates;

/** The 1.0 User object. */
record V1User(long id, String firstName, String lastName, String email, String role, String timezone,
              String photoUrl, String createdAt, String modifiedAt, String type) {

    static V1User of(User user) {
        return new V1User(user.id(), user.firstName(), user.lastName(), user.email(), user.role().wireName(),
                user.timezone(), null, Dates.iso(user.createdAt()), Dates.iso(user.updatedAt()), "user");
    }
}
