package io.frontdesk.ratelimit;

import java.time.Duration;

/**
 * One counted window of one dialect, with the vendor's published default. Windows are fixed and aligned to the
 * epoch (every minute starts at :00, every burst window at a multiple of five seconds), so every node agrees on which
 * window a request falls in without talking to the others.
 */
public enum RateWindow {
    /** Help Scout 2.0: 400 per minute in the older documentation (the current one says "depends on plan"). */
    HELPSCOUT_V2("helpscout-v2", Duration.ofMinutes(1), 400, 1, 2),
    /** Help Scout 1.0: 200 requests per minute, reads and writes alike. */
    HELPSCOUT_V1("helpscout-v1", Duration.ofMinutes(1), 200, 1, 1),
    /** Help Scout 1.0 burst: 12 write requests per 5 seconds; reads do not count. */
    HELPSCOUT_V1_BURST("helpscout-v1-burst", Duration.ofSeconds(5), 12, 0, 1),
    /** HelpCrunch: "the default overall requests limit is 120 per minute". */
    HELPCRUNCH("helpcrunch", Duration.ofMinutes(1), 120, 1, 1);

    /** The largest limit an account may be given; beyond it, turn the mode off instead. */
    public static final int MAX_LIMIT = 1_000_000_000;

    private final String key;
    private final Duration length;
    private final int defaultLimit;
    private final int readCost;
    private final int writeCost;

    RateWindow(String key, Duration length, int defaultLimit, int readCost, int writeCost) {
        this.key = key;
        this.length = length;
        this.defaultLimit = defaultLimit;
        this.readCost = readCost;
        this.writeCost = writeCost;
    }

    /** The stable name: the command-line option is `--rate-limit-<key>`, the shared counter rows carry it. */
    public String key() {
        return key;
    }

    public Duration length() {
        return length;
    }

    public long lengthMillis() {
        return length.toMillis();
    }

    public int defaultLimit() {
        return defaultLimit;
    }

    /** What one request uses of this window: writes (POST, PUT, PATCH, DELETE) may cost more, or reads nothing. */
    public int cost(boolean write) {
        return write ? writeCost : readCost;
    }

    /** The start of the window that {@code epochMillis} falls in. */
    public long windowStart(long epochMillis) {
        return epochMillis - Math.floorMod(epochMillis, lengthMillis());
    }
}
