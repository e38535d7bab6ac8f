package io.frontdesk.platform;

import io.frontdesk.account.CredentialKind;
import io.frontdesk.account.IssuedSecret;
import io.frontdesk.account.Role;
import io.frontdesk.account.User;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Golden;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** `users/me` is the credential's user: clients use it as their connectivity check. */
@ParameterizedClass
@EnumSource(Backend.class)
class UsersMeTest {

    @Parameter
    Backend backend;

    private Tenant tenant;

    @BeforeEach
    void tenant() {
        tenant = backend.tenant();
    }

    @Test
    void v2_users_me_is_the_owner_as_a_hal_user() {
        Response response = tenant.v2().get("/v2/users/me");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo("application/hal+json");
        Golden.assertMatches(response, "helpscout-v2/users/me.json", tenant.server().baseUrl());
        assertThat(response.json().get("id").asLong()).isEqualTo(tenant.owner().id());
        assertThat(response.json().get("email").asText()).isEqualTo(tenant.owner().email());
        assertThat(response.json().at("/_links/self/href").asText())
                .isEqualTo(tenant.server().baseUrl() + "/v2/users/" + tenant.owner().id());
    }

    @Test
    void v1_users_me_is_the_owner_in_an_item_envelope() {
        Response response = tenant.v1().get("/v1/users/me.json");

        assertThat(response.status()).isEqualTo(200);
        V1Errors.assertContentType(response);
        Golden.assertMatches(response, "helpscout-v1/users/me.json", tenant.server().baseUrl());
        assertThat(response.json().at("/item/id").asLong()).isEqualTo(tenant.owner().id());
        assertThat(response.json().at("/item/email").asText()).isEqualTo(tenant.owner().email());
    }

    @Test
    void v2_users_me_is_the_user_the_app_acts_as_not_the_owner() {
        User agent = addAgent();
        IssuedSecret app = issue(agent, CredentialKind.HELPSCOUT_OAUTH_APP);
        Client client = OAuth.bearer(tenant.anonymous(), OAuth.accessToken(tenant.anonymous(), app));

        Response response = client.get("/v2/users/me");

        assertThat(response.json().get("id").asLong()).isEqualTo(agent.id());
        assertThat(response.json().get("email").asText()).isEqualTo(agent.email());
        assertThat(response.json().get("role").asText()).isEqualTo("user");
    }

    @Test
    void v1_users_me_is_the_user_the_key_acts_as_not_the_owner() {
        User agent = addAgent();
        IssuedSecret key = issue(agent, CredentialKind.HELPSCOUT_API_KEY);
        String basic = Base64.getEncoder().encodeToString((key.secret() + ":X").getBytes(StandardCharsets.UTF_8));
        Client client = new Client(tenant.server().baseUrl(), Map.of("Authorization", "Basic " + basic));

        Response response = client.get("/v1/users/me.json");

        assertThat(response.json().at("/item/id").asLong()).isEqualTo(agent.id());
        assertThat(response.json().at("/item/role").asText()).isEqualTo("user");
    }

    private User addAgent() {
        return backend.server().app().accounts().createUser(tenant.accountId(), "Aaron", "Agent",
                "agent-" + tenant.accountId() + "@tenant.test", Role.USER);
    }

    private IssuedSecret issue(User user, CredentialKind kind) {
        return backend.server().app().accounts().issueCredential(tenant.accountId(), user.id(), kind, "agent",
                Optional.empty(), Optional.empty());
    }
}
