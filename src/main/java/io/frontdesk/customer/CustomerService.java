package io.frontdesk.customer;

import io.frontdesk.core.Page;
import io.frontdesk.core.PageRequest;
import io.frontdesk.core.SortOrder;
import io.frontdesk.core.Transactions;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;
import io.frontdesk.error.Validation;
import io.frontdesk.eventlog.EventDetails;
import io.frontdesk.eventlog.EventLog;
import io.frontdesk.eventlog.EventType;
import io.frontdesk.jobs.ClaimedJob;
import io.frontdesk.jobs.JobKind;
import io.frontdesk.jobs.JobQueue;
import io.frontdesk.tag.Tag;
import io.frontdesk.tag.TagService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The rules of customers, shared by every dialect: one customer per email in an account, one per external id
 * (HelpCrunch userId), typed property values, account-wide tags, and every change in one transaction.
 */
public final class CustomerService {

    private static final Logger LOG = LoggerFactory.getLogger(CustomerService.class);

    private final CustomerStore store;
    private final TagService tags;
    private final Transactions tx;
    private final Clock clock;
    /** Where `DELETE ?async=true` queues the delete, in the request's transaction. */
    private final JobQueue jobs;
    /** Every create, update and delete records its event here, in its transaction (docs/events.md). */
    private final EventLog events;

    public CustomerService(CustomerStore store, TagService tags, Transactions tx, Clock clock, JobQueue jobs,
                           EventLog events) {
        this.store = store;
        this.tags = tags;
        this.tx = tx;
        this.clock = clock;
        this.jobs = jobs;
        this.events = events;
    }

    /**
     * Creates the customer and answers its id only: Help Scout 2.0 and 1.0 (without `reload`) answer a create with
     * headers alone.
     */
    public long create(long accountId, Long actorUserId, NewCustomer command) {
        return written(accountId, actorUserId, command).id();
    }

    /**
     * {@link #create} for a caller whose transaction this joins. A taken email or userId is thrown as the bare
     * {@link ValueTaken}: on PostgreSQL the caller's transaction can run no further statement, so the owner is not
     * looked up.
     */
    public long createWithin(long accountId, Long actorUserId, NewCustomer command) {
        return tx.inTransaction(() -> write(accountId, actorUserId, command).id());
    }

    /**
     * Creates the customer and answers it whole, for the dialects that render it. A customer given only fields and
     * entries is answered from what the inserts returned, with no read; one given an address, properties or tags is
     * read back with {@link #get} after the commit, since on SQLite every statement in the transaction holds the one
     * write lock.
     */
    public Customer createAndGet(long accountId, Long actorUserId, NewCustomer command) {
        Customer written = written(accountId, actorUserId, command);
        return whole(command) ? written : get(accountId, written.id());
    }

    /**
     * The create's transaction. The unique indexes check the userId and the emails as the rows go in, which saves a
     * read each on every create; when one refuses, the transaction is rolled back and the owner of the taken value
     * is looked up for the error an update's own check gives.
     */
    private Customer written(long accountId, Long actorUserId, NewCustomer command) {
        try {
            return tx.inTransaction(() -> write(accountId, actorUserId, command));
        } catch (ValueTaken taken) {
            throw explained(accountId, command, taken);
        }
    }

    /** The inserts of a create; answers the row and its entries as written. */
    private Customer write(long accountId, Long actorUserId, NewCustomer command) {
        checkOrganization(accountId, command.fields());
        Instant now = clock.instant();
        Customer row = store.insert(accountId, command.fields(), now);
        long id = row.id();
        checkEntryCounts(command.entries().stream().map(NewEntry::kind).toList());
        List<NewEntry> normalized = command.entries().stream().map(CustomerService::normalized).toList();
        List<Long> entryIds = store.addEntries(accountId, id, normalized);
        List<Entry> entries = new ArrayList<>(normalized.size());
        for (int i = 0; i < normalized.size(); i++) {
            NewEntry entry = normalized.get(i);
            entries.add(new Entry(entryIds.get(i), entry.kind(), entry.value(), entry.type()));
        }
        if (command.address() != null && !command.address().delete()) {
            applyAddress(id, command.address(), now);
        }
        applyProperties(accountId, id, command.properties(), now);
        if (!command.tags().isEmpty()) {
            store.addTags(id, ids(tags.resolve(accountId, command.tags(), actorUserId)));
        }
        Customer written = row.withEntries(entries);
        // What the inserts returned is the whole customer unless it has an address, properties or tags: subscribers
        // render it rather than read it back (they read it otherwise, still in this transaction)
        events.record(accountId, EventType.CUSTOMER_CREATED, id, actorUserId, Map.of(),
                whole(command) ? written : null);
        return written;
    }

