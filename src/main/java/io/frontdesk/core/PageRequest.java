package io.frontdesk.core;

/** A 1-based page of a fixed size. */
public record PageRequest(int page, int size) {

    public PageRequest {
        if (page < 1 || size < 0) {
            throw new IllegalArgumentException("page must be >= 1 and size >= 0");
        }
    }

    public long offset() {
        return (long) (page - 1) * size;
    }
}
