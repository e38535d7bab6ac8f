package io.frontdesk.ratelimit;

import java.util.List;

/** The windows one dialect counts a request against; a request is served only when every window has room. */
public enum RatePolicy {
    HELPSCOUT_V2(List.of(RateWindow.HELPSCOUT_V2)),
    /** A minute for every request and, for writes, the five-second burst window. */
    HELPSCOUT_V1(List.of(RateWindow.HELPSCOUT_V1, RateWindow.HELPSCOUT_V1_BURST)),
    HELPCRUNCH(List.of(RateWindow.HELPCRUNCH));

    private final List<RateWindow> windows;

    RatePolicy(List<RateWindow> windows) {
        this.windows = windows;
    }

    public List<RateWindow> windows() {
        return windows;
    }
}
