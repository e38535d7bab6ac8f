package io.frontdesk.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Deterministic synthetic customers: customer n always has the same names, 1–3 emails and creation time, so every
 * run and every database answers the query set over the same data.
 */
final class CustomerGenerator {

    static final String[] FIRST = {"James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda",
        "William", "Elizabeth", "David", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah",
        "Charles", "Karen", "Amanda", "Vernon", "Olivia", "Noah", "Emma", "Liam", "Ava", "Elijah", "Sophia", "Lucas"};
    static final String[] LAST = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
        "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore",
        "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Appleseed", "Bear"};
    private final int domains;
    /** Creation times spread over three years, oldest first. */
    static final Instant EPOCH = Instant.parse("2023-01-01T00:00:00Z");
    static final long SPAN_MILLIS = 3L * 365 * 24 * 3600 * 1000;

    record Generated(long id, String firstName, String lastName, String organization, long createdAtMillis,
                     List<String> emails) {
    }

    private final long total;

    /**
     * Company domains grow with the data (one per 250 customers), so an email-domain search finds a few hundred
     * people at every size and the pages compared across sizes are equally full.
     */
    CustomerGenerator(long total) {
        this.total = total;
        this.domains = (int) Math.max(10, total / 250);
    }

    int domains() {
        return domains;
    }

    Generated customer(long n) {
        long mix = scramble(n);
        String first = FIRST[(int) (mix % FIRST.length)];
        String last = LAST[(int) ((mix / FIRST.length) % LAST.length)] + suffix(mix);
        int emailCount = 1 + (int) ((mix / 7) % 3);
        List<String> emails = new ArrayList<>(emailCount);
        for (int i = 0; i < emailCount; i++) {
            long domain = (mix / 11 + i * 37L) % domains;
            emails.add((first + "." + last).toLowerCase() + "." + n + (i == 0 ? "" : "+" + i) + "@domain" + domain
                    + ".example.com");
        }
        long created = EPOCH.toEpochMilli() + SPAN_MILLIS * n / Math.max(1, total);
        return new Generated(n, first, last, "Org " + (mix % 5000), created, emails);
    }

    /** A spread of last names: 29 stems times 1000 suffixes keeps names realistic and selective. */
    private static String suffix(long mix) {
        long s = (mix / 1000) % 1000;
        return s < 10 ? "" : "son" + s;
    }

    private static long scramble(long n) {
        long x = n * 0x9E3779B97F4A7C15L;
        x ^= x >>> 31;
        return Math.abs(x % 1_000_000_007L);
    }
}
