package io.frontdesk.helpscout.v1.directory;

import io.frontdesk.account.Role;
import io.frontdesk.account.User;
import io.frontdesk.team.Team;
import io.frontdesk.team.TeamService;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import static io.frontdesk.helpscout.v1.directory.V1Directory.assertNotFound;
import static io.frontdesk.helpscout.v1.directory.V1Directory.counts;
import static io.frontdesk.helpscout.v1.directory.V1Directory.golden;
import static io.frontdesk.helpscout.v1.directory.V1Directory.ids;
import static io.frontdesk.helpscout.v1.directory.V1Directory.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** `GET /v1/teams.json`, `/v1/teams/{id}.json` and `/v1/teams/{id}/members.json`. */
@ParameterizedClass
@EnumSource(Backend.class)
class V1TeamsTest {

    @Parameter
    Backend backend;

    @Test
    void teams_are_shaped_like_users_with_the_name_split_at_its_last_space() {
        Tenant tenant = backend.tenant();
        TeamService teams = tenant.server().app().teams();
        Team team = teams.create(tenant.accountId(), "Some Other Team", "Europe/Paris");
        teams.create(tenant.accountId(), "Billing", "UTC");

        golden(tenant.v1().get("/v1/teams.json"), "teams/list.json");
        golden(tenant.v1().get("/v1/teams/" + team.id() + ".json"), "teams/one.json");
    }

    @Test
    void members_are_a_page_of_1_0_users() {
        Tenant tenant = backend.tenant();
        TeamService teams = tenant.server().app().teams();
        Team team = teams.create(tenant.accountId(), "Support", "UTC");
        User agent = tenant.server().app().accounts().createUser(tenant.accountId(), "Ann", "Agent",
                "ann@" + tenant.accountId() + ".test", Role.USER);
        teams.addMember(tenant.accountId(), team.id(), agent.id());

        golden(tenant.v1().get("/v1/teams/" + team.id() + "/members.json"), "teams/members.json");
        assertThat(counts(ok(tenant.v1().get("/v1/teams/" + team.id() + "/members.json?page=2"))))
                .isEqualTo("2/1/1");
    }

    @Test
    void unknown_and_other_accounts_teams_are_404() {
        Tenant alice = backend.tenant();
        Tenant bob = backend.tenant();
        Team team = alice.server().app().teams().create(alice.accountId(), "Alice's team", "UTC");

        assertNotFound(bob.v1().get("/v1/teams/" + team.id() + ".json"));
        assertNotFound(bob.v1().get("/v1/teams/" + team.id() + "/members.json"));
        assertNotFound(bob.v1().get("/v1/teams/999999999.json"));
        assertThat(ids(ok(bob.v1().get("/v1/teams.json")))).isEmpty();
    }
}
