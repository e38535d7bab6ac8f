package io.frontdesk.web;

import io.frontdesk.ratelimit.RateDecision;

import java.util.function.BiConsumer;

/** How one dialect reports its rate-limit windows in response headers. */
@FunctionalInterface
public interface RateLimitHeaders {

    /** A dialect whose vendor documents no rate-limit headers: only the 429's Retry-After, from its error renderer. */
    RateLimitHeaders NONE = (decision, header) -> { };

    /** Writes the headers for a counted request (allowed or refused) through {@code header(name, value)}. */
    void write(RateDecision decision, BiConsumer<String, String> header);
}
