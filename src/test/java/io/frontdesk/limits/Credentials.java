package io.frontdesk.limits;

import io.frontdesk.testing.Tenant;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** `Authorization` values for requests written by hand ({@link RawRequest}), one per dialect. */
final class Credentials {

    private Credentials() {
    }

    /** Help Scout 2.0: a bearer token from the real token endpoint. */
    static String bearer(Tenant tenant) {
        String form = "grant_type=client_credentials&client_id=" + tenant.oauthApp().credential().clientId()
                + "&client_secret=" + tenant.oauthApp().secret();
        return "Bearer " + tenant.anonymous().send("POST", "/v2/oauth2/token", form,
                "application/x-www-form-urlencoded").json().get("access_token").asText();
    }

    /** Help Scout 1.0: the API key as Basic user name. */
    static String basic(Tenant tenant) {
        return "Basic " + Base64.getEncoder().encodeToString((tenant.apiKey().secret() + ":X")
                .getBytes(StandardCharsets.UTF_8));
    }

    static String helpcrunch(Tenant tenant) {
        return "Bearer " + tenant.helpcrunchKey().secret();
    }
}
