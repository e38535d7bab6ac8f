package io.frontdesk.isolation;

import io.frontdesk.testing.Client;
import io.frontdesk.testing.Tenant;

import java.util.Map;

/**
 * A tenant with its full fixture and one client per dialect, all addressed with whole paths (the HelpCrunch client
 * too, unlike {@link Tenant#hc()}), so a route's registered path can be sent as it is.
 */
final class Party {

    private final Tenant tenant;
    private final Fixture fixture;
    private final String hcPrefix;
    private final Client v2;
    private final Client v1;
    private final Client hc;

    private Party(Tenant tenant, Fixture fixture, String hcPrefix) {
        this.tenant = tenant;
        this.fixture = fixture;
        this.hcPrefix = hcPrefix;
        this.v2 = tenant.v2();
        this.v1 = tenant.v1();
        this.hc = helpCrunch(tenant, tenant.helpcrunchKey().secret());
    }

    /** A fresh account on the tenant's server with everything a route can name. */
    static Party create(Tenant tenant) {
        String prefix = tenant.server().app().config().helpcrunchPrefix();
        return new Party(tenant, Fixture.create(tenant, helpCrunch(tenant, tenant.helpcrunchKey().secret()), prefix),
                prefix);
    }

    static Client helpCrunch(Tenant tenant, String key) {
        return new Client(tenant.server().baseUrl(), Map.of("Authorization", "Bearer " + key));
    }

    Tenant tenant() {
        return tenant;
    }

    Fixture fixture() {
        return fixture;
    }

    long accountId() {
        return tenant.accountId();
    }

    /** The client of the dialect that owns {@code path}; the anonymous one for paths outside every dialect. */
    Client clientFor(String path) {
        if (path.startsWith("/v2/") || path.startsWith("/v3/")) {
            return v2;
        }
        if (path.startsWith("/v1/")) {
            return v1;
        }
        if (path.startsWith(hcPrefix + "/")) {
            return hc;
        }
        return tenant.anonymous();
    }

    /** Text a request may need from its caller rather than from the tenant it targets. */
    String callerValue(String name) {
        return switch (name) {
            case "CALLER_CLIENT_ID" -> tenant.oauthApp().credential().clientId();
            case "CALLER_SECRET" -> tenant.oauthApp().secret();
            default -> null;
        };
    }

    /** Text of the targeted tenant a request may name: a property slug, a tag, the OAuth client id. */
    String targetValue(String name) {
        return switch (name) {
            case "CLIENT_ID" -> tenant.oauthApp().credential().clientId();
            case "SLUG" -> fixture.slug();
            case "HC_TAG" -> fixture.hcTag();
            case "REFRESH_TOKEN" -> fixture.refreshToken();
            default -> null;
        };
    }
}
