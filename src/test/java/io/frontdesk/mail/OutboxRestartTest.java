package io.frontdesk.mail;

import io.frontdesk.Application;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.MailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox is in the database, so a restart loses nothing and repeats nothing. */
@ParameterizedClass
@EnumSource(Backend.class)
class OutboxRestartTest {

    @Parameter
    Backend backend;

    private MailServer mail;
    private OutboxFixture fixture;

    @BeforeEach
    void open() {
        mail = MailServer.start();
        fixture = OutboxFixture.create(backend, mail);
    }

    @AfterEach
    void close() {
        fixture.close();
        mail.close();
    }

    @Test
    void message_queued_before_a_stop_is_sent_once_after_the_restart() {
        Application first = fixture.open();
        long account = fixture.newAccount(first);
        OutgoingMessage message = Messages.simple(account, "ann@example.test", "queued before the stop");
        first.database().run(() -> first.outbox().enqueue(message));
        first.close();
        assertThat(mail.messages()).as("no worker ran before the stop").isEmpty();

        Application second = fixture.open();
        second.start();
        assertThat(second.outboxWorker()).hasValueSatisfying(w -> assertThat(w.running()).isTrue());
        assertThat(mail.awaitMessages(1)).hasSize(1);
        awaitSent(second, message);
        second.close();
        assertThat(second.outboxWorker().orElseThrow().running()).as("close stops the worker").isFalse();

        Application third = fixture.open();
        assertThat(third.outboxWorker().orElseThrow().runOnce()).as("nothing left to send").isZero();
        assertThat(mail.messages()).hasSize(1);
        assertThat(mail.messageIds()).containsExactly("<" + message.messageId() + ">");
    }

    private void awaitSent(Application app, OutgoingMessage message) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (fixture.outbox(app).find(message.messageId()).orElseThrow().status() != OutboxEntry.Status.SENT) {
            assertThat(System.currentTimeMillis()).as("marked sent within 10 s").isLessThan(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
