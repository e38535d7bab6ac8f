package io.frontdesk.helpscout.reports;

import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;
import io.frontdesk.report.DrillField;
import io.frontdesk.report.DrillRange;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The drilldowns' own parameters (helpscout-more.md §10.2, §10.4): {@code rows} (1-50), {@code range} and
 * {@code rangeId}, {@code field} and {@code fieldid}. Every mistake is a 400 naming the parameter.
 */
record DrillParams(int rows, DrillRange range, Integer rangeId, DrillField field, Long fieldId) {

    static final int MAX_ROWS = 50;

    private static final Map<String, DrillRange> RANGES = Map.of("replies", DrillRange.REPLIES,
            "firstReplyResolved", DrillRange.FIRST_REPLY_RESOLVED, "resolved", DrillRange.RESOLVED,
            "responseTime", DrillRange.RESPONSE_TIME, "firstResponseTime", DrillRange.FIRST_RESPONSE_TIME,
            "handleTime", DrillRange.HANDLE_TIME);

    private static final Map<String, DrillField> FIELDS = Map.of("tagid", DrillField.TAG,
            "replyid", DrillField.SAVED_REPLY, "workflowid", DrillField.WORKFLOW, "customerid", DrillField.CUSTOMER);

    /** How a drilldown reads its parameters. */
    enum Kind {
        /** {@code page} and {@code rows} only. */
        PLAIN,
        /** {@code range} optional, {@code rangeId} with it (2.0 company drilldown). */
        RANGE,
        /** {@code range} required (1.0's company and productivity drilldowns). */
        RANGE_REQUIRED,
        /** {@code field} and {@code fieldid} required. */
        FIELDS
    }

    static DrillParams read(Context ctx, Kind kind, int defaultRows) {
        List<FieldError> errors = new ArrayList<>();
        int rows = defaultRows;
        String rowsText = ctx.queryParam("rows");
        if (rowsText != null && !rowsText.isBlank()) {
            rows = number(rowsText);
            if (rows < 1 || rows > MAX_ROWS) {
                errors.add(FieldError.of("rows", "Invalid", "rows must be a whole number from 1 to " + MAX_ROWS));
            }
        }
        DrillRange range = null;
        Integer rangeId = null;
        if (kind == Kind.RANGE || kind == Kind.RANGE_REQUIRED) {
            String rangeText = ctx.queryParam("range");
            if (rangeText != null && !rangeText.isBlank()) {
                range = RANGES.get(rangeText.trim());
                if (range == null) {
                    errors.add(FieldError.of("range", "Invalid", "range is replies, firstReplyResolved, resolved, "
                            + "responseTime, firstResponseTime or handleTime"));
                }
            } else if (kind == Kind.RANGE_REQUIRED) {
                errors.add(FieldError.of("range", "Required", "range is required"));
            }
            String idText = ctx.queryParam("rangeId");
            if (idText != null && !idText.isBlank()) {
                rangeId = number(idText);
                if (rangeText == null || rangeText.isBlank()) {
                    errors.add(FieldError.of("rangeId", "Invalid", "rangeId needs a range"));
                } else if (rangeId < 1 || rangeId > 10) {
                    errors.add(FieldError.of("rangeId", "Invalid", "rangeId is a range id from 1 to 10"));
                }
            }
        }
        DrillField field = null;
        Long fieldId = null;
        if (kind == Kind.FIELDS) {
            String fieldText = ctx.queryParam("field");
            if (fieldText == null || fieldText.isBlank()) {
                errors.add(FieldError.of("field", "Required", "field is required"));
            } else {
                field = FIELDS.get(fieldText.trim().toLowerCase(java.util.Locale.ROOT));
                if (field == null) {
                    errors.add(FieldError.of("field", "Invalid", "field is tagid, replyid, workflowid or customerid"));
                }
            }
            String idText = ctx.queryParam("fieldid");
            if (idText == null || idText.isBlank()) {
                errors.add(FieldError.of("fieldid", "Required", "fieldid is required"));
            } else {
                try {
                    fieldId = Long.parseLong(idText.trim());
                } catch (NumberFormatException e) {
                    errors.add(FieldError.of("fieldid", "Invalid", "fieldid is the id of the field's item"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new DrillParams(rows, range, rangeId, field, fieldId);
    }

    /** A whole number, or -1 (refused by every check) when it is not one. */
    private static int number(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
