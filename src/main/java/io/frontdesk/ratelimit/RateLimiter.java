package io.frontdesk.ratelimit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether an account may make one more request in a dialect, and reports the windows for the response
 * headers. It reads the account's settings from a short-lived cache and counts through {@link WindowCounters}, so a
 * request that is well within its limits touches no database.
 */
public final class RateLimiter {

    /** How long a node keeps an account's settings before reading them again. */
    public static final Duration SETTINGS_TTL = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(RateLimiter.class);

    private final SettingsCache settings;
    private final WindowCounters counters;
    private final RateLimitMode defaultMode;
    private final Clock clock;

    public RateLimiter(RateLimitSettingsStore store, WindowCounters counters, RateLimitMode defaultMode, Clock clock) {
        this.settings = new SettingsCache(store, clock, SETTINGS_TTL);
        this.counters = counters;
        this.defaultMode = defaultMode;
        this.clock = clock;
    }

    /** The mode of accounts without one of their own (`rate-limit-default-mode`). */
    public RateLimitMode defaultMode() {
        return defaultMode;
    }

    /**
     * Counts one request of the account in the dialect of {@code policy}.
     *
     * @param write POST, PUT, PATCH or DELETE: costs more in Help Scout 2.0 and counts in the 1.0 burst window
     */
    public RateDecision check(long accountId, RatePolicy policy, boolean write) {
        RateLimitSettings own = settings.get(accountId);
        RateLimitMode mode = own.mode(defaultMode);
        if (mode == RateLimitMode.OFF) {
            return RateDecision.OFF;
        }
        long now = clock.millis();
        List<RateWindow> windows = policy.windows();
        List<Slot> slots = new ArrayList<>(windows.size());
        for (RateWindow window : windows) {
            slots.add(new Slot(window, window.windowStart(now), own.limit(window), window.cost(write)));
        }
        Admission admission = counters.admit(accountId, slots, mode == RateLimitMode.ENFORCE);
        List<RateDecision.WindowState> states = new ArrayList<>(slots.size());
        long retryAfter = 0;
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            states.add(new RateDecision.WindowState(slot.window(), slot.limit(),
                    Math.max(0, slot.limit() - admission.used()[i])));
            if (admission.over()[i]) {
                retryAfter = Math.max(retryAfter, secondsUntilEnd(slot, now));
            }
        }
        boolean allowed = admission.counted();
        if (admission.firstOver()) {
            logOver(accountId, slots, admission, allowed, retryAfter);
        }
        return new RateDecision(mode, allowed, states, allowed ? 0 : retryAfter);
    }

    /** Reads the account's settings afresh on its next request; {@link RateLimitService} calls it after a change. */
    public void forget(long accountId) {
        settings.forget(accountId);
    }

    /** Whole seconds, rounded up, until the window starts over; at least one, as a client must wait. */
    private static long secondsUntilEnd(Slot slot, long now) {
        long millis = slot.start() + slot.window().lengthMillis() - now;
        return Math.max(1, (millis + 999) / 1000);
    }

    /** Once per account, window and node: enough for an operator to see who is throttled, not a line per request. */
    private static void logOver(long accountId, List<Slot> slots, Admission admission, boolean allowed,
                                long retryAfter) {
        for (int i = 0; i < slots.size(); i++) {
            if (!admission.over()[i]) {
                continue;
            }
            Slot slot = slots.get(i);
            if (allowed) {
                LOG.info("rate limit: account {} is over {} ({} of {} per {} s); report mode, still served",
                        accountId, slot.window().key(), admission.used()[i], slot.limit(),
                        slot.window().length().toSeconds());
            } else {
                LOG.info("rate limit: account {} used up {} ({} per {} s); refused for {} s", accountId,
                        slot.window().key(), slot.limit(), slot.window().length().toSeconds(), retryAfter);
            }
        }
    }
}
