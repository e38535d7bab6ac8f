package io.frontdesk.helpcrunch;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.frontdesk.team.Team;

import java.util.List;

/** A HelpCrunch department (helpcrunch-more.md §15): a core team with its members as agents (`[]` when none). */
@JsonPropertyOrder({"id", "name", "agents"})
record HcDepartment(long id, String name, List<HcAgent> agents) {

    static HcDepartment of(Team team, List<HcAgent> agents) {
        return new HcDepartment(team.id(), team.name(), agents);
    }
}
