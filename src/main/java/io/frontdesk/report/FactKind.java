package io.frontdesk.report;

/** What a {@link ReportFact} records. Stored by name: renaming a constant is a migration. */
public enum FactKind {
    /** A conversation created; {@code at} is its creation time (an import's own date). */
    CREATED,
    /** A customer's thread (email, chat message, phone call) published. */
    CUSTOMER_MESSAGE,
    /** A user's reply published; {@code since} is when the customer began waiting, null when nobody waited. */
    REPLY,
    /** The status became closed; {@code since} is the conversation's creation, {@code replies} the replies so far. */
    CLOSED,
    /** A closed conversation made active or pending again. */
    REOPENED,
    /** A customer rated a reply; {@code threadId}/{@code userId} name the reply and its author. */
    RATED,
    /** A tag put on the conversation (at its creation or later); the tag is the {@link SubjectFact}'s subject. */
    TAGGED,
    /** A reply written from a saved reply, the {@link SubjectFact}'s subject; {@code userId} is the reply's author. */
    SAVED_REPLY,
    /** A workflow ran on the conversation, the {@link SubjectFact}'s subject; {@code userId} is who it ran as. */
    WORKFLOW
}
