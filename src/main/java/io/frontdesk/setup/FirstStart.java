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

    public Optional<Result> runIfEmpty(FrontdeskConfig.Bootstrap settings) {
        return tx.inTransaction(() -> {
            if (!accounts.claimInstallation()) {
                return Optional.empty();
            }
            User owner = accounts.createAccount(settings.accountName(), "Account", "Owner", settings.ownerEmail());
            long account = owner.accountId();
            Mailbox mailbox = mailboxes.create(account, "Support", settings.mailboxEmail());
            IssuedSecret app = accounts.issueCredential(owner, CredentialKind.HELPSCOUT_OAUTH_APP, "first start",
                    settings.clientId(), settings.clientSecret());
            IssuedSecret key = accounts.issueCredential(owner, CredentialKind.HELPSCOUT_API_KEY, "first start",
                    Optional.empty(), settings.apiKey());
            IssuedSecret crunch = accounts.issueCredential(owner, CredentialKind.HELPCRUNCH_KEY, "first start",
                    Optional.empty(), settings.helpcrunchKey());
            return Optional.of(new Result(owner, mailbox, app, key, crunch));
        });
    }
}
