package io.frontdesk.junit;

import java.time.Duration;

/**
 * A fault rule for {@link AdminClient#addFault}: matching vendor API requests fail ({@code POST /_frontdesk/faults}).
 * Null fields are left out: an absent matcher matches everything.
 *
 * <pre>{@code
 * admin.addFault(Fault.status(503).withPath("/v2/customers*").withAccount(account.id()).withTimes(2));
 * }</pre>
 *
 * @param dialect {@code helpscout-v2}, {@code helpscout-v1} or {@code helpcrunch}
 * @param path    a pattern where {@code *} stands for any characters
 * @param times   the next N matching requests; null for every one
 */
public record Fault(String dialect, String method, String path, Long accountId, Integer status, Long latencyMs,
                    Boolean drop, Integer times, Double probability) {

    /** Answer with this status (400, 401, 403, 404, 405, 408, 409, 412, 413, 415, 429, 500 or 503). */
    public static Fault status(int status) {
        return new Fault(null, null, null, null, status, null, null, null, null);
    }

    /** Hold matching requests this long, then let them go on. */
    public static Fault latency(Duration latency) {
        return new Fault(null, null, null, null, null, latency.toMillis(), null, null, null);
    }

    /** Close the connection without an answer. */
    public static Fault dropConnection() {
        return new Fault(null, null, null, null, null, null, true, null, null);
    }

    public Fault withDialect(String dialect) {
        return new Fault(dialect, method, path, accountId, status, latencyMs, drop, times, probability);
    }

    public Fault withMethod(String method) {
        return new Fault(dialect, method, path, accountId, status, latencyMs, drop, times, probability);
    }

    public Fault withPath(String path) {
        return new Fault(dialect, method, path, accountId, status, latencyMs, drop, times, probability);
    }

    public Fault withAccount(long accountId) {
        return new Fault(dialect, method, path, accountId, status, latencyMs, drop, times, probability);
    }

    public Fault withTimes(int times) {
        return new Fault(dialect, method, path, accountId, status, latencyMs, drop, times, probability);
    }

    public Fault withProbability(double probability) {
        return new Fault(dialect, method, path, accountId, status, latencyMs, drop, times, probability);
    }
}
