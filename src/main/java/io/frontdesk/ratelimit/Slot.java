package io.frontdesk.ratelimit;

/** One window as one request meets it: which window instance, the account's limit there, what the request uses. */
record Slot(RateWindow window, long start, int limit, int cost) {
}
