package io.frontdesk.mailbox;

import io.frontdesk.core.Page;
import io.frontdesk.core.PageRequest;
import io.frontdesk.core.Transactions;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;
import io.frontdesk.error.Validation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Custom field definitions of mailboxes: defined by an administrator (the command line), listed by the Help Scout
 * dialects, and used by conversations to check the values they carry ({@link #validateValue}).
 */
public final class MailboxFieldService {

    static final int MAX_NAME = 100;
    static final int MAX_LABEL = 255;
    /** Help Scout 1.0: "Can be null or a number between 0 and 255". */
    static final int MAX_ORDER = 255;

    private final MailboxFieldStore store;
    private final MailboxStore mailboxes;
    private final Transactions tx;
    private final Clock clock;

    public MailboxFieldService(MailboxFieldStore store, MailboxStore mailboxes, Transactions tx, Clock clock) {
        this.store = store;
        this.mailboxes = mailboxes;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * The mailbox's fields by `order`, then id. An unknown mailbox, or another account's, is a 404. A read, so no
     * transaction: on SQLite every transaction takes the write lock.
     */
    public List<MailboxField> list(long accountId, long mailboxId) {
        requireMailbox(accountId, mailboxId);
        return store.listByMailbox(accountId, List.of(mailboxId)).getOrDefault(mailboxId, List.of());
    }

    /** One page of {@link #list}; a mailbox has few fields, so the page is cut from the whole list. */
    public Page<MailboxField> page(long accountId, long mailboxId, PageRequest request) {
        List<MailboxField> all = list(accountId, mailboxId);
        int from = (int) Math.min(request.offset(), all.size());
        int to = Math.min(from + request.size(), all.size());
        return new Page<>(all.subList(from, to), all.size(), request);
    }

    /**
     * The fields of several mailboxes of the account at once (1.0 embeds them in every mailbox); mailboxes without
     * fields, and ids that are not the account's mailboxes, are absent from the map.
     */
    public Map<Long, List<MailboxField>> byMailbox(long accountId, Collection<Long> mailboxIds) {
        return mailboxIds.isEmpty() ? Map.of() : store.listByMailbox(accountId, mailboxIds);
    }

    /**
     * Defines a field. Name 1–100 characters and unique in the mailbox ignoring case (409 otherwise); order 0–255; a
     * dropdown needs at least one option, other types take none; option labels 1–255 characters, unique ignoring
     * case, ordered 1, 2, … as given.
     */
    public MailboxField create(long accountId, long mailboxId, String name, FieldType type, boolean required,
                               int order, List<String> optionLabels) {
        List<String> labels = optionLabels == null ? List.of() : optionLabels;
        Validation validation = new Validation();
        if (name == null || name.isBlank()) {
            validation.add(FieldError.of("name", "NotEmpty", "may not be empty"));
        } else if (name.trim().length() > MAX_NAME) {
            validation.add(FieldError.of("name", "Size", "must be at most " + MAX_NAME + " characters", name));
        }
        if (type == null) {
            validation.add(FieldError.of("type", "NotNull", "may not be null"));
        }
        if (order < 0 || order > MAX_ORDER) {
            validation.add(FieldError.of("order", "InvalidValue", "must be between 0 and " + MAX_ORDER, order));
        }
        checkOptions(type, labels, validation);
        validation.throwIfAny();
        String trimmed = name.trim();
        List<String> trimmedLabels = labels.stream().map(String::trim).toList();
        return tx.inTransaction(() -> {
            requireMailbox(accountId, mailboxId);
            boolean taken = store.listByMailbox(accountId, List.of(mailboxId)).getOrDefault(mailboxId, List.of())
                    .stream().anyMatch(field -> lower(field.name()).equals(lower(trimmed)));
            if (taken) {
                throw ApiException.conflict("The mailbox already has a field with this name",
                        List.of(FieldError.of("name", "Conflict", "already in use", trimmed)));
            }
            return store.create(accountId, mailboxId, trimmed, type, required, order, trimmedLabels,
                    clock.instant());
        });
    }

    /**
     * Checks a value for {@code field} and answers what to store: a dropdown's option id (given its id or label), a
     * number or date as sent (trimmed), text unchanged; null for no value (null or blank). A bad value is a
     * validation error on path `value`; use {@link #validateValue(MailboxField, String, String)} to name the path
     * the client sent it on (`fields[2].value`). Static because it needs no storage.
     */
    public static String validateValue(MailboxField field, String value) {
        return validateValue(field, value, "value");
    }

    /** {@link #validateValue(MailboxField, String)} with errors reported on {@code path}. */
    public static String validateValue(MailboxField field, String value, String path) {
        return FieldValues.check(field, value, path);
    }

    private static void checkOptions(FieldType type, List<String> labels, Validation validation) {
        if (type == FieldType.DROPDOWN && labels.isEmpty()) {
            validation.add(FieldError.of("options", "NotEmpty", "a dropdown needs at least one option"));
        }
        if (type != null && type != FieldType.DROPDOWN && !labels.isEmpty()) {
            validation.add(FieldError.of("options", "InvalidValue", "only dropdown fields have options"));
        }
        Set<String> seen = new HashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            String path = "options[" + i + "]";
            if (label == null || label.isBlank()) {
                errors.add(FieldError.of(path, "NotEmpty", "may not be empty"));
            } else if (label.trim().length() > MAX_LABEL) {
                errors.add(FieldError.of(path, "Size", "must be at most " + MAX_LABEL + " characters", label));
            } else if (!seen.add(lower(label.trim()))) {
                errors.add(FieldError.of(path, "InvalidValue", "repeats another option", label));
            }
        }
        validation.addAll(errors);
    }

    private void requireMailbox(long accountId, long mailboxId) {
        if (mailboxes.find(accountId, mailboxId).isEmpty()) {
            throw ApiException.notFound("Mailbox not found");
        }
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
