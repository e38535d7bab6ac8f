package io.frontdesk.platform;

import io.frontdesk.web.BodyLimit;

/** Request bodies the error tests need. */
final class Bodies {

    /**
     * The cap on the test echo routes' bodies: the default {@link BodyLimit}. (Just over it, not far over: a client
     * still sending megabytes when the server answers 413 and closes may see the connection reset instead.)
     */
    static final int MAX_REQUEST_BYTES = (int) BodyLimit.DEFAULT.bytes();

    private Bodies() {
    }

    /** Valid JSON a little larger than the cap, made of short strings so no parser limit trips first. */
    static String jsonLargerThanTheCap() {
        StringBuilder json = new StringBuilder(MAX_REQUEST_BYTES + 2048).append('[');
        String item = "\"" + "x".repeat(998) + "\",";
        while (json.length() <= MAX_REQUEST_BYTES) {
            json.append(item);
        }
        return json.append("1]").toString();
    }
}
