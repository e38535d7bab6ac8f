package io.frontdesk.customer;

import io.frontdesk.core.Page;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Persistence of customers and everything attached to them. Every method is scoped to an account. A customer marked
 * deleted ({@link #markDeleted}) is invisible to every method but {@link #purge}.
 */
public interface CustomerStore {

    /** Inserts the customer's row and answers it as stored: no entries, address, properties or tags yet. */
    Customer insert(long accountId, Map<CustomerField, Object> fields, Instant now);

    /** Sets the given fields (null clears) and the update time. */
    void updateFields(long accountId, long customerId, Map<CustomerField, Object> fields, Instant now);

    /**
     * Takes the customer's row lock for the rest of the transaction, so two concurrent changes to one customer's
     * entries serialize instead of losing one. False when the customer does not exist in the account.
     */
    boolean lock(long accountId, long customerId);

    /**
     * True when the organization is the account's. On PostgreSQL it also keeps the organization from being deleted
     * until the transaction ends, so a customer is never linked to an organization deleted meanwhile.
     */
    boolean organizationExists(long accountId, long organizationId);

    Optional<Customer> find(long accountId, long customerId);

    /** Customers by id, in the order of {@code ids}; unknown ids are skipped. */
    List<Customer> findAll(long accountId, List<Long> ids);

    Optional<Long> findIdByEmail(long accountId, String email);

    /** The customer's id and first email, in one statement: what a conversation needs of a customer it names. */
    Optional<CustomerContact> contact(long accountId, long customerId);

    Optional<Long> findIdByExternalId(long accountId, String externalId);

    Page<Customer> search(long accountId, CustomerQuery query);

    boolean delete(long accountId, long customerId);

    /** A conversation that goes with its customer: what its delete event needs without the conversation package. */
    record OwnedConversation(long id, long mailboxId, String type) {
    }

    /** The customer's conversations not already in the trash: the ones its delete removes. */
    List<OwnedConversation> ownedConversations(long accountId, long customerId);

    /**
     * Hides the customer from every read at once and frees what other customers may take (its emails and external
     * id), leaving the row and what cascades from it for {@link #purge}. False when there is no such visible customer.
     */
    boolean markDeleted(long accountId, long customerId, Instant now);

    /** Deletes a customer marked deleted, with everything that cascades from it; false when it is already gone. */
    boolean purge(long accountId, long customerId);

    List<Entry> entries(long customerId);

    long addEntry(long accountId, long customerId, EntryKind kind, String value, String type);

    /**
     * Adds a new customer's entries (values trimmed, types canonical) and answers their ids in order, in time linear in
     * their number: on SQLite the customer's search row is written once, not once per entry.
     */
    List<Long> addEntries(long accountId, long customerId, List<NewEntry> entries);

    boolean updateEntry(long customerId, long entryId, EntryKind kind, String value, String type);

    boolean removeEntry(long customerId, long entryId, EntryKind kind);

    Optional<Address> address(long customerId);

    void saveAddress(long customerId, Address address, Instant now);

    boolean deleteAddress(long customerId);

    PropertyDefinition createDefinition(long accountId, String slug, String name, PropertyType type,
                                        List<PropertyOption> options, Instant now);

    List<PropertyDefinition> definitions(long accountId);

    Optional<PropertyDefinition> definition(long accountId, String slug);

    void setProperty(long customerId, long definitionId, String value, PropertyValue.ValueKind kind);

    void removeProperty(long customerId, long definitionId);

    void addTags(long customerId, List<Long> tagIds);

    void removeTags(long customerId, List<Long> tagIds);

    void clearTags(long customerId);
}
