package io.frontdesk.helpcrunch;

import io.frontdesk.account.Role;
import io.frontdesk.account.User;
import io.frontdesk.error.ApiException;
import io.frontdesk.team.Team;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import static io.frontdesk.helpcrunch.HcTests.assertGolden;
import static io.frontdesk.helpcrunch.HcTests.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** `GET /departments`: the account's core teams with their members as agents, on both databases. */
@ParameterizedClass
@EnumSource(Backend.class)
class HcDepartmentsTest {

    @Parameter
    Backend backend;

    private Tenant tenant;
    private Client hc;

    @BeforeEach
    void tenant() {
        tenant = backend.tenant();
        hc = tenant.hc();
    }

    private Team department(String name) {
        return tenant.server().app().teams().create(tenant.accountId(), name, null);
    }

    private User agent() {
        return tenant.server().app().accounts().createUser(tenant.accountId(), "Sam", "Agent",
                "sam" + tenant.accountId() + "@example.com", Role.USER);
    }

    @Test
    void departments_are_teams_with_their_agents() {
        assertThat(hc.get("/departments").body()).isEqualTo("{\"data\":[],\"meta\":{\"total\":0}}");
        Team support = department("Support");
        department("Sales");
        User sam = agent();
        tenant.server().app().teams().addMember(tenant.accountId(), support.id(), sam.id());
        tenant.server().app().teams().addMember(tenant.accountId(), support.id(), tenant.owner().id());

        assertGolden(hc.get("/departments"), 200, "departments/list.json");
    }

    @Test
    void departments_page_by_offset_and_limit_with_the_whole_total() {
        for (String name : new String[] {"A", "B", "C"}) {
            department(name);
        }

        Response page = hc.get("/departments?offset=1&limit=1");

        assertThat(page.json().get("data")).hasSize(1);
        assertThat(page.json().at("/data/0/name").asText()).isEqualTo("B");
        assertThat(page.json().at("/meta/total").asInt()).isEqualTo(3);
        assertThat(hc.get("/departments?offset=5").json().get("data")).isEmpty();
        assertInvalid(hc.get("/departments?limit=0"), "limit", "This value should be greater than or equal to 1.");
    }

    @Test
    void another_accounts_departments_and_agents_stay_theirs() {
        Tenant other = backend.tenant();
        Team theirs = other.server().app().teams().create(other.accountId(), "Theirs", null);

        assertThat(hc.get("/departments").json().get("data")).isEmpty();
        assertThatThrownBy(() -> tenant.server().app().teams().addMember(tenant.accountId(), theirs.id(),
                tenant.owner().id())).isInstanceOf(ApiException.class);
        Team mine = department("Mine");
        assertThatThrownBy(() -> tenant.server().app().teams().addMember(tenant.accountId(), mine.id(),
                other.owner().id())).isInstanceOf(ApiException.class);
        assertThat(hc.get("/departments").json().at("/data/0/agents")).isEmpty();
    }
}
