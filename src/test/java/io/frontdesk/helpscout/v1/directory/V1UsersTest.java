package io.frontdesk.helpscout.v1.directory;

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

import static io.frontdesk.helpscout.v1.directory.V1Directory.assertNotFound;
import static io.frontdesk.helpscout.v1.directory.V1Directory.counts;
import static io.frontdesk.helpscout.v1.directory.V1Directory.golden;
import static io.frontdesk.helpscout.v1.directory.V1Directory.ids;
import static io.frontdesk.helpscout.v1.directory.V1Directory.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** `users.json`, `users/{id}.json` and `mailboxes/{id}/users.json`. */
@ParameterizedClass
@EnumSource(Backend.class)
class V1UsersTest {

    @Parameter
    Backend backend;

    @Test
    void users_json_lists_the_accounts_users() {
        Tenant tenant = backend.tenant();
        addAgent(tenant, 1);

        golden(tenant.v1().get("/v1/users.json"), "users/list.json");
    }

    @Test
    void one_user_by_id() {
        Tenant tenant = backend.tenant();
        User agent = addAgent(tenant, 1);

        golden(tenant.v1().get("/v1/users/" + agent.id() + ".json"), "users/one.json");
        assertThat(ok(tenant.v1().get("/v1/users/me.json")).at("/item/id").asLong()).isEqualTo(tenant.owner().id());
    }

    @Test
    void mailbox_users_are_every_user_of_the_account() {
        Tenant tenant = backend.tenant();
        addAgent(tenant, 1);

        golden(tenant.v1().get("/v1/mailboxes/" + tenant.mailbox().id() + "/users.json"), "users/mailbox_users.json");
    }

    @Test
    void unknown_and_other_accounts_users_and_mailboxes_are_404() {
        Tenant alice = backend.tenant();
        Tenant bob = backend.tenant();
        Client client = bob.v1();

        assertNotFound(client.get("/v1/users/" + alice.owner().id() + ".json"));
        assertNotFound(client.get("/v1/users/999999999.json"));
        assertNotFound(client.get("/v1/mailboxes/" + alice.mailbox().id() + "/users.json"));
        assertNotFound(client.get("/v1/mailboxes/999999999/users.json"));
        assertThat(ids(ok(client.get("/v1/users.json")))).containsExactly(bob.owner().id());
    }

    @Test
    void fifty_a_page_in_both_lists() {
        Tenant tenant = backend.tenant();
        Client client = tenant.v1();
        List<Long> all = new ArrayList<>(List.of(tenant.owner().id()));
        for (int i = 1; i <= 51; i++) {
            all.add(addAgent(tenant, i).id());
        }

        for (String path : List.of("/v1/users.json", "/v1/mailboxes/" + tenant.mailbox().id() + "/users.json")) {
            JsonNode first = ok(client.get(path));
            assertThat(counts(first)).as(path).isEqualTo("1/2/52");
            assertThat(ids(first)).as(path).isEqualTo(all.subList(0, 50));
            JsonNode second = ok(client.get(path + "?page=2"));
            assertThat(counts(second)).as(path).isEqualTo("2/2/52");
            assertThat(ids(second)).as(path).isEqualTo(all.subList(50, 52));
        }
    }

    private static User addAgent(Tenant tenant, int n) {
        return tenant.server().app().accounts().createUser(tenant.accountId(), "Ann", "Agent" + (n == 1 ? "" : n),
                "agent" + n + "@" + tenant.accountId() + ".test", Role.USER);
    }
}
