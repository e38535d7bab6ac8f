package io.frontdesk.conversation;

import io.frontdesk.Application;
import io.frontdesk.conversation.jdbc.JdbcConversationStore;
import io.frontdesk.conversation.jdbc.JdbcThreadStore;
import io.frontdesk.conversation.jdbc.JdbcUploadStore;
import io.frontdesk.core.Change;
import io.frontdesk.customer.EntryKind;
import io.frontdesk.customer.NewCustomer;
import io.frontdesk.customer.NewEntry;
import io.frontdesk.error.ApiException;
import io.frontdesk.mail.OutgoingMessage;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The outgoing-email hook: published replies and auto-replies are queued, with Message-IDs that thread the
 * conversation; drafts (until published), imported mail, notes and customer threads are not.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class ConversationOutboxTest {

    private static final String EMAIL = "vernon@acme.test";

    @Parameter
    Backend backend;

    Tenant tenant;
    RecordingOutbox outbox;
    ConversationService service;
    String domain;

    @BeforeEach
    void setUp() {
        tenant = backend.tenant();
        Application app = tenant.server().app();
        outbox = new RecordingOutbox();
        service = new ConversationService(new JdbcConversationStore(app.database()),
                new JdbcThreadStore(app.database()), app.customers(), app.tags(), app.mailboxes(), app.accounts(),
                app.mailboxFields()::list, outbox, app.database(), Clock.systemUTC(), app.eventLog(),
                new JdbcUploadStore(app.database()), app.jobs(), (accountId, mailboxId) -> null);
        domain = tenant.mailbox().email().substring(tenant.mailbox().email().indexOf('@') + 1);
    }

    private static NewThread thread(ThreadType type, String text) {
        return new NewThread(type, text, null, null, false, List.of(), List.of(), null, false, null, Change.keep(),
                List.of());
    }

    private static NewThread reply(String text, boolean draft, List<String> cc) {
        return new NewThread(ThreadType.REPLY, text, null, null, draft, cc, List.of("audit@acme.test"), null, false,
                null, Change.keep(), List.of());
    }

    private Conversation create(boolean autoReply, boolean imported, NewThread... newestFirst) {
        CustomerRef customer = new CustomerRef.ByEmail(EMAIL, new NewCustomer(Map.of(),
                List.of(new NewEntry(EntryKind.EMAIL, EMAIL, null)), null, List.of(), List.of()));
        long id = service.create(tenant.accountId(), tenant.owner().id(), new NewConversation("Printer on fire",
                ConversationType.EMAIL, tenant.mailbox().id(), ConversationStatus.ACTIVE, customer,
                List.of(newestFirst), null, null, autoReply, imported, Change.keep(), null, List.of(), List.of()))
                .id();
        return service.get(tenant.accountId(), id, false);
    }

    /** Threads oldest first. */
    private List<ConversationThread> threads(Conversation conversation) {
        List<ConversationThread> oldestFirst = new ArrayList<>(service.get(tenant.accountId(), conversation.id(),
                true).threads());
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    private String messageId(ConversationThread thread) {
        return "thread-" + thread.id() + "." + thread.conversationId() + "@" + domain;
    }

    @Test
    void a_published_reply_is_queued_as_an_answer_to_the_customer_s_message() {
        Conversation conversation = create(false, false, reply("We are on it", false, List.of("boss@acme.test")),
                thread(ThreadType.CUSTOMER, "Help!"));
        List<ConversationThread> threads = threads(conversation);
        ConversationThread question = threads.get(0);
        ConversationThread answer = threads.get(1);
        OutgoingMessage message = outbox.only();
        assertThat(message.accountId()).isEqualTo(tenant.accountId());
        assertThat(message.conversationId()).isEqualTo(conversation.id());
        assertThat(message.threadId()).isEqualTo(answer.id());
        assertThat(message.fromName()).isEqualTo(tenant.mailbox().name());
        assertThat(message.fromAddress()).isEqualTo(tenant.mailbox().email());
        assertThat(message.to()).containsExactly(EMAIL);
        assertThat(message.cc()).containsExactly("boss@acme.test");
        assertThat(message.bcc()).containsExactly("audit@acme.test");
        assertThat(message.subject()).isEqualTo("Re: Printer on fire");
        assertThat(message.text()).isEqualTo("We are on it");
        assertThat(message.messageId()).isEqualTo(messageId(answer));
        assertThat(message.inReplyTo()).isEqualTo(messageId(question));
        assertThat(message.references()).containsExactly(messageId(question));
        assertThat(question.messageId()).isEqualTo(messageId(question));
    }

    @Test
    void the_first_message_of_an_outbound_conversation_keeps_the_subject_and_refers_to_nothing() {
        Conversation conversation = create(false, false, reply("Hello from us", false, List.of()));
        OutgoingMessage message = outbox.only();
        assertThat(message.subject()).isEqualTo("Printer on fire");
        assertThat(message.inReplyTo()).isNull();
        assertThat(message.references()).isEmpty();
        assertThat(message.messageId()).isEqualTo(messageId(threads(conversation).get(0)));
    }

    @Test
    void later_replies_refer_to_every_earlier_message_but_not_to_notes() {
        Conversation conversation = create(false, false, reply("First answer", false, List.of()),
                thread(ThreadType.CUSTOMER, "Question"));
        outbox.clear();
        service.addThread(tenant.accountId(), tenant.owner().id(), conversation.id(),
                thread(ThreadType.NOTE, "Internal"));
        service.addThread(tenant.accountId(), tenant.owner().id(), conversation.id(),
                thread(ThreadType.CUSTOMER, "Follow-up"));
        assertThat(outbox.messages()).isEmpty();
        long second = service.addThread(tenant.accountId(), tenant.owner().id(), conversation.id(),
                reply("Second answer", false, List.of()));
        List<ConversationThread> threads = threads(conversation);
        OutgoingMessage message = outbox.only();
        assertThat(message.threadId()).isEqualTo(second);
        assertThat(message.references()).containsExactly(messageId(threads.get(0)), messageId(threads.get(1)),
                messageId(threads.get(3)));
        assertThat(message.inReplyTo()).isEqualTo(messageId(threads.get(3)));
        assertThat(threads.get(2).messageId()).isNull();
    }

    @Test
    void a_draft_is_sent_when_the_conversation_is_published() {
        Conversation conversation = create(false, false, reply("Draft answer", true, List.of()),
                thread(ThreadType.CUSTOMER, "Question"));
        assertThat(outbox.messages()).isEmpty();
        service.update(tenant.accountId(), tenant.owner().id(), conversation.id(),
                List.of(new ConversationChange.Publish()));
        List<ConversationThread> threads = threads(conversation);
        OutgoingMessage message = outbox.only();
        assertThat(message.text()).isEqualTo("Draft answer");
        assertThat(message.messageId()).isEqualTo(messageId(threads.get(1)));
        assertThat(message.inReplyTo()).isEqualTo(messageId(threads.get(0)));
    }

    @Test
    void a_draft_reply_added_later_is_not_sent() {
        Conversation conversation = create(false, false, thread(ThreadType.CUSTOMER, "Question"));
        service.addThread(tenant.accountId(), tenant.owner().id(), conversation.id(), reply("Draft", true,
                List.of()));
        assertThat(outbox.messages()).isEmpty();
    }

    @Test
    void auto_reply_answers_a_new_customer_message() {
        Conversation conversation = create(true, false, thread(ThreadType.CUSTOMER, "Question"));
        OutgoingMessage message = outbox.only();
        ConversationThread question = threads(conversation).get(0);
        assertThat(message.threadId()).isNull();
        assertThat(message.to()).containsExactly(EMAIL);
        assertThat(message.subject()).isEqualTo("Re: Printer on fire");
        assertThat(message.text()).startsWith("Hello,\n\nWe received your message").endsWith(tenant.mailbox().name());
        assertThat(message.messageId()).isEqualTo("autoreply-" + conversation.id() + "@" + domain);
        assertThat(message.inReplyTo()).isEqualTo(messageId(question));
        assertThat(message.references()).containsExactly(messageId(question));
    }

    @Test
    void auto_reply_needs_a_customer_thread() {
        create(true, false, thread(ThreadType.NOTE, "Only a note"));
        assertThat(outbox.messages()).isEmpty();
    }

    @Test
    void imported_conversations_and_imported_replies_send_nothing() {
        Conversation imported = create(true, true, reply("Old answer", false, List.of()),
                thread(ThreadType.CUSTOMER, "Old question"));
        assertThat(outbox.messages()).isEmpty();
        service.addThread(tenant.accountId(), tenant.owner().id(), imported.id(), reply("Also old", false,
                List.of()));
        assertThat(outbox.messages()).isEmpty();

        Conversation live = create(false, false, thread(ThreadType.CUSTOMER, "New question"));
        service.addThread(tenant.accountId(), tenant.owner().id(), live.id(), new NewThread(ThreadType.REPLY,
                "Imported reply", null, null, false, List.of(), List.of(), null, true, null, Change.keep(),
                List.of()));
        assertThat(outbox.messages()).isEmpty();
    }

    @Test
    void notes_chats_phones_and_customer_threads_send_nothing() {
        Conversation conversation = create(false, false, thread(ThreadType.CUSTOMER, "Question"));
        for (ThreadType type : List.of(ThreadType.NOTE, ThreadType.CHAT, ThreadType.PHONE, ThreadType.CUSTOMER)) {
            service.addThread(tenant.accountId(), tenant.owner().id(), conversation.id(), thread(type, "x"));
        }
        assertThat(outbox.messages()).isEmpty();
    }

    @Test
    void a_reply_to_another_customer_goes_to_that_customer() {
        Conversation conversation = create(false, false, thread(ThreadType.CUSTOMER, "Question"));
        CustomerRef other = new CustomerRef.ByEmail("colleague@acme.test", new NewCustomer(Map.of(),
                List.of(new NewEntry(EntryKind.EMAIL, "colleague@acme.test", null)), null, List.of(), List.of()));
        service.addThread(tenant.accountId(), tenant.owner().id(), conversation.id(), new NewThread(ThreadType.REPLY,
                "To you", other, null, false, List.of(), List.of(), null, false, null, Change.keep(), List.of()));
        assertThat(outbox.only().to()).containsExactly("colleague@acme.test");
    }

    @Test
    void a_refused_reply_queues_nothing() {
        Conversation conversation = create(false, false, thread(ThreadType.CUSTOMER, "Question"));
        service.delete(tenant.accountId(), tenant.owner().id(), conversation.id());
        assertThatThrownBy(() -> service.addThread(tenant.accountId(), tenant.owner().id(), conversation.id(),
                reply("Too late", false, List.of()))).isInstanceOf(ApiException.class);
        assertThat(outbox.messages()).isEmpty();
    }
}
