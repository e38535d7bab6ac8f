package io.frontdesk.webhook.http;

import io.frontdesk.webhook.AddressPolicy;
import io.frontdesk.webhook.Receiver;
import io.frontdesk.webhook.SendResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The sender connects to checked addresses only, keeps 1 KB of an answer and bounds what it sends. */
class PinnedHttpSenderTest {

    private Receiver receiver;

    @BeforeEach
    void start() {
        receiver = Receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void the_connection_goes_to_a_checked_address_not_to_a_second_resolution_and_the_next_one_on_refusal() {
        int port = URI.create(receiver.url("/")).getPort();
        // 127.0.0.2 refuses (the receiver listens on 127.0.0.1 only); the name itself would not resolve at all
        AddressPolicy policy = new AddressPolicy(true, host -> new InetAddress[] {
                InetAddress.getByName("127.0.0.2"), InetAddress.getByName("127.0.0.1")});
        PinnedHttpSender sender = new PinnedHttpSender(policy, Duration.ofSeconds(2), Duration.ofSeconds(5));

        SendResult result = sender.post(URI.create("http://hooks.invalid:" + port + "/pinned?x=1"),
                Map.of("X-Test", "yes"), "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(result.statusCode()).as("%s", result).isEqualTo(200);
        Receiver.Request request = receiver.await("/pinned?x=1", 1).get(0);
        assertThat(request.header("Host")).isEqualTo("hooks.invalid:" + port);
        assertThat(request.header("X-Test")).isEqualTo("yes");
    }

    @Test
    void only_the_first_kilobyte_of_an_answer_is_kept() {
        receiver.answerBody("x".repeat(5000));
        PinnedHttpSender sender = new PinnedHttpSender(new AddressPolicy(true), Duration.ofSeconds(2),
                Duration.ofSeconds(5));

        SendResult result = sender.post(URI.create(receiver.url("/big")), Map.of(), new byte[0]);

        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.excerpt()).hasSize(1024);
    }

    @Test
    void a_body_over_a_megabyte_is_not_sent_and_private_addresses_are_refused_before_connecting() {
        PinnedHttpSender open = new PinnedHttpSender(new AddressPolicy(true), Duration.ofSeconds(2),
                Duration.ofSeconds(5));
        PinnedHttpSender strict = new PinnedHttpSender(new AddressPolicy(false), Duration.ofSeconds(2),
                Duration.ofSeconds(5));

        SendResult large = open.post(URI.create(receiver.url("/large")), Map.of(),
                new byte[PinnedHttpSender.MAX_REQUEST_BYTES + 1]);
        SendResult refused = strict.post(URI.create(receiver.url("/private")), Map.of(), new byte[0]);

        assertThat(large.success()).isFalse();
        assertThat(large.error()).contains("request body over");
        assertThat(refused.error()).startsWith("refused: host 127.0.0.1 resolves to 127.0.0.1");
        assertThat(receiver.requests()).isEmpty();
    }
}
