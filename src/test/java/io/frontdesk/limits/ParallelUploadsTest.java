package io.frontdesk.limits;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.testing.ChildServer;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.RawHttp;
import io.frontdesk.testing.Response;
import io.frontdesk.web.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sixteen 10 MB attachment uploads at once, to a server with the heap of a small deployment (the child runs with
 * 384 MB): each is either stored (201) or refused at once with 503 and Retry-After in Help Scout's format, never a
 * 500. Without the bound on large bodies held at once, the server ran out of memory and answered 500. The bound is
 * about memory, not the database, so one backend (SQLite) serves.
 */
class ParallelUploadsTest {

    private static final int UPLOADS = 16;

    @TempDir
    Path dataDir;

    private ChildServer node;

    @BeforeEach
    void start() {
        node = ChildServer.start(ChildServer.options("uploads", dataDir));
    }

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void sixteen_parallel_10_mb_uploads_are_stored_or_refused_with_503_never_500() throws Exception {
        Client v2 = node.v2();
        long mailbox = v2.get("/v2/mailboxes").json().at("/_embedded/mailboxes/0/id").asLong();
        Response created = v2.post("/v2/conversations", "{\"subject\":\"Uploads\",\"type\":\"email\",\"mailboxId\":"
                + mailbox + ",\"status\":\"active\",\"customer\":{\"email\":\"u@uploads.test\"},"
                + "\"threads\":[{\"type\":\"customer\",\"text\":\"Files follow\"}]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long conversation = Long.parseLong(created.header("Resource-ID"));
        long thread = v2.get("/v2/conversations/" + conversation + "/threads").json()
                .at("/_embedded/threads/0/id").asLong();
        String path = "/v2/conversations/" + conversation + "/threads/" + thread + "/attachments";
        byte[] body = Bodies.attachment(10 * 1024 * 1024).getBytes(StandardCharsets.UTF_8);

        List<CompletableFuture<String>> uploads = new ArrayList<>();
        for (int i = 0; i < UPLOADS; i++) {
            uploads.add(CompletableFuture.supplyAsync(() -> upload(path, body)));
        }
        int stored = 0;
        for (CompletableFuture<String> upload : uploads) {
            String answer = upload.get(120, TimeUnit.SECONDS);
            if (answer.startsWith("HTTP/1.1 201")) {
                stored++;
                continue;
            }
            assertThat(answer).startsWith("HTTP/1.1 503").contains("application/vnd.error+json")
                    .containsIgnoringCase("Retry-After: 1");
            JsonNode error = Json.MAPPER.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
            assertThat(error.get("message").asText()).contains("too many large request bodies");
        }
        assertThat(stored).as("uploads stored").isPositive();
        // what each held is given back, also by uploads that fail in their handler: the budget takes one at a time
        byte[] invalid = new String(body, StandardCharsets.UTF_8).replace("\"}", "!\"}")
                .getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 3; i++) {
            assertThat(upload(path, invalid)).startsWith("HTTP/1.1 400");
        }
        assertThat(upload(path, body)).startsWith("HTTP/1.1 201");
        assertThat(node.alive()).isTrue();
    }

    /**
     * Uploads with `Expect: 100-continue`, sending the body only when told to: a refusal comes before the body, so the
     * client reads it instead of meeting the connection's close while still sending megabytes.
     */
    private String upload(String path, byte[] body) {
        URI base = URI.create(node.baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + node.token()
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                    + "\r\nExpect: 100-continue\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String head = RawHttp.readHead(in);
            if (RawHttp.status(head) == 100) {
                out.write(body);
                out.flush();
                head = RawHttp.readHead(in);
            }
            return head + new String(in.readNBytes(RawHttp.contentLength(head)), StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
