package io.frontdesk.conversation;

import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import io.frontdesk.jobs.ClaimedJob;
import io.frontdesk.jobs.JobKind;
import io.frontdesk.jobs.JobQueue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Files uploaded before their thread (Help Scout 1.0): kept under a hash, and swapped for the file when a thread names
 * the hash, in the thread's transaction, so a rejected thread leaves the upload in place.
 */
final class Uploads {

    /**
     * How long an upload waits for a thread to name it before it is deleted. Help Scout only says unattached uploads
     * "may expire"; a client uploads right before the thread that names it, and a day leaves room for an import that
     * uploads a batch first, without keeping forgotten files (up to 10 MB each) for ever.
     */
    static final Duration LIFETIME = Duration.ofHours(24);

    private final UploadStore store;
    private final JobQueue jobs;
    private final Clock clock;

    Uploads(UploadStore store, JobQueue jobs, Clock clock) {
        this.store = store;
        this.jobs = jobs;
        this.clock = clock;
    }

    /** A SHA-1 over a random id and the file: 40 hex digits like Help Scout's, never guessable from the file alone. */
    String keep(long accountId, NewAttachment file) {
        String hash;
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            UUID nonce = UUID.randomUUID();
            sha1.update(ByteBuffer.allocate(16).putLong(nonce.getMostSignificantBits())
                    .putLong(nonce.getLeastSignificantBits()).array());
            sha1.update(file.fileName().getBytes(StandardCharsets.UTF_8));
            sha1.update(file.data());
            hash = HexFormat.of().formatHex(sha1.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
        }
        Instant now = clock.instant();
        long id = store.insert(accountId, hash, file, now);
        // in the upload's transaction: an upload exists exactly when its expiry does
        jobs.enqueue(JobKind.UPLOAD_EXPIRE, accountId, Long.toString(id), now.plus(LIFETIME));
        return hash;
    }

    /** The {@code UPLOAD_EXPIRE} handler: the upload goes unless a thread took it over already. */
    void expire(ClaimedJob job) {
        store.delete(Long.parseLong(job.payload()));
    }

    NewConversation resolve(long accountId, NewConversation command) {
        if (command.threads().stream().noneMatch(Uploads::namesUpload)) {
            return command;
        }
        List<NewThread> threads = new ArrayList<>();
        for (NewThread thread : command.threads()) {
            threads.add(resolve(accountId, thread));
        }
        return new NewConversation(command.subject(), command.type(), command.mailboxId(), command.status(),
                command.customer(), threads, command.createdAt(), command.closedAt(), command.autoReply(),
                command.imported(), command.assignTo(), command.userId(), command.tags(), command.fields());
    }

    NewThread resolve(long accountId, NewThread thread) {
        if (!namesUpload(thread)) {
            return thread;
        }
        List<NewAttachment> files = new ArrayList<>();
        for (NewAttachment attachment : thread.attachments()) {
            files.add(attachment.uploadHash() == null ? attachment : store.take(accountId, attachment.uploadHash())
                    .orElseThrow(() -> ApiException.invalid(FieldError.of("attachments", "InvalidValue",
                            "No uploaded attachment has this hash (each upload attaches once)",
                            attachment.uploadHash()))));
        }
        return new NewThread(thread.type(), thread.text(), thread.customer(), thread.userId(), thread.draft(),
                thread.cc(), thread.bcc(), thread.createdAt(), thread.imported(), thread.status(), thread.assignTo(),
                files, thread.savedReplyId());
    }

    private static boolean namesUpload(NewThread thread) {
        return thread.attachments().stream().anyMatch(a -> a.uploadHash() != null);
    }
}
