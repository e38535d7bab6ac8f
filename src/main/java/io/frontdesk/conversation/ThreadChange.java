package io.frontdesk.conversation;

/** One change of `PATCH /v2/conversations/{id}/threads/{threadId}`. */
public sealed interface ThreadChange {

    /** New text; the first original is kept. */
    record Text(String text) implements ThreadChange {
    }

    /** Hide or show a published customer or reply thread. */
    record Hidden(boolean hidden) implements ThreadChange {
    }
}
