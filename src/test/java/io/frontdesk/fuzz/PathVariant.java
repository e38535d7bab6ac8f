package io.frontdesk.fuzz;

import java.util.List;
import java.util.Random;

/** The value of one path parameter: mostly the seeded id, sometimes one that names nothing or is no id at all. */
enum PathVariant {
    SEEDED(85),
    UNKNOWN(5),
    NOT_AN_ID(10);

    final int weight;

    PathVariant(int weight) {
        this.weight = weight;
    }

    String value(long seeded, Random random) {
        return switch (this) {
            case SEEDED -> Long.toString(seeded);
            case UNKNOWN -> Edges.pick(random, List.of("999999999", "1", "2147483648", "9223372036854775807"));
            case NOT_AN_ID -> Edges.pick(random, List.of("0", "-1", "abc", "99999999999999999999", "1.0", "%31",
                    "1%20", "+1", "0x1", "%C3%A9", "\u00e9", "1e3", "%2e%2e", "-9223372036854775808"));
        };
    }
}
