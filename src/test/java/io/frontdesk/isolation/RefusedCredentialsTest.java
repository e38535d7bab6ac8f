package io.frontdesk.isolation;

import io.frontdesk.Application;
import io.frontdesk.account.CredentialKind;
import io.frontdesk.account.IssuedSecret;
import io.frontdesk.account.Secrets;
import io.frontdesk.isolation.RegisteredRoutes.Route;
import io.frontdesk.testing.Await;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Credentials that no longer hold are refused with 401 on every route of their dialect, with the tenant's own ids and
 * a valid body, and change nothing: an expired 2.0 token, the token of a revoked OAuth app, a refresh token or code
 * used as a bearer token, a revoked 1.0 key, a revoked HelpCrunch key. A revoked app can no longer refresh either.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class RefusedCredentialsTest {

    private static final String TOKEN_PATH = "/v2/oauth2/token";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final Duration HEARD = Duration.ofSeconds(5);

    @Parameter
    Backend backend;

    private Party a;
    private String hc;
    private Application app;

    @BeforeEach
    void fixture() {
        a = Party.create(backend.tenant());
        hc = backend.server().app().config().helpcrunchPrefix();
        app = backend.server().app();
    }

    @Test
    void an_expired_v2_token_is_refused_on_every_v2_route() {
        String token = accessToken(tenant().oauthApp());
        Client client = bearer(token);
        assertThat(client.get("/v2/users/me").status()).isEqualTo(200);
        long past = Instant.now().minusSeconds(60).toEpochMilli();

        int expired = app.database().withHandle(h -> h.execute(
                "UPDATE oauth_tokens SET expires_at = ? WHERE token_hash = ?", past, Secrets.hash(token)));

        assertThat(expired).isEqualTo(1);
        // A write made outside the node reaches its credential cache (PostgreSQL) by notification, a moment later.
        Await.until("the expiry heard", HEARD, () -> client.get("/v2/users/me").status() == 401);
        assertRefusedOnEveryRoute("/v2/", client);
    }

    @Test
    void the_token_of_a_revoked_oauth_app_is_refused_on_every_v2_route() {
        IssuedSecret oauthApp = issue(CredentialKind.HELPSCOUT_OAUTH_APP);
        Client client = bearer(accessToken(oauthApp));
        assertThat(client.get("/v2/users/me").status()).isEqualTo(200);

        revoke(oauthApp);

        assertRefusedOnEveryRoute("/v2/", client);
    }

    @Test
    void a_revoked_v1_key_is_refused_on_every_v1_route() {
        IssuedSecret key = issue(CredentialKind.HELPSCOUT_API_KEY);
        String basic = Base64.getEncoder().encodeToString((key.secret() + ":X").getBytes(StandardCharsets.UTF_8));
        Client client = new Client(backend.server().baseUrl(), Map.of("Authorization", "Basic " + basic));
        assertThat(client.get("/v1/users/me.json").status()).isEqualTo(200);

        revoke(key);

        assertRefusedOnEveryRoute("/v1/", client);
    }

    @Test
    void a_revoked_helpcrunch_key_is_refused_on_every_helpcrunch_route() {
        IssuedSecret key = issue(CredentialKind.HELPCRUNCH_KEY);
        Client client = Party.helpCrunch(tenant(), key.secret());
        assertThat(client.get(hc + "/agents").status()).isEqualTo(200);

        revoke(key);

        assertRefusedOnEveryRoute(hc + "/", client);
    }

    @Test
    void a_refresh_token_or_an_authorization_code_is_no_access_token() {
        String code = app.auth().issueAuthorizationCode(tenant().oauthApp().credential());
        Response exchanged = token(tenant().oauthApp(), "grant_type=authorization_code&code=" + enc(code));
        assertThat(exchanged.status()).as("%s", exchanged).isEqualTo(200);

        assertRefusedOnEveryRoute("/v2/", bearer(exchanged.json().get("refresh_token").asText()));
        assertRefusedOnEveryRoute("/v2/", bearer(app.auth().issueAuthorizationCode(tenant().oauthApp().credential())));
    }

    @Test
    void a_revoked_oauth_app_can_neither_refresh_nor_get_new_tokens() {
        IssuedSecret oauthApp = issue(CredentialKind.HELPSCOUT_OAUTH_APP);
        String code = app.auth().issueAuthorizationCode(oauthApp.credential());
        Response exchanged = token(oauthApp, "grant_type=authorization_code&code=" + enc(code));
        assertThat(exchanged.status()).as("%s", exchanged).isEqualTo(200);
        String refreshToken = exchanged.json().get("refresh_token").asText();

        revoke(oauthApp);

        Response refreshed = token(oauthApp, "grant_type=refresh_token&refresh_token=" + enc(refreshToken));
        assertThat(refreshed.status()).as("%s", refreshed).isEqualTo(401);
        assertThat(refreshed.json().get("error").asText()).isEqualTo("invalid_client");
        assertThat(refreshed.body()).doesNotContain("access_token");
        Response fresh = token(oauthApp, "grant_type=client_credentials");
        assertThat(fresh.status()).as("%s", fresh).isEqualTo(401);
        assertThat(fresh.body()).doesNotContain("access_token");
    }

    /** Every route under {@code prefix}, every request the isolation table has for it, with A's own ids. */
    private void assertRefusedOnEveryRoute(String prefix, Client client) {
        List<Call> table = IsolationTable.calls(hc);
        Snapshot unchanged = Snapshot.of(a, hc);
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Route route : RegisteredRoutes.of(backend.server().http())) {
            if (!route.path().startsWith(prefix) || route.path().equals(TOKEN_PATH)) {
                continue;
            }
            for (Call call : table) {
                if (call.method().equals(route.method()) && call.path().equals(route.path())) {
                    Request request = Request.owned(call, a);
                    Response response = request.send(client);
                    sent++;
                    String body = response.body().toLowerCase(Locale.ROOT);
                    if (response.status() != 401 || a.fixture().markers().stream()
                            .anyMatch(marker -> body.contains(marker.toLowerCase(Locale.ROOT)))) {
                        failures.add(request + " → " + response.status() + ": " + Probe.shorten(response.body()));
                    }
                }
            }
        }
        assertThat(sent).as("requests sent under %s", prefix).isGreaterThan(5);
        assertThat(failures).as("requests with a refused credential that were not a bare 401").isEmpty();
        assertThat(Snapshot.of(a, hc).changesSince(unchanged)).as("changes to the tenant's data").isEmpty();
    }

    private Tenant tenant() {
        return a.tenant();
    }

    private IssuedSecret issue(CredentialKind kind) {
        return app.accounts().issueCredential(a.accountId(), tenant().owner().id(), kind, "refused", Optional.empty(),
                Optional.empty());
    }

    private void revoke(IssuedSecret credential) {
        app.accounts().revokeCredential(a.accountId(), credential.credential().id());
    }

    private String accessToken(IssuedSecret oauthApp) {
        Response response = token(oauthApp, "grant_type=client_credentials");
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return response.json().get("access_token").asText();
    }

    private Response token(IssuedSecret oauthApp, String grant) {
        return tenant().anonymous().send("POST", TOKEN_PATH, grant + "&client_id="
                + enc(oauthApp.credential().clientId()) + "&client_secret=" + enc(oauthApp.secret()), FORM);
    }

    private Client bearer(String token) {
        return new Client(backend.server().baseUrl(), Map.of("Authorization", "Bearer " + token));
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
