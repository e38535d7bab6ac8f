package io.frontdesk.platform;

import io.frontdesk.account.IssuedSecret;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
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

/**
 * A NUL character in a credential or identifier cannot name anything, and PostgreSQL cannot even compare it with a
 * text column: every way of presenting one is the unknown-credential answer (401) or a client error, never a 500.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class NulCredentialTest {

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
    void a_nul_client_id_in_a_form_body_is_invalid_client() {
        Response response = OAuth.token(anonymous, "grant_type=client_credentials&client_id=%00&client_secret=x");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("error").asText()).isEqualTo("invalid_client");
    }

    @Test
    void a_nul_inside_a_real_client_id_is_a_client_error_in_the_query_string_and_json() {
        String id = app.credential().clientId() + "%00";
        Response query = anonymous.send("POST", OAuth.TOKEN_PATH + "?grant_type=client_credentials&client_id=" + id
                + "&client_secret=" + enc(app.secret()), null, null);
        Response json = anonymous.send("POST", OAuth.TOKEN_PATH, "{\"grant_type\":\"client_credentials\","
                + "\"client_id\":\"\\u0000\",\"client_secret\":\"x\"}", "application/json");

        assertThat(query.status()).isIn(400, 401);
        assertThat(json.status()).isIn(400, 401);
        assertThat(json.json().has("error")).isTrue();
    }

    @Test
    void a_nul_in_basic_client_credentials_is_invalid_client() {
        Client basic = anonymous.withHeader("Authorization", basic("\u0000:\u0000"));

        Response response = basic.send("POST", OAuth.TOKEN_PATH, "grant_type=client_credentials", OAuth.FORM);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("error").asText()).isEqualTo("invalid_client");
    }

    @Test
    void a_nul_refresh_token_or_code_is_invalid_request() {
        Response refresh = OAuth.token(anonymous, "grant_type=refresh_token&client_id="
                + enc(app.credential().clientId()) + "&client_secret=" + enc(app.secret()) + "&refresh_token=%00");
        Response code = OAuth.token(anonymous, "grant_type=authorization_code&client_id="
                + enc(app.credential().clientId()) + "&client_secret=" + enc(app.secret()) + "&code=a%00");

        assertThat(refresh.status()).isEqualTo(400);
        assertThat(code.status()).isEqualTo(400);
        assertThat(code.json().get("error").asText()).isEqualTo("invalid_request");
    }

    @Test
    void a_nul_in_a_v1_basic_key_a_helpcrunch_key_or_a_bearer_token_is_a_401() {
        Response v1 = anonymous.withHeader("Authorization", basic(tenant.apiKey().secret() + "\u0000:X"))
                .get("/v1/users/me.json");
        Response hc = anonymous.withHeader("Authorization", "Bearer " + tenant.helpcrunchKey().secret())
                .withHeader("Authorization", basic("\u0000"))
                .get("/helpcrunch/v1/agents");

        assertThat(v1.status()).isEqualTo(401);
        assertThat(hc.status()).isEqualTo(401);
    }

    @Test
    void a_nul_in_a_path_id_is_not_found() {
        Response response = tenant.v2().get("/v2/customers/1%2500");

        assertThat(response.status()).isIn(400, 404);
    }

    private static String basic(String pair) {
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
}
