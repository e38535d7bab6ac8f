package io.frontdesk.helpcrunch;

import io.frontdesk.account.Role;
import io.frontdesk.account.User;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static io.frontdesk.helpcrunch.HcTests.assertGolden;
import static io.frontdesk.helpcrunch.HcTests.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

/** `GET /agents`, `GET /agents/{id}` and `GET /agents/{id}/unsubscribe` on both databases. */
@ParameterizedClass
@EnumSource(Backend.class)
class HcAgentsTest {

    @Parameter
    Backend backend;

    private Tenant tenant;
    private Client hc;

    @BeforeEach
    void tenant() {
        tenant = backend.tenant();
        hc = tenant.hc();
    }

    private User user(String first, Role role) {
        return tenant.server().app().accounts().createUser(tenant.accountId(), first, "Agent",
                first.toLowerCase() + tenant.accountId() + "@example.com", role);
    }

    @Test
    void the_list_is_the_accounts_users_with_their_roles() {
        assertGolden(hc.get("/agents"), 200, "agents/list.json");
        user("Ada", Role.ADMIN);
        user("Sam", Role.USER);

        Response response = hc.get("/agents");

        assertThat(response.json().at("/meta/total").asInt()).isEqualTo(3);
        List<String> roles = new ArrayList<>();
        response.json().get("data").forEach(a -> roles.add(a.get("name").asText() + "=" + a.get("role").asText()));
        assertThat(roles).containsExactly("Olivia Owner=admin", "Ada Agent=admin", "Sam Agent=agent");
    }

    @Test
    void the_list_pages_by_offset_and_limit_and_keeps_the_whole_total() {
        user("Ada", Role.ADMIN);
        user("Sam", Role.USER);

        Response page = hc.get("/agents?offset=1&limit=1");

        assertThat(page.json().get("data")).hasSize(1);
        assertThat(page.json().at("/data/0/name").asText()).isEqualTo("Ada Agent");
        assertThat(page.json().at("/meta/total").asInt()).isEqualTo(3);
        assertInvalid(hc.get("/agents?limit=101"), "limit", "This value should be less than or equal to 100.");
        assertInvalid(hc.get("/agents?offset=-1"), "offset", "This value should be greater than or equal to 0.");
    }

    @Test
    void one_agent_is_the_bare_object() {
        assertGolden(hc.get("/agents/" + tenant.owner().id()), 200, "agents/one.json");
        User sam = user("Sam", Role.USER);
        assertThat(hc.get("/agents/" + sam.id()).json().get("role").asText()).isEqualTo("agent");
    }

    @Test
    void an_unknown_agent_or_another_accounts_is_agent_not_found() {
        long theirs = backend.tenant().owner().id();

        for (String id : List.of("999999999", Long.toString(theirs), "abc")) {
            assertGolden(hc.get("/agents/" + id), 404, "errors/agent_not_found.json");
            assertGolden(hc.get("/agents/" + id + "/unsubscribe"), 404, "errors/agent_not_found.json");
        }
    }

    @Test
    void unsubscribe_answers_ok_every_time() {
        String path = "/agents/" + tenant.owner().id() + "/unsubscribe";

        assertGolden(hc.get(path), 200, "agents/unsubscribed.json");
        assertGolden(hc.get(path), 200, "agents/unsubscribed.json");
        assertThat(hc.get(path).body()).isEqualTo("\"Ok\"");
    }
}
