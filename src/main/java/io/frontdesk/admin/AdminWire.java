package io.frontdesk.admin;

import io.frontdesk.mail.OutgoingMessage;
import io.frontdesk.sandbox.CapturedMail;
import io.frontdesk.sandbox.ControlledClock;
import io.frontdesk.sandbox.DeliveryView;
import io.frontdesk.setup.FirstStart;
import io.frontdesk.webhook.Attempt;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The admin API's wire shapes (docs/sandbox.md, "Admin API"); times are ISO-8601 UTC strings. */
final class AdminWire {

    private AdminWire() {
    }

    record AccountOut(long id, UserOut owner, MailboxOut mailbox, CredentialsOut credentials) {
    }

    record UserOut(long id, String email) {
    }

    record MailboxOut(long id, String email) {
    }

    record CredentialsOut(HelpScoutV2 helpscoutV2, ApiKey helpscoutV1, ApiKey helpcrunch) {
    }

    record HelpScoutV2(String clientId, String clientSecret) {
    }

    record ApiKey(String apiKey) {
    }

    static AccountOut account(FirstStart.Result made) {
        return new AccountOut(made.owner().accountId(),
                new UserOut(made.owner().id(), made.owner().email()),
                new MailboxOut(made.mailbox().id(), made.mailbox().email()),
                new CredentialsOut(new HelpScoutV2(made.oauthApp().credential().clientId(), made.oauthApp().secret()),
                        new ApiKey(made.apiKey().secret()), new ApiKey(made.helpcrunchKey().secret())));
    }

    /** @param controllable false when clock-control is off: the clock can be read, not moved */
    record ClockOut(String now, long epochMillis, boolean frozen, boolean controllable) {
    }

    static ClockOut clock(ControlledClock.State state, boolean controllable) {
        return new ClockOut(state.now().toString(), state.now().toEpochMilli(), state.frozen(), controllable);
    }

    record FaultOut(long id, String dialect, String method, String path, Long accountId, Integer status,
                    long latencyMs, boolean drop, Integer remaining, double probability) {
    }

    static FaultOut fault(FaultRule r) {
        return new FaultOut(r.id(), r.dialect(), r.method(), r.path(), r.accountId(),
                r.status() == 0 ? null : r.status(), r.latencyMs(), r.drop(), r.remaining(), r.probability());
    }

    record RequestOut(long sequence, String at, String dialect, String method, String path, String query,
                      Map<String, String> headers, String body, boolean bodyTruncated, int status, double durationMs,
                      Long accountId) {
    }

    static RequestOut request(JournalEntry e) {
        return new RequestOut(e.sequence(), e.at().toString(), e.dialect(), e.method(), e.path(), e.query(),
                e.headers(), e.body(), e.bodyTruncated(), e.status(), e.durationMs(), e.accountId());
    }

    record MailOut(long sequence, String capturedAt, long accountId, long conversationId, Long threadId,
                   Map<String, String> headers, String text, String html) {
    }

    static MailOut mail(CapturedMail.Captured c) {
        OutgoingMessage m = c.message();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("From", m.fromName() == null ? m.fromAddress() : "\"" + m.fromName() + "\" <" + m.fromAddress() + ">");
        headers.put("To", String.join(", ", m.to()));
        if (!m.cc().isEmpty()) {
            headers.put("Cc", String.join(", ", m.cc()));
        }
        if (!m.bcc().isEmpty()) {
            headers.put("Bcc", String.join(", ", m.bcc()));
        }
        headers.put("Subject", m.subject());
        headers.put("Message-ID", "<" + m.messageId() + ">");
        if (m.inReplyTo() != null) {
            headers.put("In-Reply-To", "<" + m.inReplyTo() + ">");
        }
        if (!m.references().isEmpty()) {
            headers.put("References", String.join(" ", m.references().stream().map(r -> "<" + r + ">").toList()));
        }
        return new MailOut(c.sequence(), c.capturedAt().toString(), m.accountId(), m.conversationId(), m.threadId(),
                headers, m.text(), m.html());
    }

    record DeliveryOut(long id, long subscriptionId, String event, String eventType, Long resourceId, String status,
                       int attemptCount, String occurredAt, String deliveredAt, String lastError,
                       List<AttemptOut> attempts) {
    }

    record AttemptOut(String attemptedAt, Integer statusCode, long durationMs, String error) {
    }

    static DeliveryOut delivery(DeliveryView v, List<Attempt> attempts) {
        return new DeliveryOut(v.delivery().id(), v.delivery().subscriptionId(), v.delivery().eventName(),
                v.eventType(), v.resourceId(), v.delivery().status().token(), v.delivery().attempts(),
                text(v.delivery().occurredAt()), text(v.delivery().deliveredAt()), v.delivery().lastError(),
                attempts.stream().map(a -> new AttemptOut(text(a.attemptedAt()), a.statusCode(), a.durationMs(),
                        a.error())).toList());
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    record SnapshotOut(String name, String takenAt, long rows) {
    }

    static SnapshotOut snapshot(io.frontdesk.sandbox.SandboxAccounts.Snapshot s) {
        return new SnapshotOut(s.name(), s.takenAt().toString(), s.copy().rows());
    }

    record Removed(int removed) {
    }

    record Count(long count) {
    }
}
