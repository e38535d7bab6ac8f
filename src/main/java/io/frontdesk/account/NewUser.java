package io.frontdesk.account;

import java.util.List;

/**
 * A user to create as Help Scout's `POST /v2/users` gives it. {@code timezone} null means the account's (UTC);
 * {@code mailboxIds} must be the account's mailboxes (every user reaches every mailbox, so they grant nothing more).
 */
public record NewUser(String firstName, String lastName, String email, Role role, String timezone, String jobTitle,
                      String phone, List<Long> mailboxIds) {

    public NewUser {
        mailboxIds = mailboxIds == null ? List.of() : List.copyOf(mailboxIds);
    }
}
