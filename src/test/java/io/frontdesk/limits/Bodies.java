package io.frontdesk.limits;

import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;

/** Request bodies of exact sizes and shapes for the limit tests. */
final class Bodies {

    private Bodies() {
    }

    /** {@code json} (an object, ASCII) with a `pad` member first, so that the whole is exactly {@code size} bytes. */
    static String padded(String json, int size) {
        String head = "{\"pad\":\"";
        String tail = "\"," + json.substring(1);
        int pad = size - head.length() - tail.length();
        if (pad < 0 || json.getBytes(StandardCharsets.UTF_8).length != json.length()) {
            throw new IllegalArgumentException("cannot pad to " + size + ": " + json);
        }
        return head + "x".repeat(pad) + tail;
    }

    /** An upload of a file of {@code bytes} random bytes, base64 without line breaks. */
    static String attachment(int bytes) {
        byte[] file = new byte[bytes];
        new Random(bytes).nextBytes(file);
        return "{\"fileName\":\"big.bin\",\"mimeType\":\"application/octet-stream\",\"data\":\""
                + Base64.getEncoder().encodeToString(file) + "\"}";
    }

    /** A conversation with one customer thread; answers its id. */
    static long conversation(Client v2, Tenant tenant) {
        Response created = v2.post("/v2/conversations", "{\"subject\":\"Limits\",\"type\":\"email\",\"mailboxId\":"
                + tenant.mailbox().id() + ",\"status\":\"active\",\"customer\":{\"email\":\"c@limits.test\"},"
                + "\"threads\":[{\"type\":\"customer\",\"text\":\"Hello\"}]}");
        if (created.status() != 201) {
            throw new IllegalStateException("conversation not created: " + created);
        }
        return Long.parseLong(created.header("Resource-ID"));
    }

    /** One HTTP/1.1 chunk holding {@code data}. */
    static byte[] chunk(byte[] data) {
        return concat((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII), data,
                "\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
