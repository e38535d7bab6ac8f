package io.frontdesk.chat;

/** The orders of a chat list. Ties break by id, ascending. */
public enum ChatSort {
    CREATED_AT, LAST_CUSTOMER_MESSAGE_AT, LAST_MESSAGE_AT, CLOSED_AT
}
