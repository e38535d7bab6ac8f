package io.frontdesk.conversation;

import java.time.Instant;
import java.util.Optional;

/** Files uploaded ahead of the thread that attaches them (Help Scout 1.0), by account and hash. */
public interface UploadStore {

    /** Keeps the file under its hash and answers the upload's id. */
    long insert(long accountId, String hash, NewAttachment file, Instant at);

    /** Removes the upload with this id if it is still there (no thread took it over). */
    void delete(long uploadId);

    /** The upload with this hash, removed in the caller's transaction; empty when there is none. */
    Optional<NewAttachment> take(long accountId, String hash);
}
