package io.frontdesk.conversation;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a conversation shows about its threads. */
class ThreadSummariesTest {

    private static final PersonRef CUSTOMER = new PersonRef(1, PersonType.CUSTOMER, null, null, "c@x.test", null);
    private static final PersonRef USER = new PersonRef(2, PersonType.USER, null, null, "u@x.test", null);

    private static ConversationThread thread(long id, ThreadType type, ThreadState state, String text, int minute) {
        return new ConversationThread(id, 9, type, state, null, text, CUSTOMER,
                type == ThreadType.CUSTOMER ? CUSTOMER : USER, null, List.of(), List.of("cc" + id + "@x.test"),
                List.of(), false, null, Instant.parse("2024-01-01T00:00:00Z").plusSeconds(60L * minute), null,
                List.of(), null, null, null, null);
    }

    @Test
    void the_customer_waits_since_the_first_of_their_latest_messages() {
        ThreadSummary summary = ThreadSummaries.of(List.of(
                thread(5, ThreadType.NOTE, ThreadState.PUBLISHED, "note", 5),
                thread(4, ThreadType.CUSTOMER, ThreadState.PUBLISHED, "<p>Second&nbsp;<b>ping</b></p>", 4),
                thread(3, ThreadType.CUSTOMER, ThreadState.PUBLISHED, "first ping", 3),
                thread(2, ThreadType.REPLY, ThreadState.PUBLISHED, "answer", 2),
                thread(1, ThreadType.CUSTOMER, ThreadState.PUBLISHED, "question", 1)));
        assertThat(summary.threadCount()).isEqualTo(5);
        assertThat(summary.preview()).isEqualTo("Second ping");
        assertThat(summary.latestReplyFrom()).isEqualTo(PersonType.CUSTOMER);
        assertThat(summary.waitingSince()).isEqualTo(Instant.parse("2024-01-01T00:03:00Z"));
        assertThat(summary.cc()).containsExactly("cc4@x.test");
    }

    @Test
    void drafts_and_hidden_threads_do_not_count_as_messages() {
        ThreadSummary summary = ThreadSummaries.of(List.of(
                thread(3, ThreadType.REPLY, ThreadState.DRAFT, "draft", 3),
                thread(2, ThreadType.REPLY, ThreadState.HIDDEN, "hidden", 2),
                thread(1, ThreadType.CUSTOMER, ThreadState.PUBLISHED, "question", 1)));
        assertThat(summary.preview()).isEqualTo("question");
        assertThat(summary.waitingSince()).isEqualTo(Instant.parse("2024-01-01T00:01:00Z"));
    }

    @Test
    void a_draft_conversation_previews_its_draft() {
        ThreadSummary summary = ThreadSummaries.of(List.of(thread(1, ThreadType.REPLY, ThreadState.DRAFT, "d", 1)));
        assertThat(summary.preview()).isEqualTo("d");
        assertThat(summary.latestReplyFrom()).isNull();
        assertThat(summary.waitingSince()).isNull();
    }

    /**
     * Adding threads one by one, each the newest, gives the summary a recount of all threads gives: whatever the
     * mix of types and states (seeded, so a failure repeats).
     */
    @Test
    void the_summary_after_a_newest_thread_is_the_summary_of_all_threads() {
        java.util.Random random = new java.util.Random(20261122);
        ThreadType[] types = {ThreadType.CUSTOMER, ThreadType.REPLY, ThreadType.NOTE, ThreadType.CHAT,
                ThreadType.PHONE};
        for (int run = 0; run < 500; run++) {
            List<ConversationThread> newestFirst = new java.util.ArrayList<>();
            ThreadSummary incremental = ThreadSummaries.none();
            int threads = 1 + random.nextInt(12);
            for (int n = 1; n <= threads; n++) {
                ThreadType type = types[random.nextInt(types.length)];
                ThreadState state = type.isMessage() && random.nextInt(4) == 0 ? ThreadState.DRAFT
                        : ThreadState.PUBLISHED;
                ConversationThread added = thread(n, type, state, "text " + n, n);
                newestFirst.add(0, added);
                incremental = ThreadSummaries.next(incremental, new NewThreadRow(1, 9, type, state, null,
                        added.text(), 1L, PersonType.USER, 2L, null, List.of(), added.cc(), added.bcc(), false,
                        added.createdAt()));
                assertThat(incremental).as("run %d after %d threads", run, n)
                        .isEqualTo(ThreadSummaries.of(newestFirst));
            }
        }
    }
}
