package io.frontdesk.platform;

import io.frontdesk.account.IssuedSecret;
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

import static io.frontdesk.platform.OAuth.enc;
import static org.assertj.core.api.Assertions.assertThat;

/** `POST /v2/oauth2/token` with the client-credentials grant, parameters sent every way real clients send them. */
@ParameterizedClass
@EnumSource(Backend.class)
class TokenEndpointTest {

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
    void client_credentials_as_a_form_body_issue_a_bearer_token() {
        Response response = OAuth.clientCredentials(anonymous, app);

        assertIssued(response);
    }

    @Test
    void client_credentials_as_a_json_body_with_charset_issue_a_bearer_token() {
        String json = "{\"grant_type\":\"client_credentials\",\"client_id\":\"" + app.credential().clientId()
                + "\",\"client_secret\":\"" + app.secret() + "\"}";

        Response response = anonymous.send("POST", OAuth.TOKEN_PATH, json, "application/json;charset=UTF-8");

        assertIssued(response);
    }

    @Test
    void client_credentials_in_the_query_string_without_a_body_issue_a_bearer_token() {
        String query = "?grant_type=client_credentials&client_id=" + enc(app.credential().clientId())
                + "&client_secret=" + enc(app.secret());

        Response response = anonymous.send("POST", OAuth.TOKEN_PATH + query, null, null);

        assertIssued(response);
    }

    @Test
    void client_pair_in_http_basic_with_a_form_grant_type_issues_a_bearer_token() {
        String pair = app.credential().clientId() + ":" + app.secret();
        Client basic = anonymous.withHeader("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));

        Response response = basic.send("POST", OAuth.TOKEN_PATH, "grant_type=client_credentials", OAuth.FORM);

        assertIssued(response);
    }

    @Test
    void each_request_issues_a_different_token() {
        String first = OAuth.accessToken(anonymous, app);
        String second = OAuth.accessToken(anonymous, app);

        assertThat(first).isNotEqualTo(second);
        assertThat(OAuth.bearer(anonymous, first).get("/v2/users/me").status()).isEqualTo(200);
    }

    @Test
    void wrong_client_secret_is_401_invalid_client() {
        Response response = OAuth.token(anonymous, "grant_type=client_credentials&client_id="
                + enc(app.credential().clientId()) + "&client_secret=" + enc(app.secret() + "x"));

        assertOAuthError(response, 401, "invalid_client");
    }

    @Test
    void unknown_client_id_is_401_invalid_client() {
        Response response = OAuth.token(anonymous, "grant_type=client_credentials&client_id=nobody&client_secret="
                + enc(app.secret()));

        assertOAuthError(response, 401, "invalid_client");
    }

    @Test
    void revoked_app_is_401_invalid_client() {
        backend.server().app().accounts().revokeCredential(tenant.accountId(), app.credential().id());

        Response response = OAuth.clientCredentials(anonymous, app);

        assertOAuthError(response, 401, "invalid_client");
    }

    @Test
    void unknown_grant_type_is_400_unsupported_grant_type() {
        Response response = OAuth.token(anonymous, "grant_type=password&client_id="
                + enc(app.credential().clientId()) + "&client_secret=" + enc(app.secret()));

        assertOAuthError(response, 400, "unsupported_grant_type");
    }

    @Test
    void missing_grant_type_is_400_invalid_request() {
        Response response = OAuth.token(anonymous, "client_id=" + enc(app.credential().clientId())
                + "&client_secret=" + enc(app.secret()));

        assertOAuthError(response, 400, "invalid_request");
    }

    @Test
    void unparseable_json_body_is_400_invalid_request_not_vnd_error() {
        Response response = anonymous.send("POST", OAuth.TOKEN_PATH, "{\"grant_type\":", "application/json");

        assertOAuthError(response, 400, "invalid_request");
    }

    private void assertIssued(Response response) {
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo("application/json");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        Golden.assertMatches(response, "helpscout-v2/oauth/token.json", tenant.server().baseUrl());
        String token = response.json().get("access_token").asText();
        Response me = OAuth.bearer(anonymous, token).get("/v2/users/me");
        assertThat(me.status()).as("%s", me).isEqualTo(200);
        assertThat(me.json().get("id").asLong()).isEqualTo(tenant.owner().id());
    }

    static void assertOAuthError(Response response, int status, String error) {
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        assertThat(response.header("Content-Type")).isEqualTo("application/json");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        Golden.assertMatches(response, "helpscout-v2/oauth/error.json", "");
        assertThat(response.json().get("error").asText()).isEqualTo(error);
        assertThat(response.json().get("error_description").asText()).isNotBlank();
    }
}
