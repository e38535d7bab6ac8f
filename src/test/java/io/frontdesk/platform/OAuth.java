package io.frontdesk.platform;

import io.frontdesk.account.IssuedSecret;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Token-endpoint requests as Help Scout clients send them, form-encoded unless a test says otherwise. */
final class OAuth {

    static final String TOKEN_PATH = "/v2/oauth2/token";
    static final String FORM = "application/x-www-form-urlencoded";

    private OAuth() {
    }

    static Response token(Client anonymous, String form) {
        return anonymous.send("POST", TOKEN_PATH, form, FORM);
    }

    static Response clientCredentials(Client anonymous, IssuedSecret app) {
        return token(anonymous, "grant_type=client_credentials&client_id=" + enc(app.credential().clientId())
                + "&client_secret=" + enc(app.secret()));
    }

    static Response exchangeCode(Client anonymous, IssuedSecret app, String code) {
        return token(anonymous, "grant_type=authorization_code&client_id=" + enc(app.credential().clientId())
                + "&client_secret=" + enc(app.secret()) + "&code=" + enc(code));
    }

    static Response refresh(Client anonymous, IssuedSecret app, String refreshToken) {
        return token(anonymous, "grant_type=refresh_token&client_id=" + enc(app.credential().clientId())
                + "&client_secret=" + enc(app.secret()) + "&refresh_token=" + enc(refreshToken));
    }

    /** A fresh access token for the app, through the real endpoint. */
    static String accessToken(Client anonymous, IssuedSecret app) {
        Response response = clientCredentials(anonymous, app);
        assertThat(response.status()).as("token request: %s", response).isEqualTo(200);
        return response.json().get("access_token").asText();
    }

    static Client bearer(Client anonymous, String token) {
        return new Client(anonymous.base(), Map.of("Authorization", "Bearer " + token));
    }

    static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
