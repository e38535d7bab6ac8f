package io.frontdesk.helpscout.reports;

import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;
import io.frontdesk.report.RatingLevel;
import io.frontdesk.report.RatingSort;
import io.frontdesk.report.ReportFilter;
import io.frontdesk.report.ReportFolder;
import io.frontdesk.report.ReportPeriod;
import io.frontdesk.report.ReportQuery;
import io.frontdesk.report.ViewBy;
import io.frontdesk.web.Requests;
import io.javalin.http.Context;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The query parameters of Help Scout's reports (helpscout-more.md §10.1, §10.2, §11.9), for 2.0 and 1.0: every
 * mistake is a 400 naming the parameter, and nothing is read twice. Unknown parameters are ignored, as Help Scout
 * does.
 *
 * @param dayLimit the longest period {@code viewBy=day} allows: 60 days in 2.0, 120 in 1.0
 */
public record ReportParams(ReportQuery query, int page, RatingSort sort, boolean ascending, RatingLevel rating) {

    public static final int V2_DAY_LIMIT = 60;
    public static final int V1_DAY_LIMIT = 120;

    /** Reads the common parameters; {@code userRequired} for the user reports. */
    public static ReportParams read(Context ctx, int dayLimit, boolean userRequired) {
        return read(ctx, dayLimit, userRequired, true);
    }

