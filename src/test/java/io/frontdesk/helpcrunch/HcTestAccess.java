package io.frontdesk.helpcrunch;

import io.frontdesk.account.Account;

/** What tests in other packages need of the dialect's package-private rules. */
public final class HcTestAccess {

    private HcTestAccess() {
    }

    /** The `domain` `GET /organization` shows for the account. */
    public static String domain(Account account) {
        return HcOrganization.domain(account.name(), account.id());
    }
}
