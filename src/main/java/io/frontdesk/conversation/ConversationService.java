package io.frontdesk.conversation;

import io.frontdesk.account.AccountService;
import io.frontdesk.core.Page;
import io.frontdesk.core.PageRequest;
import io.frontdesk.core.Transactions;
import io.frontdesk.customer.CustomerService;
import io.frontdesk.error.ApiException;
import io.frontdesk.eventlog.EventLog;
import io.frontdesk.eventlog.EventType;
import io.frontdesk.jobs.ClaimedJob;
import io.frontdesk.jobs.JobKind;
import io.frontdesk.jobs.JobQueue;
import io.frontdesk.mail.Outbox;
import io.frontdesk.mailbox.Mailbox;
import io.frontdesk.mailbox.MailboxField;
import io.frontdesk.mailbox.MailboxService;
import io.frontdesk.tag.TagService;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The rules of conversations, threads and attachments, shared by every dialect. Each public method is one
 * transaction: a refused request changes nothing, and the email a reply causes is queued (through {@link Outbox})
 * exactly when the reply is committed.
 *
 * <p>Numbers are sequential per account without gaps; a conversation holds at most {@value #MAX_THREADS} threads and
 * refuses new ones from {@value #LOCKED_AT_THREADS} on (412); an account may lock conversations closed more than N
 * days ago against every change (412); writes to unknown or deleted conversations are 404s.
 */
public final class ConversationService {

    public static final int MAX_THREADS = 100;
    public static final int LOCKED_AT_THREADS = 99;
    /** How long a merged conversation's id answers with the survivor's location; a 404 after (Help Scout: 60 days). */
    public static final int MERGE_REDIRECT_DAYS = 60;
    /** A create that loses a race for a new customer's email is run again; the second run finds the customer. */
    private static final int ATTEMPTS = 3;
    private static final Set<ConversationState> LISTED = Set.of(ConversationState.PUBLISHED,
            ConversationState.DRAFT);

    private final Uploads uploads;
    private final ConversationStore store;
    private final ThreadStore threads;
    private final MailboxService mailboxes;
    private final FieldCatalog fields;
    private final Transactions tx;
    private final Clock clock;
    private final Guards guards;
    private final CustomerResolver resolver;
    private final ConversationTags tags;
    private final ConversationCreation creation;
    private final ThreadOperations threadOperations;
    private final ThreadWriter writer;
    private final ConversationEvents events;

    /**
     * @param fields     the mailboxes' custom field definitions
     * @param outbox     where published replies and auto-replies are queued, in the caller's transaction
     * @param events     where every change records its event, in its transaction (docs/events.md)
     * @param uploads    files kept for a thread to attach later (Help Scout 1.0's two-step attachments)
     * @param jobs       where each upload's expiry is queued ({@link JobKind#UPLOAD_EXPIRE})
     * @param autoAssign who a new conversation that names no assignee goes to (a mailbox's routing)
     */
    public ConversationService(ConversationStore store, ThreadStore threads, CustomerService customers,
                               TagService tags, MailboxService mailboxes, AccountService accounts,
                               FieldCatalog fields, Outbox outbox, Transactions tx, Clock clock, EventLog events,
                               UploadStore uploads, JobQueue jobs, AutoAssign autoAssign) {
        this.store = store;
        this.uploads = new Uploads(uploads, jobs, clock);
        this.threads = threads;
        this.mailboxes = mailboxes;
        this.fields = fields;
        this.tx = tx;
        this.clock = clock;
        this.guards = new Guards(store, accounts, mailboxes, clock);
        this.resolver = new CustomerResolver(customers);
        this.tags = new ConversationTags(tags, store);
        this.events = new ConversationEvents(events);
        this.writer = new ThreadWriter(store, threads, outbox);
        this.creation = new ConversationCreation(store, writer, resolver, this.tags, fields, guards, this.events,
                autoAssign);
        this.threadOperations = new ThreadOperations(threads, store, writer, resolver, guards, this.events);
    }

    /** Creates a conversation and answers its id and number. More than {@value #MAX_THREADS} threads is a 412. */
    public CreatedConversation create(long accountId, long callerId, NewConversation command) {
        if (command.threads().size() > MAX_THREADS) {
            throw Guards.tooManyThreads(command.threads().size());
        }
        return retryingRaces(() -> creation.create(accountId, callerId, uploads.resolve(accountId, command)));
    }

    /**
     * Keeps a file for a thread to attach later (Help Scout 1.0's two-step attachments) and answers the 40-hex-digit
     * hash that thread names it by. The thread takes the file over: a hash attaches once.
     */
    public String upload(long accountId, NewAttachment file) {
        return tx.inTransaction(() -> uploads.keep(accountId, file));
    }

    /**
     * The {@link JobKind#UPLOAD_EXPIRE} handler, in the job's transaction: deletes an upload no thread named within
     * its lifetime (a day; docs/helpscout-v1.md).
     */
    public void expireUpload(ClaimedJob job) {
        uploads.expire(job);
    }

    /** A chat conversation without threads, as HelpCrunch's `POST /chats` creates one. */
    public CreatedConversation createEmptyChat(long accountId, long callerId, long mailboxId, long customerId,
                                               Long assigneeId) {
        return tx.inTransaction(() -> creation.createEmptyChat(accountId, callerId, mailboxId, customerId,
                assigneeId));
    }

    /**
     * A conversation of the account, deleted ones included (they show state `deleted`); threads when asked. One merged
     * into another throws {@link MergedConversationException} for {@value #MERGE_REDIRECT_DAYS} days, then is a 404.
     */
    public Conversation get(long accountId, long conversationId, boolean withThreads) {
        Conversation conversation = store.find(accountId, conversationId).orElseThrow(Guards::notFound);
        if (conversation.merged() != null) {
            if (conversation.merged().at().plus(MERGE_REDIRECT_DAYS, ChronoUnit.DAYS).isAfter(clock.instant())) {
                throw new MergedConversationException(conversation.merged().into());
            }
            throw Guards.notFound();
        }
        if (withThreads) {
            conversation = conversation.withThreads(threads.list(conversationId));
        }
        return withFieldNames(conversation, new HashMap<>());
    }

    /** A page of the account's conversations (never deleted ones) matching {@link ConversationListing}. */
    public Page<Conversation> search(long accountId, ConversationListing listing) {
        Map<Long, MailboxField> definitions = new HashMap<>();
        Map<Long, List<MailboxField>> byMailbox = new HashMap<>();
        for (Mailbox mailbox : mailboxes.list(accountId)) {
            List<MailboxField> defined = fields.fields(accountId, mailbox.id());
            byMailbox.put(mailbox.id(), defined);
            defined.forEach(field -> definitions.put(field.id(), field));
        }
        ConversationSearch.Translation search = ConversationSearch.translate(listing.queryText(), clock.instant(),
                definitions);
        ConversationCriterion criterion = ConversationCriterion.and(List.of(
                new ConversationCriterion.StateIn(LISTED), listing.filters(), search.criterion(),
                ConversationSearch.fieldEquals(listing.fieldEquals(), definitions)));
        Page<Conversation> page = store.search(accountId, new ConversationQuery(criterion, listing.sort(),
                listing.order(), listing.page(), search.scoreText(), listing.embedThreads()));
        return page.map(conversation -> withFieldNames(conversation, byMailbox));
    }

    /** Applies `PATCH` (2.0) or `PUT` (1.0) changes in order, all or nothing. */
    public void update(long accountId, long callerId, long conversationId, List<ConversationChange> changes) {
        tx.run(() -> {
            Conversation conversation = guards.writable(accountId, conversationId);
            Instant now = clock.instant();
            ConversationRow row = ConversationRow.of(conversation);
            boolean publish = false;
            ConversationChange.Tags newTags = null;
            ConversationChange.Fields newFields = null;
            for (ConversationChange change : changes) {
                if (change instanceof ConversationChange.Subject subject) {
                    row = row.withSubject(subject.subject().trim());
                } else if (change instanceof ConversationChange.Status status) {
                    row = row.withStatus(status.status(), callerId, now);
                } else if (change instanceof ConversationChange.Assign assign) {
                    row = row.withAssignee(guards.assignee(accountId, assign.userId(), "assignTo"));
                } else if (change instanceof ConversationChange.Move move) {
                    Mailbox target = guards.mailbox(accountId, move.mailboxId(), "mailboxId");
                    row = row.withMailbox(target.id());
                } else if (change instanceof ConversationChange.PrimaryCustomer customer) {
                    row = row.withCustomer(resolver.get(accountId, customer.customerId(), "primaryCustomer").id());
                } else if (change instanceof ConversationChange.Publish) {
                    publish = true;
                    row = row.withState(ConversationState.PUBLISHED);
                } else if (change instanceof ConversationChange.Tags list) {
                    newTags = list;
                } else if (change instanceof ConversationChange.Fields values) {
                    newFields = values;
                }
            }
            store.update(conversation, row.touched(now, true));
            if (row.mailboxId() != conversation.mailboxId()) {
                store.retainFieldValues(conversationId, fields.fields(accountId, row.mailboxId()).stream()
                        .map(MailboxField::id).toList());
            }
            if (newTags != null) {
                tags.replace(conversationId, tags.resolve(accountId, newTags.names(), callerId));
                events.of(EventType.CONVERSATION_TAGS, conversation, callerId);
            }
            if (newFields != null) {
                store.replaceFieldValues(conversationId,
                        CustomFieldValues.check(newFields.values(), fields.fields(accountId, row.mailboxId())));
                events.of(EventType.CONVERSATION_CUSTOM_FIELDS, conversation, callerId);
            }
            if (publish) {
                threadOperations.publishDrafts(conversation, now, callerId, row.mailboxId());
            }
            events.changed(conversation, row, callerId);
        });
    }

    /**
     * Merges {@code sourceId} into {@code targetId} (Help Scout merges in its app; here the command line does): the
     * source's threads and attachments move to the target, whose counts, preview and waiting time follow, and the
     * source is deleted, remembering where it went. Both must be writable; together they hold at most
     * {@value #MAX_THREADS} threads.
     */
    public void merge(long accountId, long sourceId, long targetId) {
        if (sourceId == targetId) {
            throw ApiException.badRequest("A conversation cannot be merged into itself");
        }
        tx.run(() -> {
            // locked in id order, so two merges of one pair queue instead of deadlocking
            Conversation low = guards.writable(accountId, Math.min(sourceId, targetId));
            Conversation high = guards.writable(accountId, Math.max(sourceId, targetId));
            Conversation target = low.id() == targetId ? low : high;
            Conversation source = low.id() == sourceId ? low : high;
            int threadCount = source.threadCount() + target.threadCount();
            if (threadCount > MAX_THREADS) {
                throw Guards.tooManyThreads(threadCount);
            }
            Instant now = clock.instant();
            store.merge(source.id(), target.id(), now);
            store.update(target, ConversationRow.of(target).touched(now, true));
            writeLineItem(target, new ThreadAction(LineItemKind.MERGED, source.id()),
                    "Merged with #" + source.number(), guards.owner(accountId), now);
            writer.refresh(target.id());
            // the survivor's event, as Help Scout's convo.merged carries the surviving conversation; no user acted
            this.events.merged(target, source.id(), null);
        });
    }

    /**
     * Records a workflow's run on the conversation inside the caller's transaction, after its actions: a line-item
     * thread and the run's event ({@code CONVERSATION_WORKFLOW}, what the reports count). The line item is a record of
     * what was done, not a message: it changes no preview, waiting time, status or customer, and is written even to a
     * locked or full conversation, since what it records has happened (docs/workflows.md "Line items"). A
     * conversation gone meanwhile gets neither.
     *
     * @param action the workflow's line item: {@code MANUAL_WORKFLOW} or {@code AUTOMATIC_WORKFLOW} and its id
     */
    public void workflowRan(long accountId, long conversationId, ThreadAction action, String text, Long actorId) {
        tx.run(() -> store.lock(accountId, conversationId)
                .filter(c -> c.state() != ConversationState.DELETED)
                .ifPresent(conversation -> {
                    writeLineItem(conversation, action, text, actorId, clock.instant());
                    writer.refresh(conversation.id());
                    events.workflowRan(conversation, action.sourceId(), actorId);
                }));
    }

    private void writeLineItem(Conversation conversation, ThreadAction action, String text, Long actorId,
                               Instant now) {
        writer.insert(new NewThreadRow(conversation.accountId(), conversation.id(), ThreadType.LINEITEM,
                ThreadState.PUBLISHED, null, text, null, PersonType.USER, actorId, null, List.of(), List.of(),
                List.of(), false, now, null, action), List.of(), guards.mailboxOf(conversation), now);
    }

    /** Moves the conversation to the trash: state `deleted`; it leaves every list, and every write is then a 404. */
    public void delete(long accountId, long callerId, long conversationId) {
        tx.run(() -> {
            Conversation conversation = guards.writable(accountId, conversationId);
            events.of(EventType.CONVERSATION_DELETED, conversation, callerId);
            store.update(conversation, ConversationRow.of(conversation).withState(ConversationState.DELETED)
                    .touched(clock.instant(), true));
        });
    }

    /** Replaces the conversation's tags; new names become account-wide tags. */
    public void replaceTags(long accountId, long callerId, long conversationId, List<String> names) {
        tx.run(() -> {
            Conversation conversation = guards.writable(accountId, conversationId);
            tags.replace(conversationId, tags.resolve(accountId, names, callerId));
            store.update(conversation, ConversationRow.of(conversation).touched(clock.instant(), true));
            events.of(EventType.CONVERSATION_TAGS, conversation, callerId);
        });
    }

    /** Replaces the conversation's custom-field values: fields left out lose their value. */
    public void replaceFields(long accountId, long callerId, long conversationId, List<FieldInput> values) {
        tx.run(() -> {
            Conversation conversation = guards.writable(accountId, conversationId);
            store.replaceFieldValues(conversationId,
                    CustomFieldValues.check(values, fields.fields(accountId, conversation.mailboxId())));
            store.update(conversation, ConversationRow.of(conversation).touched(clock.instant(), true));
            events.of(EventType.CONVERSATION_CUSTOM_FIELDS, conversation, callerId);
        });
    }

    /** A page of the conversation's threads, newest first. */
    public Page<ConversationThread> threads(long accountId, long conversationId, PageRequest page) {
        store.find(accountId, conversationId).orElseThrow(Guards::notFound);
        return threads.page(conversationId, page);
    }

    /** One thread of one of the account's conversations (what a thread create's `Location` names). */
    public ConversationThread thread(long accountId, long conversationId, long threadId) {
        store.find(accountId, conversationId).orElseThrow(Guards::notFound);
        return threads.find(conversationId, threadId).orElseThrow(() -> ApiException.notFound("Thread not found"));
    }

    /**
     * The RFC 822 source of an email thread (a published customer or reply thread of an email conversation), written
     * from what the thread stores; other threads have none (404).
     */
    public String originalSource(long accountId, long conversationId, long threadId) {
        Conversation conversation = store.find(accountId, conversationId).orElseThrow(Guards::notFound);
        ConversationThread thread = threads.find(conversationId, threadId)
                .orElseThrow(() -> ApiException.notFound("Thread not found"));
        if (!OriginalSource.hasSource(conversation, thread)) {
            throw ApiException.notFound("This thread has no original source: it is not an email");
        }
        return OriginalSource.of(conversation, thread, mailboxes.get(accountId, conversation.mailboxId()));
    }

    /** Adds a thread (see docs/conversations.md for what each type does to the conversation); answers its id. */
    public long addThread(long accountId, long callerId, long conversationId, NewThread thread) {
        return retryingRaces(() -> threadOperations.add(accountId, callerId, conversationId,
                uploads.resolve(accountId, thread)));
    }

    public void updateThread(long accountId, long callerId, long conversationId, long threadId,
                             List<ThreadChange> changes) {
        tx.run(() -> threadOperations.update(accountId, callerId, conversationId, threadId, changes));
    }

    /** Deletes a note named by its id alone (Help Scout 1.0); any other thread is a 400. */
    public void deleteNote(long accountId, long callerId, long threadId) {
        tx.run(() -> threadOperations.deleteNote(accountId, callerId, threadId));
    }

    public Attachment addAttachment(long accountId, long conversationId, long threadId, NewAttachment attachment) {
        return tx.inTransaction(() -> threadOperations.addAttachment(accountId, conversationId, threadId,
                attachment));
    }

    /** The bytes of an attachment of one of the account's conversations. */
    public byte[] attachmentData(long accountId, long conversationId, long attachmentId) {
        store.find(accountId, conversationId).orElseThrow(Guards::notFound);
        return threads.attachmentData(conversationId, attachmentId)
                .orElseThrow(() -> ApiException.notFound("Attachment not found"));
    }

    /** An attachment's bytes with its file name and type, for a raw download. */
    public AttachmentFile attachmentFile(long accountId, long conversationId, long attachmentId) {
        store.find(accountId, conversationId).orElseThrow(Guards::notFound);
        return threads.attachmentFile(conversationId, attachmentId)
                .orElseThrow(() -> ApiException.notFound("Attachment not found"));
    }

    /** The bytes of one of the account's attachments, named by its id alone (Help Scout 1.0). */
    public byte[] attachmentData(long accountId, long attachmentId) {
        return attachmentData(accountId, attachmentConversation(accountId, attachmentId), attachmentId);
    }

    /** Deletes one of the account's attachments, named by its id alone (Help Scout 1.0). */
    public void deleteAttachment(long accountId, long attachmentId) {
        tx.run(() -> threadOperations.deleteAttachment(accountId, attachmentConversation(accountId, attachmentId),
                attachmentId));
    }

    private long attachmentConversation(long accountId, long attachmentId) {
        return threads.attachmentConversation(accountId, attachmentId)
                .orElseThrow(() -> ApiException.notFound("Attachment not found"));
    }

    public void deleteAttachment(long accountId, long conversationId, long attachmentId) {
        tx.run(() -> threadOperations.deleteAttachment(accountId, conversationId, attachmentId));
    }

    /** The six folders of a mailbox with their counts, as {@code userId} sees them (Mine is theirs). */
    public List<Folder> folders(long accountId, long userId, long mailboxId) {
        Mailbox mailbox = mailboxes.get(accountId, mailboxId);
        List<Folder> folders = new ArrayList<>();
        for (FolderType type : FolderType.values()) {
            ConversationCriterion folder = Folders.criterion(mailboxId, type, userId);
            FolderStats stats = store.folderStats(accountId, folder, new ConversationCriterion.StatusIn(
                    Set.of(ConversationStatus.ACTIVE)));
            folders.add(new Folder(Folders.id(mailboxId, type), mailboxId, type,
                    type == FolderType.MINE ? userId : 0, stats.total(), stats.active(),
                    stats.latestUpdate() != null ? stats.latestUpdate() : mailbox.updatedAt()));
        }
        return folders;
    }

    private Conversation withFieldNames(Conversation conversation, Map<Long, List<MailboxField>> byMailbox) {
        List<MailboxField> defined = byMailbox.computeIfAbsent(conversation.mailboxId(),
                mailboxId -> fields.fields(conversation.accountId(), mailboxId));
        return conversation.withCustomFields(CustomFieldValues.shown(conversation.customFields(), defined));
    }

    private <T> T retryingRaces(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.inTransaction(work);
            } catch (CustomerResolver.RaceLost lost) {
                if (attempt >= ATTEMPTS) {
                    throw lost.conflict();
                }
            }
        }
    }
}