    /**
     * Reads the common parameters; {@code ratingSort} false leaves {@code sortField} to a report that sorts by other
     * fields (the conversation history).
     */
    static ReportParams read(Context ctx, int dayLimit, boolean userRequired, boolean ratingSort) {
        List<FieldError> errors = new ArrayList<>();
        Instant start = instant(ctx, "start", true, errors);
        Instant end = instant(ctx, "end", true, errors);
        Instant previousStart = instant(ctx, "previousStart", false, errors);
        Instant previousEnd = instant(ctx, "previousEnd", false, errors);
        if (start != null && end != null && !end.isAfter(start)) {
            errors.add(FieldError.of("end", "Invalid", "end must be after start"));
        }
        ReportPeriod previous = null;
        if (previousStart != null && previousEnd != null) {
            if (!previousEnd.isAfter(previousStart)) {
                errors.add(FieldError.of("previousEnd", "Invalid", "previousEnd must be after previousStart"));
            }
            previous = new ReportPeriod(previousStart, previousEnd);
        }
        Set<Long> mailboxes = ids(ctx, "mailboxes", errors);
        Set<Long> tags = ids(ctx, "tags", errors);
        Set<ReportFolder> folders = folders(ctx, errors);
        Set<String> types = new LinkedHashSet<>();
        for (String type : list(ctx, "types")) {
            String t = type.toLowerCase(Locale.ROOT);
            if (!t.equals("email") && !t.equals("chat") && !t.equals("phone")) {
                errors.add(FieldError.of("types", "Invalid", "types are email, chat and phone, got '" + type + "'"));
            }
            types.add(t);
        }
        boolean officeHours = bool(ctx, "officeHours", errors);
        ViewBy viewBy = viewBy(ctx, start, end, dayLimit, errors);
        Long user = null;
        String userText = ctx.queryParam("user");
        if (userText != null && !userText.isBlank()) {
            try {
                user = Long.parseLong(userText.trim());
            } catch (NumberFormatException e) {
                errors.add(FieldError.of("user", "Invalid", "user must be a user or team id"));
            }
        } else if (userRequired) {
            errors.add(FieldError.of("user", "Required", "user is required"));
        }
        int page = 1;
        String pageText = ctx.queryParam("page");
        if (pageText != null && !pageText.isBlank()) {
            try {
                page = Integer.parseInt(pageText.trim());
            } catch (NumberFormatException e) {
                page = 0;
            }
            if (page < 1) {
                errors.add(FieldError.of("page", "Invalid", "page must be a whole number from 1"));
            }
        }
        RatingSort sort = ratingSort ? sort(ctx, errors) : RatingSort.MODIFIED_AT;
        boolean ascending = false;
        String order = ctx.queryParam("sortOrder");
        if (order != null && !order.isBlank()) {
            switch (order.trim().toUpperCase(Locale.ROOT)) {
                case "ASC" -> ascending = true;
                case "DESC" -> ascending = false;
                default -> errors.add(FieldError.of("sortOrder", "Invalid", "sortOrder is ASC or DESC"));
            }
        }
        RatingLevel rating = rating(ctx, errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        ReportQuery query = new ReportQuery(new ReportPeriod(start, end), previous,
                new ReportFilter(mailboxes, types, tags, folders), officeHours, viewBy, user);
        return new ReportParams(query, page, sort, ascending, rating);
    }

    /** ISO date-times; without an offset they are UTC, as Help Scout's own examples are. */
    private static Instant instant(Context ctx, String name, boolean required, List<FieldError> errors) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            if (required) {
                errors.add(FieldError.of(name, "Required", name + " is required"));
            }
            return null;
        }
        String t = text.trim();
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                try {
                    return LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException last) {
                    errors.add(FieldError.of(name, "Invalid", name + " must be an ISO 8601 date, like "
                            + "2024-01-01T00:00:00Z"));
                    return null;
                }
            }
        }
    }

    private static List<String> list(Context ctx, String name) {
        String text = ctx.queryParam(name);
        List<String> items = new ArrayList<>();
        if (text == null) {
            return items;
        }
        for (String item : text.split(",")) {
            if (!item.isBlank()) {
                items.add(item.trim());
            }
        }
        return items;
    }

    private static Set<Long> ids(Context ctx, String name, List<FieldError> errors) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String item : list(ctx, name)) {
            try {
                ids.add(Long.parseLong(item));
            } catch (NumberFormatException e) {
                errors.add(FieldError.of(name, "Invalid", name + " is a comma-separated list of ids, got '" + item
                        + "'"));
            }
        }
        return ids;
    }

    /**
     * Folder ids ({@code conversation.Folders}); Mine is the caller's: the user of the 2.0 access token or of the 1.0
     * API key. A folder of another account's mailbox matches nothing, as its mailbox id would.
     */
    private static Set<ReportFolder> folders(Context ctx, List<FieldError> errors) {
        Set<ReportFolder> folders = new LinkedHashSet<>();
        for (long id : ids(ctx, "folders", errors)) {
            ReportFolder.of(id, Requests.principal(ctx).userId()).ifPresentOrElse(folders::add,
                    () -> errors.add(FieldError.of("folders", "Invalid", "no folder has the id " + id)));
        }
        return folders;
    }

    /** {@code true}/{@code false}, and {@code 1}/{@code 0} as PHP and 1.0 send them. */
    private static boolean bool(Context ctx, String name, List<FieldError> errors) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return false;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> {
                errors.add(FieldError.of(name, "Invalid", name + " is true or false"));
                yield false;
            }
        };
    }

    private static ViewBy viewBy(Context ctx, Instant start, Instant end, int dayLimit, List<FieldError> errors) {
        String text = ctx.queryParam("viewBy");
        if (text == null || text.isBlank()) {
            return null;
        }
        ViewBy viewBy;
        try {
            viewBy = ViewBy.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of("viewBy", "Invalid", "viewBy is day, week or month"));
            return null;
        }
        if (start != null && end != null && end.isAfter(start)) {
            long days = new ReportPeriod(start, end).days();
            if (viewBy == ViewBy.DAY && days > dayLimit) {
                errors.add(FieldError.of("viewBy", "Invalid", "viewBy=day needs a period of at most " + dayLimit
                        + " days"));
            } else if (viewBy == ViewBy.WEEK && days > 366) {
                errors.add(FieldError.of("viewBy", "Invalid", "viewBy=week needs a period of at most a year"));
            } else if (viewBy == ViewBy.MONTH && days < 61) {
                errors.add(FieldError.of("viewBy", "Invalid", "viewBy=month needs a period of at least 61 days"));
            }
        }
        return viewBy;
    }

    /** {@code sortField}, or {@code sortFieldRatings} as the PHP SDK sends it. */
    private static RatingSort sort(Context ctx, List<FieldError> errors) {
        String text = ctx.queryParam("sortField");
        if (text == null || text.isBlank()) {
            text = ctx.queryParam("sortFieldRatings");
        }
        if (text == null || text.isBlank()) {
            return RatingSort.MODIFIED_AT;
        }
        return switch (text.trim()) {
            case "number" -> RatingSort.NUMBER;
            case "modifiedAt" -> RatingSort.MODIFIED_AT;
            case "rating" -> RatingSort.RATING;
            default -> {
                errors.add(FieldError.of("sortField", "Invalid", "sortField is number, modifiedAt or rating"));
                yield RatingSort.MODIFIED_AT;
            }
        };
    }

    /** 2.0's {@code great}, {@code ok}, {@code not-good}, {@code all}; 1.0's {@code 1}, {@code 2}, {@code 3}, {@code 0}. */
    private static RatingLevel rating(Context ctx, List<FieldError> errors) {
        String text = ctx.queryParam("rating");
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "all", "0" -> null;
            case "great", "1" -> RatingLevel.GREAT;
            case "ok", "okay", "2" -> RatingLevel.OKAY;
            case "not-good", "not_good", "3" -> RatingLevel.NOT_GOOD;
            default -> {
                errors.add(FieldError.of("rating", "Invalid", "rating is great, ok, not-good or all"));
                yield null;
            }
        };
    }
}
