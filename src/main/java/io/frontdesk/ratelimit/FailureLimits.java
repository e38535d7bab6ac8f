package io.frontdesk.ratelimit;

/**
 * How many failed authentications a minute are allowed before further attempts are refused for the rest of that
 * minute: per client address (every dialect), and per OAuth client id (the Help Scout 2.0 token endpoint). Zero means
 * no limit.
 */
public record FailureLimits(int perAddress, int perClient) {

    public static final FailureLimits NONE = new FailureLimits(0, 0);

    public FailureLimits {
        if (perAddress < 0 || perClient < 0) {
            throw new IllegalArgumentException("failure limits must not be negative");
        }
    }
}
