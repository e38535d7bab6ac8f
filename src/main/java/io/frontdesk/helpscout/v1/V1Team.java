package io.frontdesk.helpscout.v1;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.frontdesk.team.Team;
import io.frontdesk.web.Dates;

/**
 * A 1.0 team, shaped like a user (the Java SDK's capture): the name split at its last space into `firstName` and
 * `lastName` ("Some Other Team" is "Some Other" + "Team"; a one-word name is all `firstName`, `lastName` ""), `email`
 * and `role` null, `type` "team".
 */
@JsonPropertyOrder({"id", "firstName", "lastName", "fullName", "email", "role", "timezone", "photoUrl", "createdAt",
        "modifiedAt", "type"})
record V1Team(long id, String firstName, String lastName, String fullName, String email, String role,
              String timezone, String photoUrl, String createdAt, String modifiedAt, String type) {

    static V1Team of(Team team) {
        String name = team.name().trim();
        int space = name.lastIndexOf(' ');
        String first = space < 0 ? name : name.substring(0, space).trim();
        String last = space < 0 ? "" : name.substring(space + 1);
        return new V1Team(team.id(), first, last, name, null, null, team.timezone(), null,
                Dates.iso(team.createdAt()), Dates.iso(team.updatedAt()), "team");
    }
}
