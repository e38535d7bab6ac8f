package io.frontdesk.ratelimit;

import java.util.List;

/**
 * The limiter's answer for one request.
 *
 * @param mode              the account's effective mode
 * @param allowed           false only in enforce mode, when a window has no room for the request
 * @param windows           every window of the dialect after the decision, for the response headers; empty when off
 * @param retryAfterSeconds when refused, whole seconds until the window that refused starts over (at least 1)
 */
public record RateDecision(RateLimitMode mode, boolean allowed, List<WindowState> windows, long retryAfterSeconds) {

    /** What an account whose limits are off gets: no counting, no headers. */
    public static final RateDecision OFF = new RateDecision(RateLimitMode.OFF, true, List.of(), 0);

    public RateDecision {
        windows = List.copyOf(windows);
    }

    /**
     * One window as the response reports it.
     *
     * @param remaining what is left of the limit in the current window, never below zero
     */
    public record WindowState(RateWindow window, int limit, long remaining) {
    }

    /** The state of one window, or null when the dialect does not count it. */
    public WindowState window(RateWindow window) {
        for (WindowState state : windows) {
            if (state.window() == window) {
                return state;
            }
        }
        return null;
    }
}
