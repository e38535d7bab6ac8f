package io.frontdesk.ratelimit;

import io.frontdesk.account.AccountService;
import io.frontdesk.core.Transactions;

import java.time.Clock;

/** Administration of each account's rate limits, for the command line and for tests. */
public final class RateLimitService {

    private final RateLimitSettingsStore store;
    private final AccountService accounts;
    private final Transactions tx;
    private final RateLimiter limiter;
    private final Clock clock;

    public RateLimitService(RateLimitSettingsStore store, AccountService accounts, Transactions tx,
                            RateLimiter limiter, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.tx = tx;
        this.limiter = limiter;
        this.clock = clock;
    }

    /** The account's own settings as stored; an unknown account is a 404. */
    public RateLimitSettings settings(long accountId) {
        accounts.account(accountId);
        return store.find(accountId).orElse(RateLimitSettings.NONE);
    }

    /**
     * Applies the change and returns the account's settings after it. This process uses them from the next request;
     * other processes (other nodes, a server beside the command line) within {@link RateLimiter#SETTINGS_TTL}.
     */
    public RateLimitSettings change(long accountId, RateLimitChange change) {
        RateLimitSettings updated = tx.inTransaction(() -> {
            accounts.account(accountId);
            RateLimitSettings next = change.applyTo(store.find(accountId).orElse(RateLimitSettings.NONE));
            store.save(accountId, next, clock.instant());
            return next;
        });
        limiter.forget(accountId);
        return updated;
    }

    /** The mode of accounts that have none of their own. */
    public RateLimitMode defaultMode() {
        return limiter.defaultMode();
    }
}
