package io.frontdesk.core;

import java.util.function.Function;

/**
 * What a partial update says about one field: nothing, "clear it", or "set it to this". Partial updates
 * (Help Scout 1.0 PUT, HelpCrunch PATCH) must tell an absent field from an explicit null.
 */
public sealed interface Change<T> {

    record Keep<T>() implements Change<T> {
    }

    record Set<T>(T value) implements Change<T> {
    }

    @SuppressWarnings("unchecked")
    static <T> Change<T> keep() {
        return (Change<T>) KEEP;
    }

    static <T> Change<T> set(T value) {
        return new Set<>(value);
    }

    /** Set-to-null: a clear. */
    static <T> Change<T> clear() {
        return new Set<>(null);
    }

    Keep<?> KEEP = new Keep<>();

    default boolean present() {
        return this instanceof Set;
    }

    default T applyTo(T current) {
        return this instanceof Set<T> set ? set.value() : current;
    }

    default <R> Change<R> map(Function<T, R> mapper) {
        if (this instanceof Set<T> set) {
            return new Set<>(set.value() == null ? null : mapper.apply(set.value()));
        }
        return keep();
    }
}
