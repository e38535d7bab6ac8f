package io.frontdesk.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reading an HTTP/1.1 response off a socket, for tests that write their requests byte for byte. */
public final class RawHttp {

    private RawHttp() {
    }

    /** The status line and headers, up to and including the blank line; the body is left in {@code in}. */
    public static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed before the headers ended: " + head);
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    public static int status(String head) {
        return Integer.parseInt(head.substring(9, 12));
    }

    /** The declared body length; 0 when the head declares none. */
    public static int contentLength(String head) {
        int length = 0;
        for (String line : head.split("\r\n")) {
            if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        return length;
    }
}
