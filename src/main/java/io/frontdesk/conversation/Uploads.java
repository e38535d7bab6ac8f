package io.frontdesk.conversation;

import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Files uploaded before their thread (Help Scout 1.0): kept under a hash, and swapped for the file when a thread names
 * the hash, in the thread's transaction, so a rejected thread leaves the upload in place.
 */
final class Uploads {

    private final UploadStore store;
    private final Clock clock;

    Uploads(UploadStore store, Clock clock) {
        this.store = store;
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
        store.insert(accountId, hash, file, clock.instant());
        return hash;
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
