package io.frontdesk.conversation;

/** A thread as {@link ThreadWriter} wrote it: the row, and the id and Message-ID it was given. */
record WrittenThread(long id, String messageId, NewThreadRow row) {

    ThreadHead head() {
        return new ThreadHead(id, row.type(), row.state(), messageId, row.createdAt());
    }

    /** The email of this thread, when it is a published reply; the recipient is its first `to`, if any. */
    ReplyMail mail() {
        return new ReplyMail(id, row.text(), row.cc(), row.bcc(), messageId,
                row.to().isEmpty() ? null : row.to().get(0));
    }
}
