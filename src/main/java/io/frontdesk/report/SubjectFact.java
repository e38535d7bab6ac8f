package io.frontdesk.report;

/**
 * A fact about something besides the conversation: the tag a {@link FactKind#TAGGED} put on, the saved reply a
 * {@link FactKind#SAVED_REPLY} was written from, the workflow a {@link FactKind#WORKFLOW} ran.
 */
public record SubjectFact(ReportFact fact, long subjectId) {
}
