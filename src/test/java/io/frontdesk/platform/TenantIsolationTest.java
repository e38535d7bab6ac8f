package io.frontdesk.platform;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.account.Role;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Golden;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Two accounts on one server: each credential sees its own account only, in every dialect. */
@ParameterizedClass
@EnumSource(Backend.class)
class TenantIsolationTest {

    @Parameter
    Backend backend;

    private Tenant a;
    private Tenant b;

    @BeforeEach
    void tenants() {
        a = backend.tenant();
        b = backend.tenant();
        backend.server().app().accounts().createUser(a.accountId(), "Aaron", "Agent",
                "agent-" + a.accountId() + "@a.test", Role.USER);
    }

    @Test
    void v2_users_me_with_account_b_token_is_b_owner() {
        JsonNode me = b.v2().get("/v2/users/me").json();

        assertThat(me.get("id").asLong()).isEqualTo(b.owner().id()).isNotEqualTo(a.owner().id());
        assertThat(me.get("email").asText()).isEqualTo(b.owner().email());
    }

    @Test
    void v1_users_me_with_account_b_key_is_b_owner() {
        JsonNode me = b.v1().get("/v1/users/me.json").json();

        assertThat(me.at("/item/id").asLong()).isEqualTo(b.owner().id()).isNotEqualTo(a.owner().id());
    }

    @Test
    void helpcrunch_agents_with_account_b_key_lists_only_b_users() {
        Response response = b.hc().get("/agents");

        assertThat(response.status()).isEqualTo(200);
        Golden.assertMatches(response, "helpcrunch/agents/list.json", "");
        assertThat(response.json().at("/data/0/id").asLong()).isEqualTo(b.owner().id());
        assertThat(response.json().at("/data/0/email").asText()).isEqualTo(b.owner().email());
    }

    @Test
    void helpcrunch_agents_with_account_a_key_lists_a_users_and_none_of_b() {
        JsonNode body = a.hc().get("/agents").json();

        List<Long> ids = new ArrayList<>();
        body.get("data").forEach(agent -> ids.add(agent.get("id").asLong()));
        List<Long> expected = backend.server().app().accounts().users(a.accountId()).stream()
                .map(user -> user.id()).toList();
        assertThat(ids).containsExactlyElementsOf(expected).hasSize(2).doesNotContain(b.owner().id());
        assertThat(body.at("/meta/total").asLong()).isEqualTo(2);
    }
}
