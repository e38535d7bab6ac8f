package io.frontdesk.conversation;

/**
 * The action of a line-item thread: what happened and what it came from (the conversation merged in, or the workflow
 * that ran). Its text is the thread's text.
 */
public record ThreadAction(LineItemKind kind, long sourceId) {
}
