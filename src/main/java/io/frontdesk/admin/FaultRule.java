package io.frontdesk.admin;

import java.util.regex.Pattern;

/**
 * One fault the sandbox injects into matching API requests. Null matchers match everything.
 *
 * @param dialect     helpscout-v2, helpscout-v1 or helpcrunch
 * @param method      GET, POST, …
 * @param path        a pattern where {@code *} stands for any characters, e.g. {@code /v2/customers*}
 * @param accountId   the authenticated account (requests that fail authentication have none and never match)
 * @param status      the status to answer with the dialect's own error body; 0 means none (latency or drop only)
 * @param latencyMs   added before the request goes on (or before the fault's answer)
 * @param drop        close the connection without an answer
 * @param remaining   how many more matching requests get the fault; null means every one
 * @param probability the chance that a matching request gets it, 0 to 1
 */
record FaultRule(long id, String dialect, String method, String path, Long accountId, int status, long latencyMs,
                 boolean drop, Integer remaining, double probability) {

    boolean matches(String requestDialect, String requestMethod, String requestPath, Long requestAccount) {
        return (dialect == null || dialect.equals(requestDialect))
                && (method == null || method.equalsIgnoreCase(requestMethod))
                && (path == null || glob(path).matcher(requestPath).matches())
                && (accountId == null || accountId.equals(requestAccount));
    }

    FaultRule used() {
        return new FaultRule(id, dialect, method, path, accountId, status, latencyMs, drop,
                remaining == null ? null : remaining - 1, probability);
    }

    static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (String part : pattern.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }
}
