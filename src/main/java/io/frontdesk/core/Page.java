package io.frontdesk.core;

import java.util.List;
import java.util.function.Function;

/** One page of results and the size of the whole result. */
public record Page<T>(List<T> items, long total, PageRequest request) {

    public int totalPages() {
        return request.size() == 0 ? 0 : (int) ((total + request.size() - 1) / request.size());
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, request);
    }
}
