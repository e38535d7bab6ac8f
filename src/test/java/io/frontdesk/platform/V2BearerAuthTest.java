package io.frontdesk.platform;

import io.frontdesk.account.Secrets;
import io.frontdesk.testing.Await;
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

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Help Scout 2.0 clients re-token on 401, so every unusable bearer token must be exactly that, as vnd.error. */
@ParameterizedClass
@EnumSource(Backend.class)
class V2BearerAuthTest {

    @Parameter
    Backend backend;

    private Tenant tenant;
    private Client anonymous;

    @BeforeEach
    void tenant() {
        tenant = backend.tenant();
        anonymous = tenant.anonymous();
    }

    @Test
    void missing_bearer_token_is_401_in_vnd_error() {
        assertUnauthorized(anonymous.get("/v2/users/me"));
    }

    @Test
    void unknown_bearer_token_is_401_in_vnd_error() {
        assertUnauthorized(OAuth.bearer(anonymous, "not-a-token-we-issued").get("/v2/users/me"));
    }

    @Test
    void api_key_in_basic_auth_is_401_on_v2() {
        assertUnauthorized(tenant.v1().get("/v2/users/me"));
    }

    @Test
    void expired_bearer_token_is_401_in_vnd_error() {
        String token = OAuth.accessToken(anonymous, tenant.oauthApp());
        Client client = OAuth.bearer(anonymous, token);
        assertThat(client.get("/v2/users/me").status()).isEqualTo(200);
        long past = Instant.now().minusSeconds(60).toEpochMilli();

        int updated = backend.server().app().database().withHandle(h -> h.execute(
                "UPDATE oauth_tokens SET expires_at = ? WHERE token_hash = ?", past, Secrets.hash(token)));

        assertThat(updated).isEqualTo(1);
        // A write made outside the node reaches its credential cache (PostgreSQL) by notification, a moment later.
        Await.until("the expiry heard", Duration.ofSeconds(5), () -> client.get("/v2/users/me").status() == 401);
        assertUnauthorized(client.get("/v2/users/me"));
    }

    @Test
    void token_of_a_revoked_app_is_401_in_vnd_error() {
        Client client = tenant.v2();
        assertThat(client.get("/v2/users/me").status()).isEqualTo(200);

        backend.server().app().accounts().revokeCredential(tenant.accountId(), tenant.oauthApp().credential().id());

        assertUnauthorized(client.get("/v2/users/me"));
    }

    @Test
    void unauthenticated_request_to_an_unknown_v2_path_is_401_not_404() {
        assertUnauthorized(anonymous.get("/v2/no-such-resource"));
    }

    private static void assertUnauthorized(Response response) {
        assertThat(response.status()).as("%s", response).isEqualTo(401);
        assertThat(response.header("Content-Type")).isEqualTo("application/vnd.error+json");
        Golden.assertMatches(response, "helpscout-v2/errors/unauthorized.json", "");
    }
}
