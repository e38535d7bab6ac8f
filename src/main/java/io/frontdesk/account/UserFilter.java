package io.frontdesk.account;

import java.util.Locale;

/**
 * Which users of an account to list. {@code email} (null for any) matches the whole address ignoring case;
 * {@code mailboxId} (null for any) keeps the users with access to that mailbox. Every user of an account has access
 * to every mailbox of it (Frontdesk has no per-mailbox access yet), so that filter keeps everyone when the mailbox is
 * the account's and no one otherwise.
 */
public record UserFilter(String email, Long mailboxId) {

    public UserFilter {
        email = email == null || email.isBlank() ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    public static UserFilter all() {
        return new UserFilter(null, null);
    }

    public static UserFilter inMailbox(long mailboxId) {
        return new UserFilter(null, mailboxId);
    }
}
