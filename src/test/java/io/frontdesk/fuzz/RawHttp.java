package io.frontdesk.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * A minimal HTTP/1.1 client on a plain socket, one connection per request. The JDK client refuses what a fuzzer must
 * send (percent-encoding errors in the query, a `Content-Length` the body does not match, control bytes in headers,
 * chunked bodies of a chosen shape), so requests are written byte for byte here.
 */
final class RawHttp {

    private static final int TIMEOUT_MILLIS = 30_000;

    private RawHttp() {
    }

    /** What to send: the request target is written as given, unvalidated. */
    record Request(String method, String target, Map<String, String> headers, byte[] body, Framing framing) {
    }

    /** How the body is delimited on the wire. */
    enum Framing {
        /** `Content-Length` equal to the body. */
        LENGTH,
        /** `Transfer-Encoding: chunked` in chunks of varying size. */
        CHUNKED,
        /** `Content-Length` ten bytes longer than the body, then end of input: a client that hung up mid-body. */
        SHORT
    }

    record Response(int status, Map<String, String> headers, byte[] body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    static Response send(int port, Request request) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            try {
                write(out, request);
                if (request.framing() == Framing.SHORT) {
                    socket.shutdownOutput();
                }
            } catch (IOException e) {
                // the server may answer and close before reading the whole body (a refused large body): read on
            }
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("request failed: " + request.method() + " " + request.target(), e);
        }
    }

    private static void write(OutputStream out, Request request) throws IOException {
        StringBuilder head = new StringBuilder();
        head.append(request.method()).append(' ').append(request.target()).append(" HTTP/1.1\r\n");
        head.append("Host: 127.0.0.1\r\n");
        head.append("Connection: close\r\n");
        request.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        byte[] body = request.body();
        if (body != null) {
            switch (request.framing()) {
                case LENGTH -> head.append("Content-Length: ").append(body.length).append("\r\n");
                case SHORT -> head.append("Content-Length: ").append(body.length + 10).append("\r\n");
                case CHUNKED -> head.append("Transfer-Encoding: chunked\r\n");
            }
        }
        head.append("\r\n");
        // headers may carry any byte the fuzzer chose: Latin-1 writes each char as the byte of the same value
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (body != null && request.framing() == Framing.CHUNKED) {
            int chunk = 1;
            for (int offset = 0; offset < body.length; ) {
                int size = Math.min(chunk, body.length - offset);
                out.write((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body, offset, size);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                offset += size;
                chunk = Math.min(chunk * 7 + 3, 64 * 1024);
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        } else if (body != null) {
            out.write(body);
        }
        out.flush();
    }

    private static Response read(InputStream in) throws IOException {
        String statusLine = line(in);
        if (statusLine == null || !statusLine.startsWith("HTTP/1.1 ")) {
            throw new IOException("no HTTP response, got: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.merge(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim(),
                    (a, b) -> a + ", " + b);
        }
        byte[] body;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = chunked(in);
        } else if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else {
            body = in.readAllBytes();
        }
        if ("gzip".equalsIgnoreCase(headers.get("content-encoding"))) {
            try (InputStream gzip = new GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
                body = gzip.readAllBytes();
            }
        }
        return new Response(status, headers, body);
    }

    private static byte[] chunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = line(in);
            int length = Integer.parseInt(size.split(";", 2)[0].trim(), 16);
            if (length == 0) {
                while (!line(in).isEmpty()) {
                    // trailers: none expected, skipped
                }
                return body.toByteArray();
            }
            body.write(in.readNBytes(length));
            line(in);
        }
    }

    /** One CRLF-terminated line as Latin-1, or null at end of input. */
    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            line.append((char) b);
        }
        return line.length() == 0 ? null : line.toString();
    }
}
