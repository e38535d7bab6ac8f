package io.frontdesk.web;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.io.IOException;
import java.io.Serial;

/**
 * Bounds the time a request body may take, and reads what a handler left unread without holding a thread.
 *
 * <p>A body must keep a minimum pace: once its grace has passed (counted from the first time anyone asks for it),
 * the bytes received must keep up with {@code minBytesPerSecond}. The check runs whenever a reader finds nothing to
 * read, so a client trickling a byte a second is refused at the next byte after its allowance; the reader then gets
 * {@link TooSlow}, which {@link BodyLimit} answers with 408. A client that stops sending altogether meets Jetty's idle
 * timeout, which also ends in 408.
 *
 * <p>A body the handler did not need (a GET sent one, a request refused before its body was read, such as a 401) is
 * read to its end after the answer has been written, by demand callbacks rather than a waiting thread: five slow
 * unauthenticated senders once held five of the readers' threads in a blocking drain, and every other client waited.
 * Reading it keeps the connection usable (a client still sending when the server closed would meet a reset); more
 * than {@link #DRAIN_LIMIT} bytes, a 413, or a body that falls below the pace is not read, and the connection closes.
 */
final class BodyPace extends Handler.Wrapper {

    /** The most of an unneeded body read to keep its connection: the default route limit. */
    static final long DRAIN_LIMIT = BodyLimit.DEFAULT.bytes();

    private final long minBytesPerSecond;
    private final long graceNanos;

    BodyPace(long minBytesPerSecond, long graceMillis, Handler handler) {
        super(handler);
        this.minBytesPerSecond = minBytesPerSecond;
        this.graceNanos = graceMillis * 1_000_000L;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        // Most requests (every read) carry no body: they pass untouched.
        if (request.getLength() == 0 || request.getLength() < 0
                && !request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING)) {
            return super.handle(request, response, callback);
        }
        Paced paced = new Paced(request, response);
        return super.handle(paced, response, new Drain(paced, callback));
    }

    /**
     * Whether the request's body has been read to its end, or it has none: Jetty then reads nothing more from the
     * connection until the answer is complete, so {@link ClientLink} may look at it.
     */
    static boolean bodyRead(Request request) {
        Paced paced = Request.as(request, Paced.class);
        return paced == null || paced.ended;
    }

    /** The failure a reader gets when the body fell below the minimum pace. */
    static final class TooSlow extends IOException {

        @Serial
        private static final long serialVersionUID = 1L;

        TooSlow() {
            super("request body arrived below the minimum data rate", null);
        }
    }

    /** The request as handlers see it: every read counts its bytes and checks the pace. */
    private final class Paced extends Request.Wrapper {

        private final Response response;
        private long firstAsked;
        private long received;
        private volatile Content.Chunk failure;
        private volatile boolean ended;

        Paced(Request request, Response response) {
            super(request);
            this.response = response;
        }

        @Override
        public Content.Chunk read() {
            Content.Chunk refused = failure;
            if (refused != null) {
                return refused;
            }
            started();
            Content.Chunk chunk = super.read();
            if (chunk != null) {
                received += chunk.remaining();
                ended = chunk.isLast() && !Content.Chunk.isFailure(chunk);
                return chunk;
            }
            return tooSlow() ? failure : null;
        }

        @Override
        public void demand(Runnable demandCallback) {
            started();
            if (failure != null || tooSlow()) {
                // the reader comes back at once and reads the failure
                demandCallback.run();
                return;
            }
            super.demand(demandCallback);
        }

        /**
         * Called by the servlet layer as it completes an answer that is not yet committed: instead of giving up on the
         * connection (Jetty reads only what has already arrived), {@link Drain} reads the rest after the answer.
         */
        @Override
        public boolean consumeAvailable() {
            return willDrain() || super.consumeAvailable();
        }

        /**
         * Whether to read the rest: not after a 413 or a refusal for pace, not past {@link #DRAIN_LIMIT}, and not a
         * body that the client offered to send only when told to (`Expect: 100-continue`) and was never asked for.
         */
        boolean willDrain() {
            return failure == null && response.getStatus() != 413
                    && (getLength() < 0 || getLength() - received <= DRAIN_LIMIT)
                    && !(received == 0 && getHeaders().contains(HttpHeader.EXPECT, "100-continue"));
        }

        private void started() {
            if (firstAsked == 0) {
                firstAsked = System.nanoTime() | 1;
            }
        }

        private boolean tooSlow() {
            if (minBytesPerSecond <= 0) {
                return false;
            }
            long late = System.nanoTime() - firstAsked - graceNanos;
            if (late <= 0 || received >= late / 1_000_000L * minBytesPerSecond / 1000L) {
                return false;
            }
            failure = Content.Chunk.from(new TooSlow(), true);
            return true;
        }
    }

    /** The handler's callback, run only once the unneeded rest of the body is read (or given up). */
    private static final class Drain implements Callback, Runnable {

        private final Paced request;
        private final Callback callback;
        private long drained;

        Drain(Paced request, Callback callback) {
            this.request = request;
            this.callback = callback;
        }

        @Override
        public void succeeded() {
            if (request.willDrain()) {
                run();
            } else {
                callback.succeeded();
            }
        }

        @Override
        public void failed(Throwable x) {
            callback.failed(x);
        }

        /** Reads what has arrived; asks to be called again when more does, never waiting on a thread. */
        @Override
        public void run() {
            while (true) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                drained += chunk.remaining();
                boolean done = chunk.isLast() || Content.Chunk.isFailure(chunk) || drained > DRAIN_LIMIT;
                chunk.release();
                if (done) {
                    // Jetty closes the connection after the answer if the body did not end.
                    callback.succeeded();
                    return;
                }
            }
        }

        @Override
        public InvocationType getInvocationType() {
            return callback.getInvocationType();
        }
    }
}
