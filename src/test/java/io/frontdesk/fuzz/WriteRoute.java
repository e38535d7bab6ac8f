package io.frontdesk.fuzz;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * One write endpoint as its route table registers it, with the error format it answers in, how to fill its path from
 * a {@link Seed}, and valid bodies to mutate.
 *
 * @param pattern the registered path, `{name}` for path parameters
 * @param ids     the seed's value for each path parameter
 * @param bodies  valid bodies; a template answering null sends no body
 */
record WriteRoute(String method, String pattern, Wire wire, Function<Seed, Map<String, Long>> ids,
                  List<Template> bodies) {

    /** A valid body for the seeded tenant; {@code random} varies what must be unique (email addresses, slugs). */
    @FunctionalInterface
    interface Template {
        String body(Seed seed, Random random);
    }

    /** `METHOD /pattern`, as the coverage test compares routes. */
    String key() {
        return method + " " + pattern;
    }

    @Override
    public String toString() {
        return key();
    }
}
