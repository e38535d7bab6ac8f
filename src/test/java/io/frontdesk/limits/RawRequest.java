package io.frontdesk.limits;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.testing.RawHttp;
import io.frontdesk.web.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request written byte for byte (bodies that are not UTF-8, headers the JDK client refuses), which may stop before
 * its body is complete: the socket then stays open and silent after {@code sent}. A server that answers anyway proves
 * it decided without reading the rest (a declared length over the limit) or stopped reading at the limit (a chunked
 * body); one that waits for the rest makes {@link #send} fail after its timeout.
 */
final class RawRequest {

    private static final int TIMEOUT_MILLIS = 10_000;

    private RawRequest() {
    }

    /** What came back: the status and the JSON body. */
    record Answer(int status, String head, JsonNode body) {
    }

    /** A whole request with {@code body} as its declared content. */
    static Answer complete(String baseUrl, String method, String path, Map<String, String> headers, byte[] body) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Content-Length", Integer.toString(body.length));
        return send(baseUrl, method, path, all, body);
    }

    /**
     * A request that declares {@code body} and, as curl does for large bodies, asks to be told to continue before
     * sending it. A refusal by declared length comes back before the body is sent: a client that sends it anyway can
     * meet the server's close as a reset (or a broken pipe) before it reads the answer, which is no test of the answer.
     */
    static Answer declaring(String baseUrl, String method, String path, Map<String, String> headers, byte[] body) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Content-Length", Integer.toString(body.length));
        all.put("Expect", "100-continue");
        return send(baseUrl, method, path, all, new byte[0]);
    }

    static Answer send(String baseUrl, String method, String path, Map<String, String> headers, byte[] sent) {
        URI base = URI.create(baseUrl);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            OutputStream out = socket.getOutputStream();
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(sent);
            out.flush();
            return read(socket.getInputStream());
        } catch (SocketTimeoutException e) {
            throw new AssertionError("no answer within " + TIMEOUT_MILLIS + " ms: the server waited for the body");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The status line and headers, then exactly Content-Length bytes of body (the server sends one). */
    private static Answer read(InputStream in) throws IOException {
        String head = RawHttp.readHead(in);
        return new Answer(RawHttp.status(head), head, Json.MAPPER.readTree(in.readNBytes(RawHttp.contentLength(head))));
    }
}
