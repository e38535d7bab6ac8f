package io.frontdesk.fuzz;

import io.frontdesk.testing.Backend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Random;
import java.util.stream.Stream;

/**
 * The fuzz suite: every write endpoint of every dialect (one dynamic test each) gets valid bodies mutated in every way
 * {@link Mutation} lists, with odd headers, query strings and path ids; {@link FuzzSession} checks each answer. The
 * case count and the seed are {@link FuzzSettings}; a failure names both, with the request, to replay it.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class WriteFuzzTest {

    @Parameter
    Backend backend;

    @TestFactory
    Stream<DynamicTest> write_endpoints_answer_bad_input_with_a_4xx_in_their_format_and_change_nothing() {
        long seed = FuzzSettings.seed();
        int perRoute = Math.max(1, FuzzSettings.tries() / WriteRoutes.ALL.size());
        System.out.println("fuzz " + backend + ": " + perRoute + " cases per route, -Dfuzz.seed=" + seed);
        return WriteRoutes.ALL.stream().map(route -> DynamicTest.dynamicTest(route.key(), () -> {
            FuzzSession session = FuzzSession.of(backend);
            Random random = new Random(seed ^ route.key().hashCode());
            for (int i = 0; i < perRoute; i++) {
                Recipe recipe = Recipes.draw(route, random);
                try {
                    session.run(recipe);
                } catch (AssertionError e) {
                    throw new AssertionError("case " + i + " of " + route + " (-Dfuzz.seed=" + seed + "): "
                            + e.getMessage(), e);
                }
            }
        }));
    }

    @AfterAll
    static void summary() {
        FuzzSession.summaries().forEach(System.out::println);
    }
}
