package io.frontdesk.report;

/** The {@code field} of a fields drilldown: the conversations of one item of the conversations report's lists. */
public enum DrillField {
    /** Conversations with activity in the period that carry the tag now (as the {@code tags} filter; replaces it). */
    TAG,
    /** Conversations with a reply written from the saved reply in the period. */
    SAVED_REPLY,
    /** Conversations the workflow ran on in the period. */
    WORKFLOW,
    /** Conversations of the customer with activity in the period. */
    CUSTOMER
}