    private static boolean whole(NewCustomer command) {
        return (command.address() == null || command.address().delete()) && command.properties().isEmpty()
                && command.tags().isEmpty();
    }

    private ApiException explained(long accountId, NewCustomer command, ValueTaken taken) {
        String externalId = (String) command.fields().get(CustomerField.EXTERNAL_ID);
        if (taken.isExternalId() && externalId != null) {
            return externalIdTaken(externalId);
        }
        for (NewEntry entry : command.entries()) {
            if (entry.kind() == EntryKind.EMAIL) {
                Optional<Long> owner = store.findIdByEmail(accountId, entry.value());
                if (owner.isPresent()) {
                    return emailTaken(owner.get(), entry.value());
                }
            }
        }
        // the holder is gone again, or the request named one email twice
        return taken;
    }

    /** An `organizationId` must name one of the account's organizations; null (unlinking) always may. */
    private void checkOrganization(long accountId, Map<CustomerField, Object> fields) {
        Object organizationId = fields.get(CustomerField.ORGANIZATION_ID);
        if (organizationId != null && !store.organizationExists(accountId, (Long) organizationId)) {
            throw ApiException.invalid(FieldError.of("organizationId", "InvalidValue", "no such organization",
                    organizationId));
        }
    }

    public Customer get(long accountId, long customerId) {
        return store.find(accountId, customerId).orElseThrow(CustomerService::notFound);
    }

    public Optional<Customer> find(long accountId, long customerId) {
        return store.find(accountId, customerId);
    }

    /** A live customer's id and first email, without reading the rest of it. */
    public Optional<CustomerContact> contact(long accountId, long customerId) {
        return store.contact(accountId, customerId);
    }

    public Optional<Long> findIdByEmail(long accountId, String email) {
        return store.findIdByEmail(accountId, email);
    }

    public Customer update(long accountId, Long actorUserId, long customerId, CustomerUpdate update) {
        return tx.inTransaction(() -> {
            if (!store.lock(accountId, customerId)) {
                throw notFound();
            }
            Customer before = get(accountId, customerId);
            Instant now = clock.instant();
            checkOrganization(accountId, update.fields());
            if (update.fields().containsKey(CustomerField.EXTERNAL_ID)) {
                checkExternalId(accountId, customerId, (String) update.fields().get(CustomerField.EXTERNAL_ID));
            }
            for (EntryChange change : update.entries()) {
                applyEntry(accountId, customerId, change);
            }
            if (update.entries().stream().anyMatch(c -> c instanceof EntryChange.Add)) {
                checkEntryCounts(store.entries(customerId).stream().map(Entry::kind).toList());
            }
            if (update.address() != null) {
                checkAddressId(customerId, update.addressId());
                applyAddress(customerId, update.address(), now);
            }
            if (update.replacesProperties()) {
                removePropertiesExcept(accountId, customerId, update.properties());
            }
            applyProperties(accountId, customerId, update.properties(), now);
            if (update.tags() != null) {
                applyTags(accountId, actorUserId, customerId, update.tags());
            }
            store.updateFields(accountId, customerId, update.fields(), now);
            Customer after = get(accountId, customerId);
            recordUpdate(before, after, actorUserId);
            return after;
        });
    }

    /** Several updates, all or nothing (HelpCrunch batch). */
    public List<Customer> updateAll(long accountId, Long actorUserId, Map<Long, CustomerUpdate> updates) {
        return tx.inTransaction(() -> {
            List<Customer> result = new ArrayList<>();
            updates.forEach((id, update) -> result.add(update(accountId, actorUserId, id, update)));
            return result;
        });
    }

    /** Adds one entry and answers it, so the dialect can return its id. */
    public Entry addEntry(long accountId, Long actorUserId, long customerId, NewEntry entry) {
        return tx.inTransaction(() -> {
            if (!store.lock(accountId, customerId)) {
                throw notFound();
            }
            Customer before = get(accountId, customerId);
            Entry added = insertEntry(accountId, customerId, entry);
            checkEntryCounts(store.entries(customerId).stream().map(Entry::kind).toList());
            store.updateFields(accountId, customerId, Map.of(), clock.instant());
            recordUpdate(before, get(accountId, customerId), actorUserId);
            return added;
        });
    }

