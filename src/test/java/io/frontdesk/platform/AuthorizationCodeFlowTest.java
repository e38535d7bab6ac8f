package io.frontdesk.platform;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.account.CredentialKind;
import io.frontdesk.account.IssuedSecret;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Golden;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import io.frontdesk.web.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The code grant and the rotating refresh-token grant of `POST /v2/oauth2/token`. */
@ParameterizedClass
@EnumSource(Backend.class)
class AuthorizationCodeFlowTest {

    private static final String INVALID_REFRESH_TOKEN =
            "{\"error\":\"invalid_request\",\"error_description\":\"Invalid refresh_token\"}";

    @Parameter
    Backend backend;

    private Tenant tenant;
    private Client anonymous;
    private IssuedSecret app;

    @BeforeEach
    void tenant() {
        tenant = backend.tenant();
        anonymous = tenant.anonymous();
        app = tenant.oauthApp();
    }

    @Test
    void authorization_code_is_exchanged_for_an_access_and_a_refresh_token() {
        Response response = OAuth.exchangeCode(anonymous, app, code(app));

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        Golden.assertMatches(response, "helpscout-v2/oauth/token_with_refresh.json", tenant.server().baseUrl());
        Response me = OAuth.bearer(anonymous, response.json().get("access_token").asText()).get("/v2/users/me");
        assertThat(me.json().get("id").asLong()).isEqualTo(tenant.owner().id());
    }

    @Test
    void authorization_code_works_only_once() {
        String code = code(app);
        assertThat(OAuth.exchangeCode(anonymous, app, code).status()).isEqualTo(200);

        Response replay = OAuth.exchangeCode(anonymous, app, code);

        TokenEndpointTest.assertOAuthError(replay, 400, "invalid_request");
    }

    @Test
    void authorization_code_of_another_app_is_refused() {
        IssuedSecret other = secondApp();

        Response response = OAuth.exchangeCode(anonymous, other, code(app));

        TokenEndpointTest.assertOAuthError(response, 400, "invalid_request");
    }

    @Test
    void refresh_token_grant_rotates_both_tokens() {
        JsonNode first = OAuth.exchangeCode(anonymous, app, code(app)).json();

        Response refreshed = OAuth.refresh(anonymous, app, first.get("refresh_token").asText());

        assertThat(refreshed.status()).as("%s", refreshed).isEqualTo(200);
        Golden.assertMatches(refreshed, "helpscout-v2/oauth/token_with_refresh.json", tenant.server().baseUrl());
        JsonNode second = refreshed.json();
        assertThat(second.get("refresh_token").asText()).isNotEqualTo(first.get("refresh_token").asText());
        assertThat(second.get("access_token").asText()).isNotEqualTo(first.get("access_token").asText());
        assertThat(OAuth.bearer(anonymous, second.get("access_token").asText()).get("/v2/users/me").status())
                .isEqualTo(200);
        assertThat(OAuth.refresh(anonymous, app, second.get("refresh_token").asText()).status()).isEqualTo(200);
    }

    @Test
    void used_refresh_token_is_refused_the_second_time() throws Exception {
        String refreshToken = OAuth.exchangeCode(anonymous, app, code(app)).json().get("refresh_token").asText();
        assertThat(OAuth.refresh(anonymous, app, refreshToken).status()).isEqualTo(200);

        Response replay = OAuth.refresh(anonymous, app, refreshToken);

        assertThat(replay.status()).isEqualTo(400);
        assertThat(replay.header("Content-Type")).isEqualTo("application/json");
        assertThat(replay.json()).isEqualTo(Json.MAPPER.readTree(INVALID_REFRESH_TOKEN));
    }

    @Test
    void same_refresh_token_sent_twice_at_once_is_honoured_exactly_once() throws Exception {
        String refreshToken = OAuth.exchangeCode(anonymous, app, code(app)).json().get("refresh_token").asText();
        CyclicBarrier together = new CyclicBarrier(2);

        CompletableFuture<Response> first = refreshAfter(together, refreshToken);
        CompletableFuture<Response> second = refreshAfter(together, refreshToken);

        List<Integer> statuses = List.of(first.get(60, TimeUnit.SECONDS).status(),
                second.get(60, TimeUnit.SECONDS).status());
        assertThat(statuses).containsExactlyInAnyOrder(200, 400);
    }

    @Test
    void refresh_token_of_another_app_is_refused_and_stays_valid_for_its_own_app() throws Exception {
        String refreshToken = OAuth.exchangeCode(anonymous, app, code(app)).json().get("refresh_token").asText();

        Response stolen = OAuth.refresh(anonymous, secondApp(), refreshToken);

        assertThat(stolen.status()).isEqualTo(400);
        assertThat(stolen.json()).isEqualTo(Json.MAPPER.readTree(INVALID_REFRESH_TOKEN));
        assertThat(OAuth.refresh(anonymous, app, refreshToken).status()).isEqualTo(200);
    }

    @Test
    void access_token_is_not_accepted_as_a_refresh_token() throws Exception {
        String accessToken = OAuth.accessToken(anonymous, app);

        Response response = OAuth.refresh(anonymous, app, accessToken);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json()).isEqualTo(Json.MAPPER.readTree(INVALID_REFRESH_TOKEN));
    }

    @Test
    void refresh_token_with_a_wrong_client_secret_is_401_invalid_client() {
        String refreshToken = OAuth.exchangeCode(anonymous, app, code(app)).json().get("refresh_token").asText();
        Response response = OAuth.token(anonymous, "grant_type=refresh_token&client_id="
                + OAuth.enc(app.credential().clientId()) + "&client_secret=wrong-secret-value&refresh_token="
                + OAuth.enc(refreshToken));

        TokenEndpointTest.assertOAuthError(response, 401, "invalid_client");
    }

    private CompletableFuture<Response> refreshAfter(CyclicBarrier barrier, String refreshToken) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                barrier.await(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return OAuth.refresh(anonymous, app, refreshToken);
        });
    }

    private String code(IssuedSecret oauthApp) {
        return backend.server().app().auth().issueAuthorizationCode(oauthApp.credential());
    }

    /** Another OAuth app of the same account and user: same tenant, still not allowed to use the first app's tokens. */
    private IssuedSecret secondApp() {
        return backend.server().app().accounts().issueCredential(tenant.accountId(), tenant.owner().id(),
                CredentialKind.HELPSCOUT_OAUTH_APP, "second app", Optional.empty(), Optional.empty());
    }
}
