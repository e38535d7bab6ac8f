package io.frontdesk.setup;

import io.frontdesk.account.AccountService;
import io.frontdesk.account.CredentialKind;
import io.frontdesk.account.IssuedSecret;
import io.frontdesk.account.User;
import io.frontdesk.config.FrontdeskConfig;
import io.frontdesk.core.Transactions;
import io.frontdesk.mailbox.Mailbox;
import io.frontdesk.mailbox.MailboxService;

import java.util.Optional;

/**
 * On an empty database: one account with an owner, one mailbox and one credential of each kind, so a new user can
 * call every dialect at once. Fixed values from the environment make the result scriptable.
 */
public final class FirstStart {

    /** What first start created, including the plain secrets, which exist only here. */
    public record Result(User owner, Mailbox mailbox, IssuedSecret oauthApp, IssuedSecret apiKey,
                         IssuedSecret helpcrunchKey) {
    }

    private final AccountService accounts;
    private final MailboxService mailboxes;
    private final Transactions tx;

    public FirstStart(AccountService accounts, MailboxService mailboxes, Transactions tx) {
        this.accounts = accounts;
        this.mailboxes = mailboxes;
        this.tx = tx;
    }

    /**
     * What an account is made of, first start's or a sandbox's throwaway one: its name, its owner's and its mailbox's
     * addresses, the name its credentials are issued under, and fixed credential values (empty: generated).
     */
    public record Seed(String accountName, String ownerEmail, String mailboxEmail, String credentialName,
                       Optional<String> clientId, Optional<String> clientSecret, Optional<String> apiKey,
                       Optional<String> helpcrunchKey) {

        /** An account whose credentials are all generated. */
        public static Seed generated(String accountName, String ownerEmail, String mailboxEmail,
                                     String credentialName) {
            return new Seed(accountName, ownerEmail, mailboxEmail, credentialName, Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    public Optional<Result> runIfEmpty(FrontdeskConfig.Bootstrap settings) {
        return tx.inTransaction(() -> {
            if (!accounts.claimInstallation()) {
                return Optional.empty();
            }
            return Optional.of(make(new Seed(settings.accountName(), settings.ownerEmail(), settings.mailboxEmail(),
                    "first start", settings.clientId(), settings.clientSecret(), settings.apiKey(),
                    settings.helpcrunchKey())));
        });
    }

    /** Makes an account with its owner, a mailbox and one credential of each kind, in the caller's transaction. */
    public Result make(Seed seed) {
        User owner = accounts.createAccount(seed.accountName(), "Account", "Owner", seed.ownerEmail());
        Mailbox mailbox = mailboxes.create(owner.accountId(), "Support", seed.mailboxEmail());
        IssuedSecret app = accounts.issueCredential(owner, CredentialKind.HELPSCOUT_OAUTH_APP, seed.credentialName(),
                seed.clientId(), seed.clientSecret());
        IssuedSecret key = accounts.issueCredential(owner, CredentialKind.HELPSCOUT_API_KEY, seed.credentialName(),
                Optional.empty(), seed.apiKey());
        IssuedSecret crunch = accounts.issueCredential(owner, CredentialKind.HELPCRUNCH_KEY, seed.credentialName(),
                Optional.empty(), seed.helpcrunchKey());
        return new Result(owner, mailbox, app, key, crunch);
    }
}
