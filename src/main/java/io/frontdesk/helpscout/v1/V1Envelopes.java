package io.frontdesk.helpscout.v1;

import java.util.List;

/** The 1.0 envelopes: one item, or a page of items (at most 50). */
final class V1Envelopes {

    static final int PAGE_SIZE = 50;

    private V1Envelopes() {
    }

    record Item<T>(T item) {
    }

    record Page<T>(int page, int pages, long count, List<T> items) {
    }
}