    /**
     * Help Scout's `async=true` delete, which answers 202 at once. One transaction marks the customer deleted (every
     * read and write treats it as gone from then on, and its emails and external id are free again) and queues a
     * durable {@link JobKind#CUSTOMER_DELETE} job, so the delete survives a crash or restart once it is answered. The
     * job removes the row with its conversations and everything else that cascades, on whichever node claims it.
     */
    public void deleteInBackground(long accountId, Long actorUserId, long customerId) {
        tx.run(() -> {
            // recorded while the customer can still be read, so subscribers render its last state
            if (!store.lock(accountId, customerId)) {
                throw notFound();
            }
            recordDeleted(accountId, customerId, actorUserId);
            if (!store.markDeleted(accountId, customerId, clock.instant())) {
                throw notFound();
            }
            jobs.enqueue(JobKind.CUSTOMER_DELETE, accountId, Long.toString(customerId));
        });
    }

    /**
     * The customer's delete and the delete of each conversation that goes with it (the schema cascades them, so no
     * conversation code runs), recorded while both can still be read.
     */
    private void recordDeleted(long accountId, long customerId, Long actorUserId) {
        for (CustomerStore.OwnedConversation c : store.ownedConversations(accountId, customerId)) {
            events.record(accountId, EventType.CONVERSATION_DELETED, c.id(), c.mailboxId(), null, actorUserId,
                    Map.of(EventDetails.CONVERSATION_TYPE, c.type()));
        }
        events.record(accountId, EventType.CUSTOMER_DELETED, customerId, actorUserId, Map.of());
    }

    /** Runs a {@link JobKind#CUSTOMER_DELETE} job; a customer already gone is no failure (the job ran before). */
    public void purge(ClaimedJob job) {
        long customerId = Long.parseLong(job.payload());
        if (!store.purge(job.accountId(), customerId)) {
            LOG.info("job {}: customer {} in account {} was already gone", job.id(), customerId, job.accountId());
        }
    }

    /** Removes the customer's address; not found when the customer or its address does not exist. */
    public void removeAddress(long accountId, Long actorUserId, long customerId) {
        tx.run(() -> {
            if (!store.lock(accountId, customerId)) {
                throw notFound();
            }
            if (!store.deleteAddress(customerId)) {
                throw ApiException.notFound("Address not found");
            }
            store.updateFields(accountId, customerId, Map.of(), clock.instant());
            events.record(accountId, EventType.CUSTOMER_UPDATED, customerId, actorUserId,
                    Map.of(EventDetails.CHANGED, "address"));
        });
    }

    /** Deletes the customer with its entries, address, values, tags and (through the schema) conversations. */
    public void delete(long accountId, Long actorUserId, long customerId) {
        tx.run(() -> {
            // recorded while the customer can still be read, so subscribers render its last state
            if (!store.lock(accountId, customerId)) {
                throw notFound();
            }
            recordDeleted(accountId, customerId, actorUserId);
            if (!store.delete(accountId, customerId)) {
                throw notFound();
            }
        });
    }

    public Page<Customer> search(long accountId, CustomerQuery query) {
        return store.search(accountId, query);
    }

    /**
     * A page of customers matching Help Scout's search language ({@code queryText}, `*` or blank for everyone) and
     * the dialect's other filters, all ANDed. Score ordering ranks by the query's first text term.
     */
    public Page<Customer> search(long accountId, String queryText, CustomerCriterion filters, CustomerSort sort,
                                 SortOrder order, PageRequest page) {
        CustomerSearch.Translation search = CustomerSearch.translate(queryText == null ? "" : queryText,
                clock.instant());
        CustomerCriterion criterion = CustomerCriterion.and(List.of(filters, search.criterion()));
        return store.search(accountId, new CustomerQuery(criterion, sort, order, page, search.scoreText()));
    }

    public List<PropertyDefinition> definitions(long accountId) {
        return store.definitions(accountId);
    }

    /** Help Scout's limit on an account's customer property definitions. */
    public static final int MAX_PROPERTY_DEFINITIONS = 50;
    /** Slugs of the customer's own fields, which a property may not shadow (compared ignoring case). */
    private static final Set<String> RESERVED_SLUGS = Set.of("email", "name", "company", "jobtitle");

