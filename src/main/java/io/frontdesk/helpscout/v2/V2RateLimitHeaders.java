package io.frontdesk.helpscout.v2;

import io.frontdesk.ratelimit.RateDecision;
import io.frontdesk.ratelimit.RateWindow;

import java.util.function.BiConsumer;

/**
 * Help Scout 2.0's documented headers, on every counted response: `X-RateLimit-Limit-Minute` and
 * `X-RateLimit-Remaining-Minute` (writes use two). A 429 adds `X-RateLimit-Retry-After` ({@link VndErrorRenderer}).
 */
final class V2RateLimitHeaders {

    private V2RateLimitHeaders() {
    }

    static void write(RateDecision decision, BiConsumer<String, String> header) {
        RateDecision.WindowState minute = decision.window(RateWindow.HELPSCOUT_V2);
        header.accept("X-RateLimit-Limit-Minute", Integer.toString(minute.limit()));
        header.accept("X-RateLimit-Remaining-Minute", Long.toString(minute.remaining()));
    }
}
