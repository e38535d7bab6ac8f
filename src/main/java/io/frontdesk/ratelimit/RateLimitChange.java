package io.frontdesk.ratelimit;

import io.frontdesk.core.Change;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A partial update of an account's rate-limit settings: each part is kept, cleared (back to the server's default)
 * or set.
 */
public record RateLimitChange(Change<RateLimitMode> mode, Map<RateWindow, Change<Integer>> limits) {

    public RateLimitChange {
        limits = Collections.unmodifiableMap(limits.isEmpty() ? new EnumMap<>(RateWindow.class)
                : new EnumMap<>(limits));
    }

    /** Changes nothing; build on it with {@link #withMode} and {@link #withLimit}. */
    public static RateLimitChange none() {
        return new RateLimitChange(Change.keep(), Map.of());
    }

    public RateLimitChange withMode(Change<RateLimitMode> newMode) {
        return new RateLimitChange(newMode, limits);
    }

    public RateLimitChange withMode(RateLimitMode newMode) {
        return withMode(Change.set(newMode));
    }

    public RateLimitChange withLimit(RateWindow window, Change<Integer> limit) {
        EnumMap<RateWindow, Change<Integer>> copy = new EnumMap<>(RateWindow.class);
        copy.putAll(limits);
        copy.put(window, limit);
        return new RateLimitChange(mode, copy);
    }

    public RateLimitChange withLimit(RateWindow window, int limit) {
        return withLimit(window, Change.set(limit));
    }

    public boolean changesAnything() {
        return mode.present() || limits.values().stream().anyMatch(Change::present);
    }

    public RateLimitSettings applyTo(RateLimitSettings current) {
        Optional<RateLimitMode> newMode = Optional.ofNullable(mode.applyTo(current.mode().orElse(null)));
        EnumMap<RateWindow, Integer> newLimits = new EnumMap<>(RateWindow.class);
        newLimits.putAll(current.limits());
        limits.forEach((window, change) -> {
            Integer value = change.applyTo(current.limits().get(window));
            if (value == null) {
                newLimits.remove(window);
            } else {
                newLimits.put(window, value);
            }
        });
        return new RateLimitSettings(newMode, newLimits);
    }
}
