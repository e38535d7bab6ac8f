package io.frontdesk.fuzz;

/** What is done to a valid body before it is sent; the weight is how often, relative to the others. */
enum Mutation {
    VALID(10),
    DROP_FIELD(8),
    WRONG_TYPE(10),
    LONG_STRING(10),
    HUGE_STRING(2),
    DEEP_NESTING(3),
    UNICODE_EDGE(9),
    INVALID_UTF8(5),
    DUPLICATE_KEY(4),
    NUMBER_EDGE(9),
    RANDOM_JSON(5),
    WRONG_ROOT(4),
    TRUNCATED(3),
    GARBAGE(3),
    OVERSIZED(2),
    SEVERAL(8);

    final int weight;

    Mutation(int weight) {
        this.weight = weight;
    }
}