    public PropertyDefinition defineProperty(long accountId, String slug, String name, PropertyType type,
                                             List<String> optionLabels) {
        return defineProperty(accountId, new NewProperty(slug, name, type, optionLabels == null ? null
                : optionLabels.stream().map(label -> new PropertyOption(null, 0, label)).toList()));
    }

    /**
     * Defines a property. A dropdown option keeps the id the client gave it (Help Scout's documented PATCH names
     * options by id, so a client that chose them must find them), else gets a new UUID; ids are unique within the
     * property.
     * Reserved slugs and more than {@value #MAX_PROPERTY_DEFINITIONS} definitions are refused.
     *
     * @param property its options in display order; their {@code order} is ignored, their {@code id} may be null
     */
    public PropertyDefinition defineProperty(long accountId, NewProperty property) {
        String slug = property.slug();
        String name = property.name();
        PropertyType type = property.type();
        List<PropertyOption> options = property.options();
        Validation validation = new Validation();
        if (slug == null || !slug.matches("[a-z0-9][a-z0-9_-]{0,99}")) {
            validation.add(FieldError.of("slug", "InvalidValue",
                    "must be 1-100 lower-case letters, digits, '-' or '_'", slug));
        } else if (RESERVED_SLUGS.contains(slug.toLowerCase(Locale.ROOT))) {
            validation.add(FieldError.of("slug", "InvalidValue", "is reserved for a customer field", slug));
        }
        if (name == null || name.isBlank() || name.length() > 100) {
            validation.add(FieldError.of("name", "Size", "must be 1-100 characters", name));
        }
        if (type == null) {
            validation.add(FieldError.of("type", "EnumValue",
                    "Expected one of these: 'text', 'number', 'url', 'date', 'dropdown'"));
        }
        if (type == PropertyType.DROPDOWN && (options == null || options.isEmpty())) {
            validation.add(FieldError.of("options", "NotEmpty", "a dropdown needs at least one option"));
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; type == PropertyType.DROPDOWN && i < options.size(); i++) {
            String id = options.get(i).id();
            if (id != null && (id.isBlank() || id.length() > 100)) {
                validation.add(FieldError.of("options[" + i + "].id", "Size", "must be 1-100 characters", id));
            } else if (id != null && !ids.add(id)) {
                validation.add(FieldError.of("options[" + i + "].id", "InvalidValue",
                        "is already the id of another option", id));
            }
        }
        validation.throwIfAny();
        return tx.inTransaction(() -> {
            if (store.definition(accountId, slug).isPresent()) {
                throw ApiException.conflict("A property with this slug already exists",
                        List.of(FieldError.of("slug", "Conflict", "already exists", slug)));
            }
            if (store.definitions(accountId).size() >= MAX_PROPERTY_DEFINITIONS) {
                throw ApiException.invalid(FieldError.of("slug", "InvalidValue", "an account has at most "
                        + MAX_PROPERTY_DEFINITIONS + " customer properties", slug));
            }
            List<PropertyOption> stored = new ArrayList<>();
            if (type == PropertyType.DROPDOWN) {
                for (int i = 0; i < options.size(); i++) {
                    String id = options.get(i).id();
                    stored.add(new PropertyOption(id != null ? id : UUID.randomUUID().toString(), i + 1,
                            options.get(i).label()));
                }
            }
            return store.createDefinition(accountId, slug, name.trim(), type, stored, clock.instant());
        });
    }

    private void applyEntry(long accountId, long customerId, EntryChange change) {
        if (change instanceof EntryChange.Add add) {
            insertEntry(accountId, customerId, add.entry());
        } else if (change instanceof EntryChange.Update update) {
            Entry current = entry(customerId, update.kind(), update.id());
            String value = update.value() == null ? current.value() : update.value();
            String type = update.type() == null ? current.type() : canonicalType(update.kind(), update.type());
            checkValue(update.kind(), value);
            if (update.kind() == EntryKind.EMAIL && !value.equalsIgnoreCase(current.value())) {
                checkEmailFree(accountId, customerId, value);
            }
            store.updateEntry(customerId, update.id(), update.kind(), value.trim(), type);
        } else if (change instanceof EntryChange.Remove remove) {
            if (!store.removeEntry(customerId, remove.id(), remove.kind())) {
                throw ApiException.notFound("Entry not found");
            }
        } else if (change instanceof EntryChange.SetFirst first) {
            Optional<Entry> current = store.entries(customerId).stream()
                    .filter(e -> e.kind() == first.kind()).findFirst();
            if (first.value() == null) {
                current.ifPresent(e -> store.removeEntry(customerId, e.id(), e.kind()));
            } else if (current.isPresent()) {
                applyEntry(accountId, customerId,
                        new EntryChange.Update(first.kind(), current.get().id(), first.value(), null));
            } else {
                insertEntry(accountId, customerId, new NewEntry(first.kind(), first.value(), null));
            }
        }
    }

