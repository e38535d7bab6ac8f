package io.frontdesk.helpscout.reports;

import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;
import io.frontdesk.report.HistorySort;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The conversation history's own parameters (helpscout-more.md §10.4): {@code status} ({@code active},
 * {@code pending}, {@code closed}), {@code sortField} ({@code number}, {@code repliesSent}, {@code responseTime},
 * {@code resolveTime}; default {@code number}); {@code sortOrder} and {@code page} are read by {@link ReportParams}.
 */
record HistoryParams(String status, HistorySort sort) {

    static HistoryParams read(Context ctx) {
        List<FieldError> errors = new ArrayList<>();
        String status = null;
        String statusText = ctx.queryParam("status");
        if (statusText != null && !statusText.isBlank()) {
            status = statusText.trim().toLowerCase(Locale.ROOT);
            if (!List.of("active", "pending", "closed").contains(status)) {
                errors.add(FieldError.of("status", "Invalid", "status is active, pending or closed"));
            }
        }
        HistorySort sort = HistorySort.NUMBER;
        String sortText = ctx.queryParam("sortField");
        if (sortText != null && !sortText.isBlank()) {
            switch (sortText.trim()) {
                case "number" -> sort = HistorySort.NUMBER;
                case "repliesSent" -> sort = HistorySort.REPLIES_SENT;
                case "responseTime" -> sort = HistorySort.RESPONSE_TIME;
                case "resolveTime" -> sort = HistorySort.RESOLVE_TIME;
                default -> errors.add(FieldError.of("sortField", "Invalid",
                        "sortField is number, repliesSent, responseTime or resolveTime"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new HistoryParams(status, sort);
    }
}
