package io.frontdesk.ratelimit;

import java.time.Instant;
import java.util.Optional;

/** Persistence of each account's own rate-limit settings. */
public interface RateLimitSettingsStore {

    /** Empty when the account was never given settings of its own. */
    Optional<RateLimitSettings> find(long accountId);

    void save(long accountId, RateLimitSettings settings, Instant now);
}
