package io.frontdesk.eventlog;

/**
 * What changed in the helpdesk core, whichever dialect (or the command line) made the change. Dialects map these to
 * their own catalogues (Help Scout's {@code convo.status}, HelpCrunch's {@code chat.status_updated}); reports and
 * workflows read them as history. Stored by name: renaming a constant is a migration.
 */
public enum EventType {
    CUSTOMER_CREATED,
    /** Details say which aspects changed ({@link Event#details()} key {@code changed}). */
    CUSTOMER_UPDATED,
    /** Recorded before the customer's rows are removed, so subscribers can render its last state. */
    CUSTOMER_DELETED,
    CONVERSATION_CREATED,
    CONVERSATION_ASSIGNED,
    CONVERSATION_MOVED,
    CONVERSATION_STATUS,
    CONVERSATION_TAGS,
    CONVERSATION_CUSTOM_FIELDS,
    CONVERSATION_MERGED,
    /**
     * A chat rated (HelpCrunch's `PUT /chats/rate`, no thread), or a customer's rating of a reply (Help Scout's
     * ratings: {@link Event#threadId()} names the reply, details {@code ratingId}); details {@code to} carry the level.
     */
    CONVERSATION_RATED,
    /** A snooze set or replaced (either dialect); details {@code to} carry its end, epoch milliseconds. */
    CONVERSATION_SNOOZED,
    /**
     * A snooze ended: its time came (no actor; the queue worker's wake-up), it was removed, or a customer's reply ended
     * it. Recorded after the status change the end makes, if any.
     */
    CONVERSATION_UNSNOOZED,
    /** The conversation's team (a HelpCrunch chat's department) set or cleared; details {@code from}/{@code to}. */
    CONVERSATION_TEAM,
    /** Recorded before the conversation's rows are removed. */
    CONVERSATION_DELETED,
    /**
     * A workflow ran on the conversation (a manual run or an automatic one), after the changes its actions made;
     * details {@code workflowId}. What the reports' workflows list counts; no dialect announces it.
     */
    CONVERSATION_WORKFLOW,
    /** A customer's thread (email, chat message, phone) added to a conversation; {@link Event#threadId()} names it. */
    THREAD_CUSTOMER_CREATED,
    /** A published agent reply (not a draft). */
    THREAD_REPLY_CREATED,
    THREAD_NOTE_CREATED,
    TAG_CREATED,
    TAG_UPDATED,
    TAG_DELETED
}
