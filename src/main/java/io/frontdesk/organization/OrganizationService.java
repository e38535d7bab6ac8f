package io.frontdesk.organization;

import io.frontdesk.conversation.Conversation;
import io.frontdesk.conversation.ConversationCriterion;
import io.frontdesk.conversation.ConversationListing;
import io.frontdesk.conversation.ConversationService;
import io.frontdesk.conversation.ConversationSort;
import io.frontdesk.core.Page;
import io.frontdesk.core.PageRequest;
import io.frontdesk.core.SortOrder;
import io.frontdesk.core.Transactions;
import io.frontdesk.customer.Customer;
import io.frontdesk.customer.CustomerCriterion;
import io.frontdesk.customer.CustomerQuery;
import io.frontdesk.customer.CustomerService;
import io.frontdesk.customer.CustomerSort;
import io.frontdesk.customer.PropertyType;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;
import io.frontdesk.error.Validation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The rules of organizations: validated fields, complete replacement, property definitions (at most
 * {@link #MAX_PROPERTIES} an account) with values checked against their type, and the members and conversations of
 * an organization (a conversation is the organization's when its primary customer is a member).
 */
public final class OrganizationService {

    public static final int MAX_PROPERTIES = 50;

    private final OrganizationStore store;
    private final CustomerService customers;
    private final ConversationService conversations;
    private final Transactions tx;
    private final Clock clock;

    public OrganizationService(OrganizationStore store, CustomerService customers, ConversationService conversations,
                               Transactions tx, Clock clock) {
        this.store = store;
        this.customers = customers;
        this.conversations = conversations;
        this.tx = tx;
        this.clock = clock;
    }

    public long create(long accountId, OrganizationInput input) {
        OrganizationRules.check(input);
        return tx.inTransaction(() -> store.insert(accountId, input, clock.instant()));
    }

    public Organization get(long accountId, long organizationId) {
        return store.find(accountId, organizationId).orElseThrow(OrganizationService::notFound);
    }

    /** Replaces every field but the logo; what the input leaves out is cleared. */
    public void replace(long accountId, long organizationId, OrganizationInput input) {
        OrganizationRules.check(input);
        tx.run(() -> {
            if (!store.replace(accountId, organizationId, input, clock.instant())) {
                throw notFound();
            }
        });
    }

    /** Deletes the organization and its values; its customers are unlinked, not deleted. */
    public void delete(long accountId, long organizationId) {
        tx.run(() -> {
            if (!store.delete(accountId, organizationId)) {
                throw notFound();
            }
        });
    }

    public Page<Organization> list(long accountId, OrganizationSort sort, SortOrder order, PageRequest page) {
        return store.list(accountId, sort, order, page);
    }

    public OrganizationCounts counts(long accountId, long organizationId) {
        get(accountId, organizationId);
        return store.counts(organizationId);
    }

    public List<OrganizationPropertyValue> values(long accountId, long organizationId) {
        return store.values(accountId, organizationId);
    }

    /** The organization's customers, newest first. */
    public Page<Customer> customers(long accountId, long organizationId, PageRequest page) {
        get(accountId, organizationId);
        return customers.search(accountId, new CustomerQuery(new CustomerCriterion.InOrganization(organizationId),
                CustomerSort.CREATED_AT, SortOrder.DESC, page, null));
    }

    /** Conversations of every status whose primary customer is a member, newest first. */
    public Page<Conversation> conversations(long accountId, long organizationId, PageRequest page) {
        get(accountId, organizationId);
        return conversations.search(accountId, new ConversationListing(null,
                new ConversationCriterion.CustomerInOrganization(organizationId), List.of(),
                ConversationSort.CREATED_AT, SortOrder.DESC, page, false));
    }

    public List<OrganizationProperty> properties(long accountId) {
        return store.properties(accountId);
    }

    /**
     * A definition by its slug or, when no slug matches and the text is a number, by its id (the `definitionId` an
     * organization's values show), so a client holding either can address it.
     */
    public OrganizationProperty property(long accountId, String slugOrId) {
        return store.property(accountId, slugOrId)
                .or(() -> slugOrId.matches("[1-9]\\d{0,17}") ? store.properties(accountId).stream()
                        .filter(p -> p.id() == Long.parseLong(slugOrId)).findFirst() : Optional.<OrganizationProperty>empty())
                .orElseThrow(() -> ApiException.notFound("Property not found"));
    }

    public OrganizationProperty defineProperty(long accountId, String slug, String name, PropertyType type,
                                               List<String> options) {
        Validation validation = new Validation();
        if (slug == null || !slug.matches("[A-Za-z0-9_-]{1,120}")) {
            validation.add(FieldError.of("slug", "InvalidValue",
                    "must be 1-120 letters, digits, '-' or '_'", slug));
        }
        if (type == null) {
            validation.add(FieldError.of("type", "EnumValue",
                    "Expected one of these: 'text', 'number', 'url', 'date', 'dropdown'"));
        }
        OrganizationRules.checkDefinition(validation, name, type == PropertyType.DROPDOWN, options);
        validation.throwIfAny();
        List<String> kept = type == PropertyType.DROPDOWN ? options : List.of();
        return tx.inTransaction(() -> {
            List<OrganizationProperty> existing = store.properties(accountId);
            if (existing.stream().anyMatch(p -> p.slug().equals(slug))) {
                throw ApiException.conflict("A property with this slug already exists",
                        List.of(FieldError.of("slug", "Conflict", "already exists", slug)));
            }
            if (existing.size() >= MAX_PROPERTIES) {
                throw ApiException.invalid(FieldError.of("slug", "Max",
                        "an account may define at most " + MAX_PROPERTIES + " organization properties", slug));
            }
            return store.insertProperty(accountId, slug, name.trim(), type, kept, clock.instant());
        });
    }

    /** Renames a property and replaces its options; values that named a removed option are cleared. */
    public void updateProperty(long accountId, String slug, String name, List<String> options) {
        tx.run(() -> {
            OrganizationProperty property = property(accountId, slug);
            boolean dropdown = property.type() == PropertyType.DROPDOWN;
            // options left out keep the current ones
            List<String> given = options == null ? property.options() : options;
            Validation validation = new Validation();
            OrganizationRules.checkDefinition(validation, name, dropdown, given);
            validation.throwIfAny();
            List<String> kept = dropdown ? given : List.of();
            store.updateProperty(property.id(), name.trim(), kept);
            if (dropdown) {
                store.clearValuesOutside(property.id(), kept);
            }
        });
    }

    /** Deletes the definition and every organization's value of it. */
    public void deleteProperty(long accountId, String slug) {
        tx.run(() -> store.deleteProperty(property(accountId, slug).id()));
    }

    /** Sets one organization's value, checked against the property's type. */
    public void setValue(long accountId, long organizationId, String slug, String value) {
        tx.run(() -> {
            get(accountId, organizationId);
            OrganizationProperty property = property(accountId, slug);
            OrganizationRules.checkValue(property, value);
            store.setValue(organizationId, property.id(), value.trim());
        });
    }

    public void clearValue(long accountId, long organizationId, String slug) {
        tx.run(() -> {
            get(accountId, organizationId);
            store.clearValue(organizationId, property(accountId, slug).id());
        });
    }

    private static ApiException notFound() {
        return ApiException.notFound("Organization not found");
    }
}
