package io.frontdesk.fuzz;

import java.util.Random;
import java.util.StringJoiner;

/** The query string of a fuzzed request: none, the parameter names endpoints read, random ones, broken encoding. */
enum QueryVariant {
    NONE(45),
    KNOWN_NAMES(20),
    RANDOM_NAMES(8),
    BROKEN_ENCODING(5),
    REPEATED(5),
    LONG_VALUE(3),
    HUGE(1),
    RAW_UNICODE(4);

    final int weight;

    QueryVariant(int weight) {
        this.weight = weight;
    }

    /** The query string without its `?`, empty for none. Written to the wire as is. */
    String query(Random random) {
        StringJoiner query = new StringJoiner("&");
        switch (this) {
            case KNOWN_NAMES -> {
                for (int i = 1 + random.nextInt(3); i > 0; i--) {
                    query.add(Edges.pick(random, Edges.QUERY_NAMES) + "=" + Edges.pick(random, Edges.QUERY_VALUES));
                }
            }
            case RANDOM_NAMES -> {
                for (int i = 1 + random.nextInt(4); i > 0; i--) {
                    query.add(Edges.pick(random, Edges.QUERY_VALUES) + "=" + Edges.pick(random, Edges.QUERY_VALUES));
                }
            }
            case BROKEN_ENCODING -> query.add(Edges.pick(random, java.util.List.of("%zz=1", "a=%", "=", "&&&",
                    "a=%G0", "%=%", "a==b", "async=%ff", "page=%00", "query=%28%29%29")));
            case REPEATED -> query.add("async=true").add("async=false").add("page=1").add("page=x").add("reload=true");
            case LONG_VALUE -> query.add(Edges.pick(random, Edges.QUERY_NAMES) + "=" + "a".repeat(1_500));
            case HUGE -> query.add("query=" + "b".repeat(9_000 + random.nextInt(4_000)));
            case RAW_UNICODE -> query.add("query=\u00e9\u4e2d").add("email=caf\u00e9@x.z");
            default -> {
                // NONE
            }
        }
        return query.toString();
    }
}
