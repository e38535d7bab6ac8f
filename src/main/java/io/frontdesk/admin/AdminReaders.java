package io.frontdesk.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.ErrorKind;
import io.frontdesk.error.FieldError;
import io.frontdesk.sandbox.NewSandboxAccount;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Validation of the admin API's bodies and parameters, all in one place; a bad value is a 400 that changes nothing. */
final class AdminReaders {

    static final long MAX_LATENCY_MS = 60_000;
    static final long MAX_AWAIT_MS = 60_000;
    private static final Set<String> DIALECTS = Set.of("helpscout-v2", "helpscout-v1", "helpcrunch");
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private AdminReaders() {
    }

    static NewSandboxAccount newAccount(JsonNode body) {
        if (body.isNull()) {
            return new NewSandboxAccount(null, null, null);
        }
        requireObject(body);
        List<FieldError> errors = new ArrayList<>();
        String name = optionalText(body, "name", 1, 255, errors);
        String owner = optionalEmail(body, "ownerEmail", errors);
        String mailbox = optionalEmail(body, "mailboxEmail", errors);
        fail(errors);
        return new NewSandboxAccount(name, owner, mailbox);
    }

    /** POST /snapshots: {"name": "before-import"}; letters, digits, dot, dash and underscore. */
    static String snapshotName(JsonNode body) {
        requireObject(body);
        JsonNode n = body.get("name");
        if (n == null || !n.isTextual() || !n.asText().matches("[A-Za-z0-9._-]{1,100}")) {
            throw ApiException.invalid(FieldError.of("name", "invalid",
                    "must be 1 to 100 letters, digits, dots, dashes or underscores"));
        }
        return n.asText();
    }

    /** PUT /clock: {"now": "2030-01-01T00:00:00Z", "frozen": true}; either may be left out. */
    record ClockChange(Instant now, Boolean frozen) {
    }

    static ClockChange clockChange(JsonNode body) {
        requireObject(body);
        List<FieldError> errors = new ArrayList<>();
        Instant now = null;
        JsonNode n = body.get("now");
        if (n != null && !n.isNull()) {
            if (!n.isTextual()) {
                errors.add(FieldError.of("now", "invalid", "must be an ISO-8601 instant such as 2030-01-01T00:00:00Z"));
            } else {
                try {
                    now = Instant.parse(n.asText());
                } catch (DateTimeParseException e) {
                    errors.add(FieldError.of("now", "invalid",
                            "must be an ISO-8601 instant such as 2030-01-01T00:00:00Z", n.asText()));
                }
            }
        }
        Boolean frozen = null;
        JsonNode f = body.get("frozen");
        if (f != null && !f.isNull()) {
            if (!f.isBoolean()) {
                errors.add(FieldError.of("frozen", "invalid", "must be true or false"));
            } else {
                frozen = f.asBoolean();
            }
        }
        if (errors.isEmpty() && now == null && frozen == null) {
            errors.add(FieldError.of("now", "required", "give now, frozen or both"));
        }
        fail(errors);
        return new ClockChange(now, frozen);
    }

    /** POST /clock/advance: {"seconds": 3600} or {"millis": 500} or {"duration": "PT1H"}. */
    static Duration advance(JsonNode body) {
        requireObject(body);
        List<FieldError> errors = new ArrayList<>();
        Duration total = Duration.ZERO;
        int given = 0;
        for (String field : List.of("seconds", "millis", "duration")) {
            JsonNode v = body.get(field);
            if (v == null || v.isNull()) {
                continue;
            }
            given++;
            if (field.equals("duration")) {
                try {
                    total = Duration.parse(v.asText());
                } catch (DateTimeParseException e) {
                    errors.add(FieldError.of(field, "invalid", "must be an ISO-8601 duration such as PT1H30M",
                            v.asText()));
                }
            } else if (!v.canConvertToLong()) {
                errors.add(FieldError.of(field, "invalid", "must be a whole number"));
            } else {
                total = field.equals("seconds") ? Duration.ofSeconds(v.asLong()) : Duration.ofMillis(v.asLong());
            }
        }
        if (given != 1 && errors.isEmpty()) {
            errors.add(FieldError.of("seconds", "required", "give exactly one of seconds, millis or duration"));
        }
        if (errors.isEmpty() && (total.isNegative() || total.isZero())) {
            errors.add(FieldError.of("seconds", "invalid", "must move the clock forward; PUT /clock sets it back"));
        }
        fail(errors);
        return total;
    }

