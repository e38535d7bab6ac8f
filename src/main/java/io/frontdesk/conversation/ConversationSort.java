package io.frontdesk.conversation;

/** The orders of `GET /v2/conversations` (`sortField`). */
public enum ConversationSort {
    CREATED_AT, CUSTOMER_EMAIL, CUSTOMER_NAME, MAILBOX_ID, MODIFIED_AT, NUMBER, SCORE, STATUS, SUBJECT,
    WAITING_SINCE
}
