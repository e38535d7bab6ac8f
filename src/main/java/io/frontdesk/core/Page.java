package io.frontdesk.core;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One page of results and the size of the whole result. */
public record Page<T>(List<T> items, long total, PageRequest request) {

    public int totalPages() {
        return request.size() == 0 ? 0 : (int) ((total + request.size() - 1) / request.size());
    }

    /**
     * The whole result's size when the page itself shows it: a page that came back short (and is not past the end)
     * holds the result's last row, so no count is needed. Most searches (an email, an id) fit on their first page.
     */
    public static Optional<Long> totalFromPage(long firstRow, int pageSize, int returned) {
        if (returned < pageSize && (returned > 0 || firstRow == 0)) {
            return Optional.of(firstRow + returned);
        }
        return Optional.empty();
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, request);
    }
}
