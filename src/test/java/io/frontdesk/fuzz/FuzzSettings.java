package io.frontdesk.fuzz;

import java.util.concurrent.ThreadLocalRandom;

/**
 * How much to fuzz: {@value #DEFAULT_TRIES} cases per backend in the normal suite (spread evenly over the write
 * routes), `-Dfuzz.tries=10000` for a longer run. Each run draws a new seed and prints it; `-Dfuzz.seed=…` replays a
 * run case for case.
 */
final class FuzzSettings {

    static final int DEFAULT_TRIES = 1_500;
    private static final long SEED = Long.getLong("fuzz.seed", ThreadLocalRandom.current().nextLong());

    private FuzzSettings() {
    }

    static int tries() {
        return Integer.getInteger("fuzz.tries", DEFAULT_TRIES);
    }

    static long seed() {
        return SEED;
    }
}
