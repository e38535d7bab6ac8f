package io.frontdesk.conversation;

import io.frontdesk.mailbox.Mailbox;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/**
 * The RFC 822 source of an email thread (Help Scout's "original source"). Frontdesk keeps no received MIME, so the
 * message is written from what the thread stores, as the reference advises: its Message-ID, date, addresses, the
 * conversation's subject and the body (HTML, base64 so any text and line length survive). Header values are single
 * lines: a line break in a stored name or subject cannot start a header of its own.
 */
final class OriginalSource {

    private static final DateTimeFormatter DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private OriginalSource() {
    }

    /** Whether the thread is an email with a source: a published customer or reply thread of an email conversation. */
    static boolean hasSource(Conversation conversation, ConversationThread thread) {
        return conversation.type() == ConversationType.EMAIL && thread.type().isMessage()
                && thread.state() != ThreadState.DRAFT;
    }

    static String of(Conversation conversation, ConversationThread thread, Mailbox mailbox) {
        boolean fromCustomer = thread.type() == ThreadType.CUSTOMER;
        String mailboxAddress = address(mailbox.name(), mailbox.email());
        String customer = thread.customer() == null ? null : address(name(thread.customer()),
                thread.customer().email());
        StringBuilder out = new StringBuilder();
        if (thread.messageId() != null) {
            header(out, "Message-ID", "<" + thread.messageId() + ">");
        }
        header(out, "Date", DATE.format(thread.createdAt()));
        header(out, "From", fromCustomer ? customer : mailboxAddress);
        header(out, "To", fromCustomer ? mailboxAddress : String.join(", ", thread.to()));
        if (!thread.cc().isEmpty()) {
            header(out, "Cc", String.join(", ", thread.cc()));
        }
        header(out, "Subject", encoded(conversation.subject()));
        header(out, "MIME-Version", "1.0");
        header(out, "Content-Type", "text/html; charset=UTF-8");
        header(out, "Content-Transfer-Encoding", "base64");
        out.append("\r\n");
        String body = Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(thread.text() == null ? new byte[0] : thread.text().getBytes(StandardCharsets.UTF_8));
        out.append(body).append("\r\n");
        return out.toString();
    }

    private static void header(StringBuilder out, String name, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        out.append(name).append(": ").append(value.replaceAll("[\\r\\n]+", " ")).append("\r\n");
    }

    private static String name(PersonRef person) {
        String name = ((person.firstName() == null ? "" : person.firstName()) + " "
                + (person.lastName() == null ? "" : person.lastName())).trim();
        return name.isEmpty() ? null : name;
    }

    /** {@code "Name" <email>}, the name RFC 2047-encoded when it is not plain ASCII; the bare email without one. */
    private static String address(String name, String email) {
        if (email == null) {
            return null;
        }
        if (name == null || name.isBlank()) {
            return email;
        }
        String quoted = isPrintableAscii(name) ? "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\""
                : encoded(name);
        return quoted + " <" + email + ">";
    }

    private static String encoded(String text) {
        if (text == null || isPrintableAscii(text)) {
            return text;
        }
        return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "?=";
    }

    private static boolean isPrintableAscii(String text) {
        return text.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    }
}
