package io.frontdesk.conversation;

import java.time.Instant;
import java.util.List;

/**
 * Derives what a conversation shows from its threads, so it stays true however threads are added, edited, hidden
 * or published. Only customer and reply threads count as the conversation's messages:
 * <ul>
 *   <li>preview: the newest published message's text (a draft conversation's newest draft when none is published);</li>
 *   <li>latestReplyFrom: customer or user, by the newest published message;</li>
 *   <li>waitingSince: when the latest run of customer messages began, if the newest message is the customer's;</li>
 *   <li>cc and bcc: those of the newest published message.</li>
 * </ul>
 */
final class ThreadSummaries {

    private ThreadSummaries() {
    }

    /** @param newestFirst every thread of one conversation */
    static ThreadSummary of(List<ConversationThread> newestFirst) {
        List<ConversationThread> messages = newestFirst.stream()
                .filter(t -> t.type().isMessage() && t.state() == ThreadState.PUBLISHED).toList();
        ConversationThread latest = messages.isEmpty() ? null : messages.get(0);
        ConversationThread forPreview = latest != null ? latest : newestFirst.stream()
                .filter(t -> t.type().isMessage() && t.state() == ThreadState.DRAFT).findFirst().orElse(null);
        Instant waiting = null;
        if (latest != null && latest.type() == ThreadType.CUSTOMER) {
            for (ConversationThread message : messages) {
                if (message.type() != ThreadType.CUSTOMER) {
                    break;
                }
                waiting = message.createdAt();
            }
        }
        PersonType from = latest == null ? null
                : latest.type() == ThreadType.CUSTOMER ? PersonType.CUSTOMER : PersonType.USER;
        return new ThreadSummary(newestFirst.size(), forPreview == null ? null : Previews.of(forPreview.text()),
                waiting, from, latest == null ? List.of() : latest.cc(), latest == null ? List.of() : latest.bcc());
    }

    /** The summary of a conversation without threads. */
    static ThreadSummary none() {
        return new ThreadSummary(0, null, null, null, List.of(), List.of());
    }

    /**
     * The summary once {@code added} is written, from the summary before it: the same as {@link #of} over all
     * threads, provided {@code added} sorts newest (no thread created later), which the caller checks.
     */
    static ThreadSummary next(ThreadSummary before, NewThreadRow added) {
        return next(before, added.type(), added.state(), added.text(), added.createdAt(), added.cc(), added.bcc());
    }

    /** {@link #next(ThreadSummary, NewThreadRow)} for a thread not yet a row. */
    static ThreadSummary next(ThreadSummary before, ThreadType type, ThreadState state, String text,
                              Instant createdAt, List<String> cc, List<String> bcc) {
        int count = before.threadCount() + 1;
        boolean message = type.isMessage();
        if (message && state == ThreadState.PUBLISHED) {
            boolean byCustomer = type == ThreadType.CUSTOMER;
            Instant waiting = !byCustomer ? null
                    : before.latestReplyFrom() == PersonType.CUSTOMER ? before.waitingSince() : createdAt;
            return new ThreadSummary(count, Previews.of(text), waiting,
                    byCustomer ? PersonType.CUSTOMER : PersonType.USER, cc, bcc);
        }
        // a draft message shows only while no message is published; a note shows nowhere
        String preview = message && state == ThreadState.DRAFT && before.latestReplyFrom() == null
                ? Previews.of(text) : before.preview();
        return new ThreadSummary(count, preview, before.waitingSince(), before.latestReplyFrom(), before.cc(),
                before.bcc());
    }
}
