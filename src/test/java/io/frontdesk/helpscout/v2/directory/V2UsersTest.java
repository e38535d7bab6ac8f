package io.frontdesk.helpscout.v2.directory;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.account.Role;
import io.frontdesk.account.User;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static io.frontdesk.helpscout.v2.directory.Directory.assertNotFound;
import static io.frontdesk.helpscout.v2.directory.Directory.assertQueryError;
import static io.frontdesk.helpscout.v2.directory.Directory.golden;
import static io.frontdesk.helpscout.v2.directory.Directory.ids;
import static io.frontdesk.helpscout.v2.directory.Directory.ok;
import static io.frontdesk.helpscout.v2.directory.Directory.relative;
import static org.assertj.core.api.Assertions.assertThat;

/** `GET /v2/users` with its `email` and `mailbox` filters, and `GET /v2/users/{id}`. */
@ParameterizedClass
@EnumSource(Backend.class)
class V2UsersTest {

    @Parameter
    Backend backend;

    @Test
    void list_holds_every_user_of_the_account() {
        Tenant tenant = backend.tenant();
        Client client = tenant.v2();
        User agent = addAgent(tenant, "Ann", "Agent", "ann@" + tenant.accountId() + ".test");

        golden(client.get("/v2/users"), "users/list.json", client, "/v2/users/" + tenant.owner().id(),
                "/v2/users/<owner>", "/v2/users/" + agent.id(), "/v2/users/<agent>");
    }

    @Test
    void one_user_by_id() {
        Tenant tenant = backend.tenant();
        Client client = tenant.v2();
        User agent = addAgent(tenant, "Ann", "Agent", "ann@" + tenant.accountId() + ".test");

        golden(client.get("/v2/users/" + agent.id()), "users/one.json", client,
                "/v2/users/" + agent.id(), "/v2/users/<id>");
        assertThat(ok(client.get("/v2/users/me")).get("id").asLong()).isEqualTo(tenant.owner().id());
    }

    @Test
    void email_matches_the_whole_address_ignoring_case() {
        Tenant tenant = backend.tenant();
        Client client = tenant.v2();
        User agent = addAgent(tenant, "Ann", "Agent", "Ann.Agent@" + tenant.accountId() + ".test");

        String upper = ("ann.agent@" + tenant.accountId() + ".test").toUpperCase();
        assertThat(ids(ok(client.get("/v2/users?email=" + upper)), "users")).containsExactly(agent.id());
        assertThat(ok(client.get("/v2/users?email=ann.agent")).at("/_embedded/users").toString()).isEqualTo("[]");
        JsonNode none = ok(client.get("/v2/users?email=nobody@x.test"));
        assertThat(none.at("/_embedded/users").toString()).isEqualTo("[]");
        assertThat(none.at("/_links/self/href").asText())
                .isEqualTo(client.base() + "/v2/users?email=nobody@x.test&page=1");
    }

    @Test
    void mailbox_keeps_the_users_with_access_which_is_everyone_of_the_account() {
        Tenant alice = backend.tenant();
        Tenant bob = backend.tenant();
        User agent = addAgent(alice, "Ann", "Agent", "ann@" + alice.accountId() + ".test");
        Client client = alice.v2();

        assertThat(ids(ok(client.get("/v2/users?mailbox=" + alice.mailbox().id())), "users"))
                .containsExactly(alice.owner().id(), agent.id());
        assertThat(ok(client.get("/v2/users?mailbox=" + bob.mailbox().id())).at("/_embedded/users").toString())
                .isEqualTo("[]");
        assertThat(ok(client.get("/v2/users?mailbox=999999999")).at("/_embedded/users").toString()).isEqualTo("[]");
        assertThat(ids(ok(client.get("/v2/users?mailbox=" + alice.mailbox().id() + "&email=ANN@"
                + alice.accountId() + ".test")), "users")).containsExactly(agent.id());
        assertQueryError(client.get("/v2/users?mailbox=first"), "mailbox");
    }

    @Test
    void unknown_and_other_accounts_users_are_404() {
        Tenant alice = backend.tenant();
        Tenant bob = backend.tenant();

        assertNotFound(bob.v2().get("/v2/users/" + alice.owner().id()));
        assertNotFound(bob.v2().get("/v2/users/999999999"));
        assertNotFound(bob.v2().get("/v2/users/x"));
        assertThat(ids(ok(bob.v2().get("/v2/users")), "users")).containsExactly(bob.owner().id());
    }

    @Test
    void fifty_a_page() {
        Tenant tenant = backend.tenant();
        Client client = tenant.v2();
        List<Long> all = new ArrayList<>(List.of(tenant.owner().id()));
        for (int i = 1; i <= 51; i++) {
            all.add(addAgent(tenant, "Agent", "No" + i, "agent" + i + "@" + tenant.accountId() + ".test").id());
        }

        JsonNode first = ok(client.get("/v2/users"));
        assertThat(first.at("/page/totalElements").asInt()).isEqualTo(52);
        assertThat(ids(first, "users")).isEqualTo(all.subList(0, 50));
        JsonNode second = ok(client.get(relative(client, first.at("/_links/next/href").asText())));
        assertThat(ids(second, "users")).isEqualTo(all.subList(50, 52));
        assertThat(second.at("/page/number").asInt()).isEqualTo(2);
    }

    private static User addAgent(Tenant tenant, String first, String last, String email) {
        return tenant.server().app().accounts().createUser(tenant.accountId(), first, last, email, Role.USER);
    }
}
