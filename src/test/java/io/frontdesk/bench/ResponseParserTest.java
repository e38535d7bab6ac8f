package io.frontdesk.bench;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ResponseParserTest {

    private final ResponseParser parser = new ResponseParser();

    @Test
    void a_content_length_response_fed_one_byte_at_a_time_completes_on_its_last_byte() {
        byte[] bytes = ascii("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Type: text/plain\r\n\r\nhello");

        for (int i = 0; i < bytes.length - 1; i++) {
            assertThat(parser.feed(ByteBuffer.wrap(bytes, i, 1))).as("byte %d", i).isFalse();
        }
        assertThat(parser.feed(ByteBuffer.wrap(bytes, bytes.length - 1, 1))).isTrue();
        assertThat(parser.status()).isEqualTo(200);
        assertThat(parser.bodyText()).isEqualTo("hello");
        assertThat(parser.closes()).isFalse();
    }

    @Test
    void a_chunked_body_with_an_extension_and_a_trailer_is_joined() {
        ByteBuffer in = ByteBuffer.wrap(ascii("HTTP/1.1 404 Not Found\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "4;x=y\r\n{\"a\"\r\n3\r\n:1}\r\n0\r\nX-Trailer: 1\r\n\r\n"));

        assertThat(parser.feed(in)).isTrue();
        assertThat(parser.status()).isEqualTo(404);
        assertThat(parser.bodyText()).isEqualTo("{\"a\":1}");
        assertThat(in.hasRemaining()).isFalse();
    }

    @Test
    void a_response_without_a_body_ends_with_its_head_and_leaves_what_follows() {
        ByteBuffer in = ByteBuffer.wrap(ascii("HTTP/1.1 201 Created\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                + "HTTP/1.1"));

        assertThat(parser.feed(in)).isTrue();
        assertThat(parser.status()).isEqualTo(201);
        assertThat(parser.closes()).isTrue();
        assertThat(in.remaining()).isEqualTo(8);
    }

    @Test
    void after_a_reset_the_next_response_is_read_afresh() {
        parser.feed(ByteBuffer.wrap(ascii("HTTP/1.1 500 Oops\r\nContent-Length: 4\r\nConnection: close\r\n\r\nfail")));
        parser.reset();

        assertThat(parser.feed(ByteBuffer.wrap(ascii("HTTP/1.1 204 No Content\r\n\r\n")))).isTrue();
        assertThat(parser.status()).isEqualTo(204);
        assertThat(parser.bodyText()).isEmpty();
        assertThat(parser.closes()).isFalse();
    }

    @Test
    void only_the_start_of_a_long_body_is_kept() {
        String body = "x".repeat(10_000);
        ByteBuffer in = ByteBuffer.wrap(ascii("HTTP/1.1 400 Bad\r\nContent-Length: 10000\r\n\r\n" + body));

        assertThat(parser.feed(in)).isTrue();
        assertThat(parser.bodyText()).hasSize(2048);
        assertThat(in.hasRemaining()).isFalse();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
