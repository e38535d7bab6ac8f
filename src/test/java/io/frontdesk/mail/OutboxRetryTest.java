package io.frontdesk.mail;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.frontdesk.Application;
import io.frontdesk.mail.jdbc.JdbcOutbox;
import io.frontdesk.queue.QueueLane;
import io.frontdesk.queue.RetrySchedule;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.LogCapture;
import io.frontdesk.testing.MailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A mail server that is down delays mail, with growing pauses, and finally gives it up; time is the test's clock. */
@ParameterizedClass
@EnumSource(Backend.class)
class OutboxRetryTest {

    @Parameter
    Backend backend;

    private MailServer mail;
    private OutboxFixture fixture;
    private Application app;
    private JdbcOutbox outbox;
    private QueueLane<ClaimedMessage> worker;
    private long account;

    @BeforeEach
    void open() {
        mail = MailServer.start();
        fixture = OutboxFixture.create(backend, mail);
        app = fixture.open();
        outbox = fixture.outbox(app);
        worker = fixture.worker(app, "node-a", 10);
        account = fixture.newAccount(app);
    }

    @AfterEach
    void close() {
        fixture.close();
        mail.close();
    }

    @Test
    void server_down_is_retried_with_backoff_and_the_message_delivered_when_it_is_back() {
        String id = Messages.newMessageId();
        app.database().run(() -> outbox.enqueue(Messages.reply(account, id)));
        mail.pause();
        Instant start = fixture.clock.instant();
        try (LogCapture retries = LogCapture.of(QueueLane.class, LogCapture.at(Level.WARN, "failed"))) {
            assertThat(worker.runOnce()).isEqualTo(1);
            OutboxEntry first = outbox.find(id).orElseThrow();
            assertThat(first.status()).isEqualTo(OutboxEntry.Status.PENDING);
            assertThat(first.attempts()).isEqualTo(1);
            assertThat(first.nextAttemptAt()).isEqualTo(start.plusSeconds(30));
            assertThat(first.lastError()).contains("MailConnectException");
            assertThat(first.claimedBy()).as("the claim is given up with the failure").isNull();

            fixture.clock.advance(Duration.ofSeconds(29));
            assertThat(worker.runOnce()).as("not due yet").isZero();
            fixture.clock.advance(Duration.ofSeconds(1));
            assertThat(worker.runOnce()).isEqualTo(1);
            OutboxEntry second = outbox.find(id).orElseThrow();
            assertThat(second.attempts()).isEqualTo(2);
            assertThat(second.nextAttemptAt()).isEqualTo(start.plusSeconds(30 + 60));
            assertThat(retries.messages()).hasSize(2).allSatisfy(message -> assertThat(message).contains("next at"));
        }

        mail.resume();
        fixture.clock.advance(Duration.ofSeconds(59));
        assertThat(worker.runOnce()).isZero();
        fixture.clock.advance(Duration.ofSeconds(1));
        assertThat(worker.runOnce()).isEqualTo(1);

        assertThat(mail.awaitMessages(3)).hasSize(3);
        assertThat(mail.messageIds()).containsExactly("<" + id + ">");
        OutboxEntry sent = outbox.find(id).orElseThrow();
        assertThat(sent.status()).isEqualTo(OutboxEntry.Status.SENT);
        assertThat(sent.attempts()).isEqualTo(3);
        assertThat(sent.lastError()).isNull();
    }

    @Test
    void message_is_given_up_after_the_last_attempt() {
        String id = Messages.newMessageId();
        app.database().run(() -> outbox.enqueue(Messages.reply(account, id)));
        mail.pause();
        RetrySchedule schedule = RetrySchedule.DEFAULT;

        try (LogCapture log = LogCapture.of(QueueLane.class,
                event -> event.getLevel().isGreaterOrEqual(Level.WARN))) {
            for (int attempt = 1; attempt <= schedule.maxAttempts(); attempt++) {
                assertThat(worker.runOnce()).as("attempt %d", attempt).isEqualTo(1);
                fixture.clock.advance(schedule.delayAfter(attempt));
            }
            assertThat(log.events()).hasSize(schedule.maxAttempts()).last()
                    .satisfies(event -> assertThat(event.getLevel()).isEqualTo(Level.ERROR))
                    .extracting(ILoggingEvent::getFormattedMessage).asString()
                    .contains("given up after " + schedule.maxAttempts() + " attempts");
        }

        OutboxEntry failed = outbox.find(id).orElseThrow();
        assertThat(failed.status()).isEqualTo(OutboxEntry.Status.FAILED);
        assertThat(failed.attempts()).isEqualTo(10);
        assertThat(failed.lastError()).contains("MailConnectException");
        mail.resume();
        fixture.clock.advance(Duration.ofDays(1));
        assertThat(worker.runOnce()).as("a failed message stays failed").isZero();
        assertThat(mail.messages()).isEmpty();
    }

    @Test
    void malformed_address_fails_at_once_and_does_not_hold_up_the_rest() {
        OutgoingMessage broken = Messages.simple(account, "not an address@@", "broken");
        OutgoingMessage fine = Messages.simple(account, "ann@example.test", "fine");
        app.database().run(() -> {
            outbox.enqueue(broken);
            outbox.enqueue(fine);
        });

        try (LogCapture log = LogCapture.of(QueueLane.class, LogCapture.at(Level.WARN, "refused for good"))) {
            assertThat(worker.runOnce()).isEqualTo(2);
            assertThat(log.messages()).singleElement().asString().contains("AddressException");
        }

        OutboxEntry failed = outbox.find(broken.messageId()).orElseThrow();
        assertThat(failed.status()).isEqualTo(OutboxEntry.Status.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).contains("AddressException");
        assertThat(outbox.find(fine.messageId()).orElseThrow().status()).isEqualTo(OutboxEntry.Status.SENT);
        assertThat(mail.awaitMessages(1)).extracting(m -> m.getSubject()).containsExactly("fine");
    }
}
