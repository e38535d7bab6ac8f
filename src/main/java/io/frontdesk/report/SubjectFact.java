package io.frontdesk.report;

/**
 * A fact about something besides the conversation: the tag a {@link FactKind#TAGGED} put on, the saved reply a
 * {@link FactKind#SAVED_REPLY} was written from.
 */
public record SubjectFact(ReportFact fact, long subjectId) {
}