    static FaultRule fault(JsonNode body) {
        requireObject(body);
        List<FieldError> errors = new ArrayList<>();
        String dialect = optionalText(body, "dialect", 1, 50, errors);
        if (dialect != null && !DIALECTS.contains(dialect)) {
            errors.add(FieldError.of("dialect", "invalid", "must be helpscout-v2, helpscout-v1 or helpcrunch", dialect));
        }
        String method = optionalText(body, "method", 1, 10, errors);
        if (method != null && !METHODS.contains(method.toUpperCase(Locale.ROOT))) {
            errors.add(FieldError.of("method", "invalid", "must be GET, POST, PUT, PATCH or DELETE", method));
        }
        String path = optionalText(body, "path", 1, 1000, errors);
        if (path != null && !path.startsWith("/")) {
            errors.add(FieldError.of("path", "invalid", "must start with / (use * for any characters)", path));
        }
        Long account = optionalLong(body, "accountId", 1, Long.MAX_VALUE, errors);
        Long status = optionalLong(body, "status", 400, 599, errors);
        if (status != null && !faultStatus(status.intValue())) {
            errors.add(FieldError.of("status", "invalid",
                    "must be one of 400, 401, 403, 404, 405, 408, 409, 412, 413, 415, 429, 500, 503", status));
        }
        Long latency = optionalLong(body, "latencyMs", 0, MAX_LATENCY_MS, errors);
        boolean drop = false;
        JsonNode d = body.get("drop");
        if (d != null && !d.isNull()) {
            if (!d.isBoolean()) {
                errors.add(FieldError.of("drop", "invalid", "must be true or false"));
            } else {
                drop = d.asBoolean();
            }
        }
        Long times = optionalLong(body, "times", 1, Integer.MAX_VALUE, errors);
        double probability = 1.0;
        JsonNode p = body.get("probability");
        if (p != null && !p.isNull()) {
            if (!p.isNumber() || p.asDouble() <= 0 || p.asDouble() > 1) {
                errors.add(FieldError.of("probability", "invalid", "must be a number above 0 and at most 1"));
            } else {
                probability = p.asDouble();
            }
        }
        if (errors.isEmpty() && status == null && !drop && (latency == null || latency == 0)) {
            errors.add(FieldError.of("status", "required", "give a status, latencyMs or drop"));
        }
        if (errors.isEmpty() && drop && status != null) {
            errors.add(FieldError.of("drop", "invalid", "a dropped connection has no status"));
        }
        fail(errors);
        return new FaultRule(0, dialect, method == null ? null : method.toUpperCase(Locale.ROOT), path, account,
                status == null ? 0 : status.intValue(), latency == null ? 0 : latency, drop,
                times == null ? null : times.intValue(), probability);
    }

    /** The statuses a fault may answer with: those the neutral error model knows, so each dialect renders them. */
    static boolean faultStatus(int status) {
        return Set.of(400, 401, 403, 404, 405, 408, 409, 412, 413, 415, 429, 500, 503).contains(status);
    }

    static long timeoutMillis(String raw) {
        if (raw == null) {
            return 10_000;
        }
        try {
            long v = Long.parseLong(raw);
            if (v >= 0 && v <= MAX_AWAIT_MS) {
                return v;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal
        }
        throw ApiException.invalid(FieldError.query("timeoutMs", "invalid", "must be 0 to " + MAX_AWAIT_MS, raw));
    }

    static Long queryId(String name, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            long v = Long.parseLong(raw);
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal
        }
        throw ApiException.invalid(FieldError.query(name, "invalid", "must be a positive whole number", raw));
    }

    static int limit(String raw, int max) {
        if (raw == null) {
            return max;
        }
        try {
            int v = Integer.parseInt(raw);
            if (v >= 1 && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal
        }
        throw ApiException.invalid(FieldError.query("limit", "invalid", "must be 1 to " + max, raw));
    }

    static Integer status(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            int v = Integer.parseInt(raw);
            if (v >= 100 && v <= 599) {
                return v;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal
        }
        throw ApiException.invalid(FieldError.query("status", "invalid", "must be an HTTP status", raw));
    }

    private static void requireObject(JsonNode body) {
        if (!body.isObject()) {
            throw new ApiException(ErrorKind.MALFORMED_BODY, "The body must be a JSON object");
        }
    }

    private static String optionalText(JsonNode body, String field, int min, int max, List<FieldError> errors) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank() || v.asText().length() < min || v.asText().length() > max) {
            errors.add(FieldError.of(field, "invalid", "must be text of " + min + " to " + max + " characters"));
            return null;
        }
        return v.asText().trim();
    }

    private static String optionalEmail(JsonNode body, String field, List<FieldError> errors) {
        String v = optionalText(body, field, 3, 254, errors);
        if (v != null && !v.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add(FieldError.of(field, "invalid", "must be an email address", v));
            return null;
        }
        return v;
    }

    private static Long optionalLong(JsonNode body, String field, long min, long max, List<FieldError> errors) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.canConvertToLong() || !v.isIntegralNumber() || v.asLong() < min || v.asLong() > max) {
            errors.add(FieldError.of(field, "invalid", "must be a whole number from " + min + " to " + max));
            return null;
        }
        return v.asLong();
    }

    private static void fail(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }
}
