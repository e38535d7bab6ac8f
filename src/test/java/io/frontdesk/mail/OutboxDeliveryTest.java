package io.frontdesk.mail;

import io.frontdesk.Application;
import io.frontdesk.mail.jdbc.JdbcOutbox;
import io.frontdesk.queue.QueueLane;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.MailServer;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a queued message looks like when it reaches a real SMTP server, and when nothing reaches it. */
@ParameterizedClass
@EnumSource(Backend.class)
class OutboxDeliveryTest {

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
    void committed_reply_arrives_with_sender_recipients_subject_body_and_threading_headers() throws Exception {
        String id = Messages.newMessageId();
        app.database().run(() -> outbox.enqueue(Messages.reply(account, id)));

        assertThat(worker.runOnce()).isEqualTo(1);

        List<MimeMessage> copies = mail.awaitMessages(3);
        assertThat(copies).hasSize(3);
        assertThat(mail.messagesFor("customer@example.test")).hasSize(1);
        assertThat(mail.messagesFor("colleague@example.test")).hasSize(1);
        assertThat(mail.messagesFor("archive@desk.test")).as("Bcc is delivered").hasSize(1);
        MimeMessage sent = mail.messagesFor("customer@example.test").get(0);
        assertThat(MailServer.header(sent, "From")).isEqualTo("Support Team <support@desk.test>");
        assertThat(MailServer.addresses(sent, "To")).containsExactly("customer@example.test");
        assertThat(MailServer.addresses(sent, "Cc")).containsExactly("colleague@example.test");
        assertThat(MailServer.header(sent, "Bcc")).as("Bcc stays hidden").isNull();
        assertThat(sent.getSubject()).isEqualTo("Re: Where is my order?");
        assertThat(MailServer.text(sent).replace("\r\n", "\n")).isEqualTo("Hello Ann,\n\nit ships today.\n\nBob");
        assertThat(sent.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(MailServer.header(sent, "Message-ID")).isEqualTo("<" + id + ">");
        assertThat(MailServer.header(sent, "In-Reply-To")).isEqualTo("<customer-2@example.test>");
        assertThat(MailServer.header(sent, "References"))
                .isEqualTo("<customer-1@example.test> <agent-1@desk.test> <customer-2@example.test>");
        assertThat(MailServer.header(sent, "Auto-Submitted")).as("a reply is written by a person").isNull();
        assertThat(MailServer.header(sent, "Date")).isNotNull();

        OutboxEntry entry = outbox.find(id).orElseThrow();
        assertThat(entry.status()).isEqualTo(OutboxEntry.Status.SENT);
        assertThat(entry.attempts()).isEqualTo(1);
        assertThat(entry.sentAt()).isEqualTo(fixture.clock.instant());
        assertThat(entry.claimedBy()).isEqualTo("node-a");
        assertThat(entry.claimedUntil()).isNull();
        assertThat(worker.runOnce()).as("sent once, never again").isZero();
    }

    @Test
    void auto_reply_is_marked_automatic_and_carries_an_html_alternative() throws Exception {
        String id = Messages.newMessageId();
        app.database().run(() -> outbox.enqueue(Messages.autoReply(account, id)));

        worker.runOnce();

        MimeMessage sent = mail.awaitMessages(1).get(0);
        assertThat(MailServer.header(sent, "Auto-Submitted")).isEqualTo("auto-replied");
        assertThat(MailServer.header(sent, "From")).isEqualTo("Support <support@desk.test>");
        assertThat(sent.getContentType()).startsWith("multipart/alternative");
        assertThat(MailServer.text(sent)).isEqualTo("We got your message.");
        assertThat(MailServer.html(sent)).isEqualTo("<p>We got your <b>message</b>.</p>");
        assertThat(MailServer.header(sent, "In-Reply-To")).isEqualTo("<customer-first@example.test>");
        assertThat(MailServer.header(sent, "References")).isEqualTo("<customer-first@example.test>");
    }

    @Test
    void non_ascii_names_subjects_and_bodies_survive_the_trip() throws Exception {
        OutgoingMessage message = new OutgoingMessage(account, 5, 6L, "Müller & Søn", "support@desk.test",
                List.of("kunde@example.test"), List.of(), List.of(), "Re: Größe – ✓", "Grüße, Jürgen 🎉", null,
                Messages.newMessageId(), null, List.of());
        app.database().run(() -> outbox.enqueue(message));

        worker.runOnce();

        MimeMessage sent = mail.awaitMessages(1).get(0);
        assertThat(sent.getSubject()).isEqualTo("Re: Größe – ✓");
        assertThat(((InternetAddress) sent.getFrom()[0]).getPersonal()).isEqualTo("Müller & Søn");
        assertThat(MailServer.text(sent)).isEqualTo("Grüße, Jürgen 🎉");
        assertThat(MailServer.header(sent, "In-Reply-To")).as("first message of a conversation").isNull();
        assertThat(MailServer.header(sent, "References")).isNull();
    }

    @Test
    void rolled_back_transaction_sends_nothing() {
        String id = Messages.newMessageId();

        assertThatThrownBy(() -> app.database().run(() -> {
            outbox.enqueue(Messages.reply(account, id));
            throw new IllegalStateException("the reply was refused after all");
        })).hasMessageContaining("refused");

        assertThat(worker.runOnce()).isZero();
        assertThat(outbox.find(id)).isEmpty();
        assertThat(mail.messages()).isEmpty();
    }

    @Test
    void enqueue_with_a_known_message_id_is_a_no_op() {
        String id = Messages.newMessageId();
        OutgoingMessage first = Messages.reply(account, id);
        OutgoingMessage again = new OutgoingMessage(account, 41, 7L, "Support Team", "support@desk.test",
                List.of("customer@example.test"), List.of(), List.of(), "Changed subject", "Changed", null, id, null,
                List.of());

        app.database().run(() -> outbox.enqueue(first));
        app.database().run(() -> outbox.enqueue(again));
        worker.runOnce();
        app.database().run(() -> outbox.enqueue(again));

        assertThat(worker.runOnce()).isZero();
        assertThat(outbox.list(account)).hasSize(1);
        assertThat(mail.awaitMessages(3)).hasSize(3)
                .allSatisfy(m -> assertThat(m.getSubject()).isEqualTo("Re: Where is my order?"));
        assertThat(mail.messageIds()).containsExactly("<" + id + ">");
    }

    @Test
    void messages_go_out_in_the_order_they_were_queued() {
        List<OutgoingMessage> queued = List.of(Messages.simple(account, "a@example.test", "first"),
                Messages.simple(account, "a@example.test", "second"),
                Messages.simple(account, "a@example.test", "third"));
        app.database().run(() -> queued.forEach(outbox::enqueue));

        assertThat(worker.runOnce()).isEqualTo(3);

        assertThat(mail.awaitMessages(3)).extracting(m -> m.getSubject())
                .containsExactly("first", "second", "third");
    }

    @Test
    void message_without_recipient_or_with_a_header_break_is_refused_at_enqueue() {
        OutgoingMessage noRecipient = new OutgoingMessage(account, 1, 1L, "S", "s@desk.test", List.of(), List.of(),
                List.of(), "x", "x", null, Messages.newMessageId(), null, List.of());
        OutgoingMessage injected = new OutgoingMessage(account, 1, 1L, "S", "s@desk.test",
                List.of("a@example.test\nBcc: victim@example.test"), List.of(), List.of(), "x", "x", null,
                Messages.newMessageId(), null, List.of());
        OutgoingMessage bracketed = new OutgoingMessage(account, 1, 1L, "S", "s@desk.test",
                List.of("a@example.test"), List.of(), List.of(), "x", "x", null, "<id@desk.test>", null, List.of());

        assertThatThrownBy(() -> outbox.enqueue(noRecipient)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> outbox.enqueue(injected)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> outbox.enqueue(bracketed)).isInstanceOf(IllegalArgumentException.class);
        assertThat(outbox.list(account)).isEmpty();
    }
}