    /** @param checkEmail false leaves a taken email to the unique index ({@link ValueTaken}) */
    private Entry insertEntry(long accountId, long customerId, NewEntry entry) {
        NewEntry row = normalized(entry);
        if (row.kind() == EntryKind.EMAIL) {
            checkEmailFree(accountId, customerId, entry.value());
        }
        long id = store.addEntry(accountId, customerId, row.kind(), row.value(), row.type());
        return new Entry(id, row.kind(), row.value(), row.type());
    }

    /** A create's entry as stored: checked, its value trimmed and its type canonical. */
    private static NewEntry normalized(NewEntry entry) {
        checkValue(entry.kind(), entry.value());
        String type = entry.type() == null ? entry.kind().defaultType() : canonicalType(entry.kind(), entry.type());
        return new NewEntry(entry.kind(), entry.value().trim(), type);
    }

    /** A customer holds at most {@link EntryKind#MAX_PER_CUSTOMER} entries of each kind. */
    private static void checkEntryCounts(List<EntryKind> kinds) {
        Map<EntryKind, Integer> counts = new EnumMap<>(EntryKind.class);
        for (EntryKind kind : kinds) {
            if (counts.merge(kind, 1, Integer::sum) == EntryKind.MAX_PER_CUSTOMER + 1) {
                throw ApiException.invalid(FieldError.of(kind.collection(), "TooMany",
                        "A customer may have at most " + EntryKind.MAX_PER_CUSTOMER + " " + kind.collection()));
            }
        }
    }

    private Entry entry(long customerId, EntryKind kind, long entryId) {
        return store.entries(customerId).stream().filter(e -> e.kind() == kind && e.id() == entryId).findFirst()
                .orElseThrow(() -> ApiException.notFound("Entry not found"));
    }

    private static String canonicalType(EntryKind kind, String type) {
        if (!kind.typed()) {
            return null;
        }
        String canonical = kind.canonicalType(type);
        if (canonical == null) {
            throw ApiException.invalid(FieldError.of("type", "EnumValue",
                    "Expected one of these: " + String.join(", ", kind.types()), type));
        }
        return canonical;
    }

