package io.frontdesk.helpscout.v2;

import java.time.Duration;
import java.time.Instant;

/** Help Scout's `friendly` times ("20 hours ago"), relative to the moment the response is written. */
final class V2Friendly {

    private V2Friendly() {
    }

    static String since(Instant time, Instant now) {
        long seconds = Math.max(0, Duration.between(time, now).getSeconds());
        if (seconds < 60) {
            return "just now";
        }
        if (seconds < 3600) {
            return plural(seconds / 60, "minute");
        }
        if (seconds < 86_400) {
            return plural(seconds / 3600, "hour");
        }
        if (seconds < 30 * 86_400L) {
            return plural(seconds / 86_400, "day");
        }
        if (seconds < 365 * 86_400L) {
            return plural(seconds / (30 * 86_400L), "month");
        }
        return plural(seconds / (365 * 86_400L), "year");
    }

    private static String plural(long amount, String unit) {
        return amount + " " + unit + (amount == 1 ? "" : "s") + " ago";
    }
}
