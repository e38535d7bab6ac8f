package io.frontdesk.helpscout.v1;

import io.frontdesk.ratelimit.RateDecision;
import io.frontdesk.ratelimit.RateWindow;

import java.util.function.BiConsumer;

/**
 * Help Scout 1.0's headers, on every counted response, for both windows: `X-RateLimit-Interval-*` (the window's length
 * in seconds, as the 1.0 documentation defines it), `X-RateLimit-Limit-*` and `X-RateLimit-Remaining-*`. The suffix
 * names the window: `Minute` for the 200 per minute, `Burst` for the 12 writes per 5 seconds (the documentation does
 * not name it; `Second` would read as 12 per second). A 429 adds `Retry-After` ({@link V1ErrorRenderer}).
 */
final class V1RateLimitHeaders {

    private V1RateLimitHeaders() {
    }

    static void write(RateDecision decision, BiConsumer<String, String> header) {
        for (RateDecision.WindowState state : decision.windows()) {
            String suffix = state.window() == RateWindow.HELPSCOUT_V1_BURST ? "Burst" : "Minute";
            header.accept("X-RateLimit-Interval-" + suffix, Long.toString(state.window().length().toSeconds()));
            header.accept("X-RateLimit-Limit-" + suffix, Integer.toString(state.limit()));
            header.accept("X-RateLimit-Remaining-" + suffix, Long.toString(state.remaining()));
        }
    }
}