    private static void checkValue(EntryKind kind, String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.invalid(FieldError.of("value", "NotEmpty", "may not be empty"));
        }
        if (kind == EntryKind.EMAIL && !Emails.valid(value)) {
            throw ApiException.invalid(FieldError.of("value", "Email", "Not well-formed email address", value));
        }
        // the dialects' readers check this with the client's field path; this keeps a path they miss from the index
        if (value.length() > Entry.MAX_VALUE_LENGTH) {
            throw ApiException.invalid(FieldError.of("value", "Size", "must be at most " + Entry.MAX_VALUE_LENGTH
                    + " characters", value.substring(0, 40) + "…"));
        }
    }

    private void checkEmailFree(long accountId, long customerId, String email) {
        Optional<Long> owner = store.findIdByEmail(accountId, email);
        if (owner.isPresent() && owner.get() != customerId) {
            throw emailTaken(owner.get(), email);
        }
    }

    private static ApiException emailTaken(long owner, String email) {
        return ApiException.conflict("A customer with this email address already exists",
                List.of(FieldError.of("email", "Conflict", "is already used by customer " + owner, email)));
    }

    private static ApiException externalIdTaken(String externalId) {
        return ApiException.conflict("A customer with this userId already exists",
                List.of(FieldError.of("userId", "Conflict", "User ID is already in use", externalId)));
    }

    private void checkExternalId(long accountId, Long customerId, String externalId) {
        if (externalId == null) {
            return;
        }
        Optional<Long> owner = store.findIdByExternalId(accountId, externalId);
        if (owner.isPresent() && !owner.get().equals(customerId)) {
            throw externalIdTaken(externalId);
        }
    }

    private void checkAddressId(long customerId, Long expectedId) {
        if (expectedId != null && store.address(customerId).map(Address::id).filter(expectedId::equals).isEmpty()) {
            throw ApiException.notFound("Address not found");
        }
    }

    private void applyAddress(long customerId, AddressChange change, Instant now) {
        if (change.delete()) {
            store.deleteAddress(customerId);
            return;
        }
        Optional<Address> current = store.address(customerId);
        Address base = current.orElse(new Address(0, List.of(), null, null, null, null, now, now));
        Address next = new Address(base.id(), change.lines().applyTo(base.lines()), change.city().applyTo(base.city()),
                change.state().applyTo(base.state()), change.postalCode().applyTo(base.postalCode()),
                change.country().applyTo(base.country()), base.createdAt(), now);
        store.saveAddress(customerId, new Address(next.id(), next.lines() == null ? List.of() : next.lines(),
                next.city(), next.state(), next.postalCode(), next.country(), next.createdAt(), now), now);
    }

    private void applyProperties(long accountId, long customerId, List<PropertyChange> changes, Instant now) {
        for (int i = 0; i < changes.size(); i++) {
            PropertyChange change = changes.get(i);
            String slug = change.defineIfMissing() ? slugOf(change.key()) : change.key();
            Optional<PropertyDefinition> found = store.definition(accountId, slug);
            if (found.isEmpty() && change.value() != null && change.defineIfMissing()) {
                found = Optional.of(store.createDefinition(accountId, slug, change.key(), PropertyType.TEXT,
                        List.of(), now));
            }
            if (found.isEmpty()) {
                if (change.value() == null && change.defineIfMissing()) {
                    continue;
                }
                throw ApiException.invalid(FieldError.of(change.key(), "InvalidValue",
                        "No customer property with this slug", change.key()));
            }
            PropertyDefinition definition = found.get();
            if (change.value() == null) {
                store.removeProperty(customerId, definition.id());
            } else {
                PropertyValues.Stored stored = PropertyValues.coerce(definition, change.value(), change.key());
                store.setProperty(customerId, definition.id(), stored.value(), stored.kind());
            }
        }
    }

    /** Removes the customer's values of every property that none of {@code kept} names. */
    private void removePropertiesExcept(long accountId, long customerId, List<PropertyChange> kept) {
        Set<String> slugs = new HashSet<>();
        kept.forEach(change -> slugs.add(change.defineIfMissing() ? slugOf(change.key()) : change.key()));
        for (PropertyValue value : get(accountId, customerId).properties()) {
            if (!slugs.contains(value.definition().slug())) {
                store.removeProperty(customerId, value.definition().id());
            }
        }
    }

    private void applyTags(long accountId, Long actorUserId, long customerId, TagChange change) {
        if (change instanceof TagChange.Add add) {
            store.addTags(customerId, ids(tags.resolve(accountId, add.tags(), actorUserId)));
        } else if (change instanceof TagChange.Replace replace) {
            store.clearTags(customerId);
            store.addTags(customerId, ids(tags.resolve(accountId, replace.tags(), actorUserId)));
        } else if (change instanceof TagChange.Remove remove) {
            List<Long> ids = new ArrayList<>();
            for (Tag tag : tags.list(accountId)) {
                if (remove.names().contains(tag.name())) {
                    ids.add(tag.id());
                }
            }
            store.removeTags(customerId, ids);
        }
    }

    /** A property slug from a free-form HelpCrunch attribute name: "Number of payments" → number_of_payments. */
    static String slugOf(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "_").replaceAll("(^_+|_+$)", "");
        if (slug.isEmpty()) {
            slug = "property";
        }
        return slug.length() > 100 ? slug.substring(0, 100) : slug;
    }

    /** {@link EventType#CUSTOMER_UPDATED} with what changed; an update that changed nothing records nothing. */
    private void recordUpdate(Customer before, Customer after, Long actorUserId) {
        Map<String, String> details = CustomerChanges.of(before, after);
        if (!details.isEmpty()) {
            events.record(after.accountId(), EventType.CUSTOMER_UPDATED, after.id(), actorUserId, details, after);
        }
    }

    private static List<Long> ids(List<Tag> tags) {
        return tags.stream().map(Tag::id).toList();
    }

    static ApiException notFound() {
        return ApiException.notFound("Customer not found");
    }

}
