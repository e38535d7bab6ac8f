package io.frontdesk.junit;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * An account of the sandbox with its owner, its mailbox and one credential of each dialect, as
 * {@code POST /_frontdesk/accounts} answers it. The secrets are known only from that answer.
 *
 * @param clientId      Help Scout 2.0 OAuth client id ({@code POST /v2/oauth2/token}, client credentials)
 * @param clientSecret  Help Scout 2.0 OAuth client secret
 * @param apiKey        Help Scout 1.0 API key (HTTP Basic user, any password)
 * @param helpcrunchKey HelpCrunch API key (Bearer)
 */
public record SandboxAccount(long id, long ownerId, String ownerEmail, long mailboxId, String mailboxEmail,
                             String clientId, String clientSecret, String apiKey, String helpcrunchKey) {

    /** The {@code Authorization} header value for Help Scout 1.0 ({@code /v1/…}). */
    public String helpscoutV1Authorization() {
        return "Basic " + Base64.getEncoder().encodeToString((apiKey + ":X").getBytes(StandardCharsets.UTF_8));
    }

    /** The {@code Authorization} header value for HelpCrunch ({@code /helpcrunch/v1/…}). */
    public String helpcrunchAuthorization() {
        return "Bearer " + helpcrunchKey;
    }

    /** Secrets stay out of test reports and logs. */
    @Override
    public String toString() {
        return "SandboxAccount[id=" + id + ", owner=" + ownerEmail + ", mailbox=" + mailboxId + "]";
    }
}
