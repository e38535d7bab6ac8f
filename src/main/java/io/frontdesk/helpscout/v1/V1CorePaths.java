package io.frontdesk.helpscout.v1;

import io.frontdesk.conversation.NewAttachment;
import io.frontdesk.conversation.NewConversation;
import io.frontdesk.conversation.NewThread;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.ErrorKind;
import io.frontdesk.error.FieldError;

import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The core names what it refuses by its own fields (`mailboxId`, `assignTo`, `fields[0].id`, `threads[1].user`); a 1.0
 * client sent 1.0's and reads its validation errors by them (`mailbox`, `owner`, `customFields[0].fieldId`,
 * `threads[1].createdBy`). A reference that names nothing of the account is reported at the property holding it, as
 * the vendor's capture reports `mailbox` ("The specified mailbox is not valid"). Each 1.0 request shape has its map;
 * the ones with threads are built from the command, which knows whether a thread's customer came from its `createdBy`
 * or from its `customer`, and which thread named which upload hash.
 */
final class V1CorePaths {

    private static final Pattern FIELD = Pattern.compile("fields\\[(\\d+)]\\.(id|value)");
    private static final Pattern THREAD = Pattern.compile("threads\\[(\\d+)]\\.(user|customer\\.id)");
    private static final String MAILBOX_MESSAGE = "The specified mailbox is not valid";

    /** What one 1.0 request calls a core field: a 1.0 path for a core one, or the core's when 1.0 says the same. */
    @FunctionalInterface
    interface Names {
        String of(FieldError error);
    }

    private V1CorePaths() {
    }

    /** Runs a core call, its validation errors renamed to 1.0's fields; every other refusal passes through as it is. */
    static <T> T renamed(Names names, Supplier<T> call) {
        try {
            return call.get();
        } catch (ApiException e) {
            if (e.kind() != ErrorKind.VALIDATION) {
                throw e;
            }
            throw new ApiException(e.kind(), e.getMessage(), e.errors().stream().map(f -> rename(names, f)).toList(),
                    e.retryAfterSeconds());
        }
    }

    static void renamed(Names names, Runnable call) {
        renamed(names, () -> {
            call.run();
            return null;
        });
    }

    /** `POST /v1/conversations.json`. */
    static Names create(NewConversation command) {
        return error -> {
            String path = error.path();
            Matcher thread = THREAD.matcher(path);
            if (thread.matches()) {
                NewThread t = command.threads().get(Integer.parseInt(thread.group(1)));
                return "threads[" + thread.group(1) + "]." + person(t, thread.group(2));
            }
            if (path.equals("attachments")) {
                List<NewThread> threads = command.threads();
                for (int i = 0; i < threads.size(); i++) {
                    String at = hash(threads.get(i), error.rejectedValue());
                    if (at != null) {
                        return "threads[" + i + "]." + at;
                    }
                }
                return "threads";
            }
            return conversation(path);
        };
    }

    /** `PUT /v1/conversations/{id}.json`. */
    static Names update() {
        return error -> conversation(error.path());
    }

    /** `POST /v1/conversations/{id}.json`: one thread object at the top of the body. */
    static Names thread(NewThread thread) {
        return error -> switch (error.path()) {
            case "user", "customer.id" -> person(thread, error.path());
            case "assignTo" -> "assignedTo";
            case "attachments" -> {
                String at = hash(thread, error.rejectedValue());
                yield at != null ? at : "attachments";
            }
            default -> error.path();
        };
    }

    /** `PUT /v1/conversations/{id}/threads/{threadId}.json`: 1.0 calls the text `body`. */
    static Names threadText() {
        return error -> error.path().equals("text") ? "body" : error.path();
    }

    private static FieldError rename(Names names, FieldError error) {
        String path = names.of(error);
        String message = path.equals("mailbox") ? MAILBOX_MESSAGE : error.message();
        return new FieldError(path, message, error.rejectedValue(), error.code(), error.source());
    }

    /** The conversation's own references and custom fields. */
    private static String conversation(String path) {
        Matcher field = FIELD.matcher(path);
        if (field.matches()) {
            return "customFields[" + field.group(1) + "]." + (field.group(2).equals("id") ? "fieldId" : "value");
        }
        return switch (path) {
            case "mailboxId" -> "mailbox";
            case "assignTo" -> "owner";
            case "customer.id", "primaryCustomer" -> "customer";
            default -> path;
        };
    }

    /**
     * A thread's person: a user is always its `createdBy`; a customer is its `createdBy` when the thread is the
     * customer's (no user wrote it), else the `customer` a reply was addressed to.
     */
    private static String person(NewThread thread, String corePath) {
        if (corePath.equals("user") || thread.userId() == null) {
            return "createdBy";
        }
        return "customer";
    }

    /** `attachments[j].hash` of the upload hash this thread named, or null when it named another. */
    private static String hash(NewThread thread, Object hash) {
        List<NewAttachment> attachments = thread.attachments();
        for (int j = 0; j < attachments.size(); j++) {
            if (attachments.get(j).uploadHash() != null && attachments.get(j).uploadHash().equals(hash)) {
                return "attachments[" + j + "].hash";
            }
        }
        return null;
    }
}
