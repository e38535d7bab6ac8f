package io.frontdesk.junit;

import java.net.URI;
import java.util.Optional;

/**
 * The running sandbox a test talks to: its addresses, its admin token and an {@link AdminClient} for it. Shared by
 * every test of the class (or of the run, with {@link Lifecycle#PER_RUN}); each test's own account is its
 * {@link SandboxAccount} parameter.
 */
public final class FrontdeskSandbox {

    private final URI baseUrl;
    private final String helpcrunchPrefix;
    private final String adminToken;
    private final SandboxAccount firstAccount;
    private final AdminClient admin;

    FrontdeskSandbox(URI baseUrl, String helpcrunchPrefix, String adminToken, SandboxAccount firstAccount) {
        this.baseUrl = baseUrl;
        this.helpcrunchPrefix = helpcrunchPrefix;
        this.adminToken = adminToken;
        this.firstAccount = firstAccount;
        this.admin = AdminClient.connect(baseUrl, adminToken);
    }

    /** {@code http://127.0.0.1:PORT}, no trailing slash. */
    public URI baseUrl() {
        return baseUrl;
    }

    public int port() {
        return baseUrl.getPort();
    }

    /** Help Scout Mailbox API 2.0: {@code …/v2}. */
    public URI helpscoutV2Url() {
        return URI.create(baseUrl + "/v2");
    }

    /** Where a Help Scout 2.0 client gets its token (client credentials grant). */
    public URI tokenUrl() {
        return URI.create(baseUrl + "/v2/oauth2/token");
    }

    /** Help Scout Mailbox API 1.0: {@code …/v1}. */
    public URI helpscoutV1Url() {
        return URI.create(baseUrl + "/v1");
    }

    /** HelpCrunch: {@code …/helpcrunch/v1} unless {@code helpcrunch-prefix} is set. */
    public URI helpcrunchUrl() {
        return URI.create(baseUrl + helpcrunchPrefix);
    }

    public String adminToken() {
        return adminToken;
    }

    public AdminClient admin() {
        return admin;
    }

    /**
     * The account first start made when the server started on an empty store (the sandbox's published credentials,
     * docs/sandbox.md); empty when the store was kept from an earlier run.
     */
    public Optional<SandboxAccount> firstAccount() {
        return Optional.ofNullable(firstAccount);
    }

    @Override
    public String toString() {
        return "FrontdeskSandbox[" + baseUrl + "]";
    }
}
