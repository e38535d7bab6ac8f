package io.frontdesk.cli;

import io.frontdesk.Application;
import io.frontdesk.account.Credential;
import io.frontdesk.account.CredentialKind;
import io.frontdesk.account.IssuedSecret;
import io.frontdesk.error.ApiException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import java.util.Locale;
import java.util.Optional;

/** `frontdesk credentials …`: API keys and OAuth apps, each acting as one user. */
@Command(name = "credentials", mixinStandardHelpOptions = true, description = "Create, list and revoke credentials.",
        subcommands = {CredentialsCommand.Create.class, CredentialsCommand.ListAll.class,
                CredentialsCommand.Revoke.class, CredentialsCommand.Authorize.class})
public final class CredentialsCommand {

    /**
     * The names operators type, mapped to the kinds; `list` prints the same names. The stored names (which `list`
     * printed before) are accepted too, so an operator who copies either spelling is understood.
     */
    enum Kind {
        helpscout_oauth(CredentialKind.HELPSCOUT_OAUTH_APP),
        helpscout_key(CredentialKind.HELPSCOUT_API_KEY),
        helpcrunch_key(CredentialKind.HELPCRUNCH_KEY);

        final CredentialKind kind;

        Kind(CredentialKind kind) {
            this.kind = kind;
        }

        static Kind of(CredentialKind kind) {
            for (Kind name : values()) {
                if (name.kind == kind) {
                    return name;
                }
            }
            throw new IllegalArgumentException(kind.name());
        }
    }

    /** `--kind`: one of {@link Kind}'s names or a stored name, in any case; anything else is a usage error (exit 2). */
    static final class KindConverter implements ITypeConverter<Kind> {
        @Override
        public Kind convert(String value) {
            String text = value.trim().toLowerCase(Locale.ROOT);
            for (Kind kind : Kind.values()) {
                if (kind.name().equals(text) || kind.kind.storedName().equals(text)) {
                    return kind;
                }
            }
            throw new TypeConversionException("'" + value + "' is not a credential kind: use helpscout_oauth, "
                    + "helpscout_key or helpcrunch_key");
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a credential; its secret is printed once.")
    static final class Create extends AccountCommand {
        @Option(names = "--user", required = true, description = "User the credential acts as")
        long user;
        @Option(names = "--kind", required = true, converter = KindConverter.class,
                description = "One of: ${COMPLETION-CANDIDATES}")
        Kind kind;
        @Option(names = "--label", description = "A note for humans")
        String label;

        @Override
        int run(Application app) {
            IssuedSecret issued = app.accounts().issueCredential(account, user, kind.kind, label,
                    Optional.empty(), Optional.empty());
            System.out.println("credential_id=" + issued.credential().id());
            if (issued.credential().clientId() != null) {
                System.out.println("client_id=" + issued.credential().clientId());
                System.out.println("client_secret=" + issued.secret());
            } else {
                System.out.println("key=" + issued.secret());
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List an account's credentials.")
    static final class ListAll extends AccountCommand {

        @Override
        int run(Application app) {
            for (Credential c : app.accounts().credentials(account)) {
                System.out.println(c.id() + "\t" + Kind.of(c.kind()) + "\tuser=" + c.userId() + "\t"
                        + (c.clientId() == null ? "" : "client_id=" + c.clientId() + "\t") + c.label()
                        + (c.revoked() ? "\trevoked" : ""));
            }
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a credential and its tokens.")
    static final class Revoke extends AccountCommand {
        @Option(names = "--id", required = true, description = "Credential id")
        long id;

        @Override
        int run(Application app) {
            System.out.println(app.accounts().revokeCredential(account, id) ? "revoked credential " + id
                    : "credential " + id + " was already revoked");
            return 0;
        }
    }

    @Command(name = "authorize", mixinStandardHelpOptions = true,
            description = "Mint an OAuth authorization code for a Help Scout 2.0 app (the code flow's consent step).")
    static final class Authorize extends StoreCommand {
        @Option(names = "--client-id", required = true, description = "The app's client id")
        String clientId;

        @Override
        int run(Application app) {
            Credential credential = app.accounts().oauthApp(clientId)
                    .orElseThrow(() -> ApiException.notFound("No OAuth app with that client id"));
            System.out.println("code=" + app.auth().issueAuthorizationCode(credential));
            return 0;
        }
    }
}
