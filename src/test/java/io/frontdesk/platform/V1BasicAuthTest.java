package io.frontdesk.platform;

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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Help Scout 1.0: HTTP Basic with the API key as user name; the password is ignored. */
@ParameterizedClass
@EnumSource(Backend.class)
class V1BasicAuthTest {

    @Parameter
    Backend backend;

    private Tenant tenant;

    @BeforeEach
    void tenant() {
        tenant = backend.tenant();
    }

    @Test
    void missing_credentials_are_401_with_status_and_message() {
        Response response = tenant.anonymous().get("/v1/users/me.json");

        assertUnauthorized(response);
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Basic realm=\"Help Scout\"");
    }

    @Test
    void wrong_api_key_is_401_with_status_and_message() {
        assertUnauthorized(basic("not-a-key-we-issued:X").get("/v1/users/me.json"));
    }

    @Test
    void revoked_api_key_is_401_with_status_and_message() {
        assertThat(tenant.v1().get("/v1/users/me.json").status()).isEqualTo(200);

        backend.server().app().accounts().revokeCredential(tenant.accountId(), tenant.apiKey().credential().id());

        assertUnauthorized(tenant.v1().get("/v1/users/me.json"));
    }

    @Test
    void any_password_or_none_is_accepted_with_a_valid_key() {
        String key = tenant.apiKey().secret();
        for (String userInfo : List.of(key + ":X", key + ":x", key + ":", key + ":some other password", key)) {
            Response response = basic(userInfo).get("/v1/users/me.json");

            assertThat(response.status()).as("%s -> %s", userInfo.replace(key, "KEY"), response).isEqualTo(200);
            assertThat(response.json().at("/item/id").asLong()).isEqualTo(tenant.owner().id());
        }
    }

    @Test
    void helpcrunch_key_is_not_a_v1_api_key() {
        assertUnauthorized(basic(tenant.helpcrunchKey().secret() + ":X").get("/v1/users/me.json"));
    }

    @Test
    void api_key_as_a_bearer_token_is_401() {
        Client bearer = tenant.anonymous().withHeader("Authorization", "Bearer " + tenant.apiKey().secret());

        assertUnauthorized(bearer.get("/v1/users/me.json"));
    }

    private Client basic(String userInfo) {
        return tenant.anonymous().withHeader("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertUnauthorized(Response response) {
        assertThat(response.status()).as("%s", response).isEqualTo(401);
        V1Errors.assertContentType(response);
        Golden.assertMatches(response, "helpscout-v1/errors/unauthorized.json", "");
    }
}
