package io.frontdesk.junit;

import java.util.List;

/**
 * One test's accounts: the one it is given, every account its fixture packs made, and those to delete after it.
 *
 * @param account null with {@link Isolation#NONE} on a store kept from an earlier run
 */
record TestAccounts(SandboxAccount account, List<SandboxAccount> all, List<SandboxAccount> throwaway) {

    TestAccounts {
        all = List.copyOf(all);
        throwaway = List.copyOf(throwaway);
    }
}
