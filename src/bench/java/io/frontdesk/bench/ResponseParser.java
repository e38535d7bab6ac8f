package io.frontdesk.bench;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads one HTTP/1.1 response at a time from whatever bytes arrive, in any split: the head, then a body framed by
 * Content-Length or by chunks. It keeps the status, and the start of the body for error messages only.
 */
final class ResponseParser {

    /** Enough of a body to say why an answer was unexpected. */
    private static final int KEPT_BODY = 2048;

    private enum State { HEAD, BODY, CHUNK_SIZE, CHUNK_DATA, CHUNK_END, TRAILER, DONE }

    private State state = State.HEAD;
    private byte[] line = new byte[512];
    private int lineLength;
    private final byte[] body = new byte[KEPT_BODY];
    private int bodyLength;
    private long remaining;
    private int status;
    private boolean close;

    /** Forgets the last response; the next bytes start a new one. */
    void reset() {
        state = State.HEAD;
        lineLength = 0;
        bodyLength = 0;
        remaining = 0;
        status = 0;
        close = false;
    }

    /**
     * Consumes bytes of {@code in} up to the end of the current response.
     *
     * @return true when the response is complete (bytes after it stay in {@code in})
     */
    boolean feed(ByteBuffer in) {
        while (in.hasRemaining() && state != State.DONE) {
            switch (state) {
                case HEAD -> head(in);
                case BODY -> {
                    body(in);
                    if (remaining == 0) {
                        state = State.DONE;
                    }
                }
                case CHUNK_SIZE -> chunkSize(in);
                case CHUNK_DATA -> {
                    body(in);
                    if (remaining == 0) {
                        state = State.CHUNK_END;
                    }
                }
                case CHUNK_END -> {
                    if (readLine(in)) {
                        lineText();
                        state = State.CHUNK_SIZE;
                    }
                }
                case TRAILER -> {
                    if (readLine(in) && lineText().isEmpty()) {
                        state = State.DONE;
                    }
                }
                default -> throw new IllegalStateException(state.name());
            }
        }
        return state == State.DONE;
    }

    int status() {
        return status;
    }

    /** Whether the server said it closes the connection after this response. */
    boolean closes() {
        return close;
    }

    String bodyText() {
        return new String(body, 0, bodyLength, StandardCharsets.UTF_8);
    }

    /** Head lines one at a time: the status line, headers, and the empty line that ends them. */
    private void head(ByteBuffer in) {
        if (!readLine(in)) {
            return;
        }
        String text = lineText();
        if (status == 0) {
            if (text.length() < 12 || !text.startsWith("HTTP/1.")) {
                throw new IllegalStateException("not an HTTP response: " + text);
            }
            status = Integer.parseInt(text.substring(9, 12));
            remaining = 0;
            return;
        }
        if (text.isEmpty()) {
            state = remaining == -1 ? State.CHUNK_SIZE : remaining > 0 ? State.BODY : State.DONE;
            return;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("content-length:")) {
            remaining = Long.parseLong(lower.substring(15).trim());
        } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
            remaining = -1;
        } else if (lower.startsWith("connection:") && lower.contains("close")) {
            close = true;
        }
    }

    private void chunkSize(ByteBuffer in) {
        if (!readLine(in)) {
            return;
        }
        String text = lineText();
        int extension = text.indexOf(';');
        remaining = Long.parseLong((extension < 0 ? text : text.substring(0, extension)).trim(), 16);
        state = remaining == 0 ? State.TRAILER : State.CHUNK_DATA;
    }

    private void body(ByteBuffer in) {
        int n = (int) Math.min(remaining, in.remaining());
        int keep = Math.min(n, KEPT_BODY - bodyLength);
        in.get(body, bodyLength, keep);
        bodyLength += keep;
        in.position(in.position() + (n - keep));
        remaining -= n;
    }

    /** Adds bytes to the current line; true once it ends (its CR LF is consumed and not kept). */
    private boolean readLine(ByteBuffer in) {
        while (in.hasRemaining()) {
            byte b = in.get();
            if (b == '\n') {
                if (lineLength > 0 && line[lineLength - 1] == '\r') {
                    lineLength--;
                }
                return true;
            }
            if (lineLength == line.length) {
                line = Arrays.copyOf(line, line.length * 2);
            }
            line[lineLength++] = b;
        }
        return false;
    }

    /** The line just ended, which the next line then replaces. */
    private String lineText() {
        String text = new String(line, 0, lineLength, StandardCharsets.ISO_8859_1);
        lineLength = 0;
        return text;
    }
}
