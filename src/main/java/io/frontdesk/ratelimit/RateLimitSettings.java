package io.frontdesk.ratelimit;

import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * One account's own rate-limit settings. Anything not set falls back to the server: the mode to
 * `rate-limit-default-mode`, each limit to its window's published default.
 *
 * @param mode   the account's own mode, or empty for the server's default
 * @param limits the account's own limits, by window; absent windows use {@link RateWindow#defaultLimit()}
 */
public record RateLimitSettings(Optional<RateLimitMode> mode, Map<RateWindow, Integer> limits) {

    /** An account that has never been given settings of its own. */
    public static final RateLimitSettings NONE = new RateLimitSettings(Optional.empty(), Map.of());

    public RateLimitSettings {
        EnumMap<RateWindow, Integer> copy = new EnumMap<>(RateWindow.class);
        limits.forEach((window, limit) -> copy.put(window, checkLimit(window, limit)));
        limits = Collections.unmodifiableMap(copy);
    }

    public RateLimitMode mode(RateLimitMode serverDefault) {
        return mode.orElse(serverDefault);
    }

    public int limit(RateWindow window) {
        Integer own = limits.get(window);
        return own == null ? window.defaultLimit() : own;
    }

    /** `mode=default helpscout-v2=5 helpscout-v1=200(default) …`, for the command line. */
    public String describe() {
        StringJoiner text = new StringJoiner(" ");
        text.add("rate-limit-mode=" + mode.map(RateLimitMode::wireName).orElse("default"));
        for (RateWindow window : RateWindow.values()) {
            text.add("rate-limit-" + window.key() + "=" + limit(window)
                    + (limits.containsKey(window) ? "" : "(default)"));
        }
        return text.toString();
    }

    private static int checkLimit(RateWindow window, Integer limit) {
        if (limit == null || limit < 1 || limit > RateWindow.MAX_LIMIT) {
            throw ApiException.invalid(FieldError.of("rate-limit-" + window.key(), "InvalidNumber",
                    "must be between 1 and " + RateWindow.MAX_LIMIT + " (use mode off for no limit)", limit));
        }
        return limit;
    }
}
