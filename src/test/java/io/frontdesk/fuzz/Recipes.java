package io.frontdesk.fuzz;

import java.util.Random;
import java.util.function.ToIntFunction;

/**
 * Draws fuzz cases from a seeded {@link Random}, each dimension by its weights, so one seed replays one run exactly.
 * (A hand-rolled generator rather than a property-testing library: see docs/reliability.md, "Fuzzing".)
 */
final class Recipes {

    private Recipes() {
    }

    static Recipe draw(WriteRoute route, Random random) {
        return new Recipe(route, random.nextInt(10),
                weighted(Mutation.values(), mutation -> mutation.weight, random),
                weighted(HeaderVariant.values(), variant -> variant.weight, random),
                weighted(QueryVariant.values(), variant -> variant.weight, random),
                weighted(PathVariant.values(), variant -> variant.weight, random),
                random.nextLong());
    }

    private static <T> T weighted(T[] values, ToIntFunction<T> weight, Random random) {
        int total = 0;
        for (T value : values) {
            total += weight.applyAsInt(value);
        }
        int roll = random.nextInt(total);
        for (T value : values) {
            roll -= weight.applyAsInt(value);
            if (roll < 0) {
                return value;
            }
        }
        throw new AssertionError("weights changed while drawing");
    }
}
