package io.frontdesk.testing;

import io.frontdesk.account.IssuedSecret;
import io.frontdesk.account.User;
import io.frontdesk.mailbox.Mailbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * One account on a test server, with a client per dialect already authenticated as the account's owner.
 */
public final class Tenant {

    private final TestServer server;
    private final User owner;
    private final Mailbox mailbox;
    private final IssuedSecret oauthApp;
    private final IssuedSecret apiKey;
    private final IssuedSecret helpcrunchKey;
    private String accessToken;

    Tenant(TestServer server, User owner, Mailbox mailbox, IssuedSecret oauthApp, IssuedSecret apiKey,
           IssuedSecret helpcrunchKey) {
        this.server = server;
        this.owner = owner;
        this.mailbox = mailbox;
        this.oauthApp = oauthApp;
        this.apiKey = apiKey;
        this.helpcrunchKey = helpcrunchKey;
    }

    public TestServer server() {
        return server;
    }

    public long accountId() {
        return owner.accountId();
    }

    public User owner() {
        return owner;
    }

    public Mailbox mailbox() {
        return mailbox;
    }

    public IssuedSecret oauthApp() {
        return oauthApp;
    }

    public IssuedSecret apiKey() {
        return apiKey;
    }

    public IssuedSecret helpcrunchKey() {
        return helpcrunchKey;
    }

    /** Help Scout 2.0, with a bearer token obtained through the real token endpoint. */
    public Client v2() {
        if (accessToken == null) {
            return newV2();
        }
        return new Client(server.baseUrl(), Map.of("Authorization", "Bearer " + accessToken));
    }

    /**
     * Help Scout 2.0 with a token asked for now, which {@link #v2()} gives from then on: tokens expire on the server's
     * clock, so a test that moves a manual clock on by hours needs a new one.
     */
    public Client newV2() {
        String form = "grant_type=client_credentials&client_id=" + enc(oauthApp.credential().clientId())
                + "&client_secret=" + enc(oauthApp.secret());
        Response response = anonymous().send("POST", "/v2/oauth2/token", form, "application/x-www-form-urlencoded");
        if (response.status() != 200) {
            throw new IllegalStateException("token request failed: " + response);
        }
        accessToken = response.json().get("access_token").asText();
        return new Client(server.baseUrl(), Map.of("Authorization", "Bearer " + accessToken));
    }

    /** Help Scout 1.0: the API key as Basic user name, "X" as password, as the Java SDK sends it. */
    public Client v1() {
        String basic = Base64.getEncoder().encodeToString((apiKey.secret() + ":X").getBytes(StandardCharsets.UTF_8));
        return new Client(server.baseUrl(), Map.of("Authorization", "Basic " + basic));
    }

    /** HelpCrunch: paths are relative to the prefix, e.g. {@code hc().get("/customers")}. */
    public Client hc() {
        return new Client(server.baseUrl() + "/helpcrunch/v1",
                Map.of("Authorization", "Bearer " + helpcrunchKey.secret()));
    }

    public Client anonymous() {
        return new Client(server.baseUrl(), Map.of());
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
