package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.frontdesk.team.Team;
import io.frontdesk.web.Dates;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The 2.0 team object. No `photoUrl` (teams have no photo here, left out as in Help Scout's live schema); `mention` is
 * the name lower-cased without spaces or punctuation, `initials` the first letters of its first two words.
 */
record V2Team(long id, String name, String timezone, String mention, String initials, String createdAt,
              String updatedAt, @JsonProperty("_links") Map<String, Hal.Link> links) {

    static V2Team of(Team team, String base) {
        String[] words = team.name().trim().split("\\s+");
        String initials = Arrays.stream(words).limit(2).filter(w -> !w.isEmpty()).map(w -> w.substring(0, 1))
                .collect(Collectors.joining()).toUpperCase(Locale.ROOT);
        String mention = team.name().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        String self = base + "/v2/teams/" + team.id();
        return new V2Team(team.id(), team.name(), team.timezone(), mention, initials, Dates.iso(team.createdAt()),
                Dates.iso(team.updatedAt()), new Hal.Links().add("self", self).add("teamMembers", self + "/members")
                .build());
    }
}
