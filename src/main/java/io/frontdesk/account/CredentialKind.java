package io.frontdesk.account;

import java.util.Locale;

/** The three ways a client proves who it is; each credential acts as one user of one account. */
public enum CredentialKind {
    /** Help Scout 2.0 OAuth app: a client id and secret exchanged for bearer tokens. */
    HELPSCOUT_OAUTH_APP,
    /** Help Scout 1.0 API key, sent as the HTTP Basic user name. */
    HELPSCOUT_API_KEY,
    /** HelpCrunch API key, sent as a bearer token. */
    HELPCRUNCH_KEY;

    public String storedName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CredentialKind fromStored(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }
}
