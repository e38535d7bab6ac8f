package io.frontdesk.report;

import java.util.Comparator;
import java.util.function.Function;

/** How a conversation history is sorted; a row with nothing to sort by (no time) comes last either way. */
public enum HistorySort {
    NUMBER(r -> (double) r.number()),
    REPLIES_SENT(r -> (double) r.repliesSent()),
    RESPONSE_TIME(HistoryRow::responseTime),
    RESOLVE_TIME(HistoryRow::resolveTime);

    private final Function<HistoryRow, Double> key;

    HistorySort(Function<HistoryRow, Double> key) {
        this.key = key;
    }

    Comparator<HistoryRow> comparator(boolean ascending) {
        Comparator<Double> values = ascending ? Comparator.naturalOrder() : Comparator.reverseOrder();
        Comparator<HistoryRow> tie = Comparator.comparingLong(HistoryRow::number);
        return Comparator.comparing(key, Comparator.nullsLast(values))
                .thenComparing(ascending ? tie : tie.reversed());
    }
}
