package io.frontdesk.conversation;

import java.time.Instant;
import java.util.List;

/** What a conversation shows about its threads, recomputed whenever they change. See {@link ThreadSummaries}. */
public record ThreadSummary(int threadCount, String preview, Instant waitingSince, PersonType latestReplyFrom,
                            List<String> cc, List<String> bcc) {

    public ThreadSummary {
        cc = List.copyOf(cc);
        bcc = List.copyOf(bcc);
    }

    /** The summary a loaded conversation carries. */
    public static ThreadSummary of(Conversation conversation) {
        return new ThreadSummary(conversation.threadCount(), conversation.preview(), conversation.waitingSince(),
                conversation.latestReplyFrom(), conversation.cc(), conversation.bcc());
    }
}
