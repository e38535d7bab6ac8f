package io.frontdesk.web;

import io.frontdesk.db.RequestWork;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.SocketChannelEndPoint;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.BufferUtil;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Tells the statement watchdog whether a request's client has left ({@link RequestWork.Client}). Jetty does not read a
 * connection while its request is handled, so a client that closed its socket is noticed only when the answer is
 * written; this looks instead. It tries a non-blocking read of one byte on the request's HTTP/1 connection: the end of
 * the stream means the client closed it, nothing means it is still there waiting.
 *
 * <p>A byte means the client sent its next request before this answer (pipelining), and it cannot be handed back to
 * Jetty: the answer then carries {@code Connection: close}, the connection ends after it, and the client sends its
 * next request again on a new one (RFC 9112 9.3.2). (An answer already committed, a streamed download, cannot take the
 * header: Jetty then reads the rest of that request as a malformed one, answers 400 and closes.) API clients
 * practically never pipeline. It looks only once the request's body has been read to its end
 * ({@link BodyPace#bodyRead}), so it never takes a body's bytes.
 */
final class ClientLink implements RequestWork.Client {

    private enum State { PRESENT, GONE, PIPELINED }

    private final HttpServletRequest servletRequest;
    private volatile State state = State.PRESENT;

    ClientLink(HttpServletRequest servletRequest) {
        this.servletRequest = servletRequest;
    }

    @Override
    public boolean gone() {
        if (state != State.PRESENT) {
            return state == State.GONE;
        }
        Request request = ServletContextRequest.getServletContextRequest(servletRequest);
        if (request == null || !BodyPace.bodyRead(request)
                || request.getConnectionMetaData().getHttpVersion().getVersion() > HttpVersion.HTTP_1_1.getVersion()) {
            return false;
        }
        EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
        if (!(endPoint instanceof SocketChannelEndPoint) || endPoint.isFillInterested()) {
            return false;
        }
        ByteBuffer one = BufferUtil.allocate(1);
        try {
            int read = endPoint.fill(one);
            if (read < 0) {
                state = State.GONE;
            } else if (read > 0) {
                state = State.PIPELINED;
            }
        } catch (IOException e) {
            // reset by the peer: as gone as a close
            state = State.GONE;
        }
        return state == State.GONE;
    }

    /** Whether the client was found to have left. */
    boolean left() {
        return state == State.GONE;
    }

    /** Whether a byte of the client's next request was taken, so that this connection must close after the answer. */
    boolean tookNextRequest() {
        return state == State.PIPELINED;
    }
}
