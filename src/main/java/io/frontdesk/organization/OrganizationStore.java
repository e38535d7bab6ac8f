package io.frontdesk.organization;

import io.frontdesk.core.Page;
import io.frontdesk.core.PageRequest;
import io.frontdesk.core.SortOrder;
import io.frontdesk.customer.PropertyType;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Persistence of organizations, their property definitions and values. Every method is scoped to one account. */
public interface OrganizationStore {

    long insert(long accountId, OrganizationInput input, Instant now);

    Optional<Organization> find(long accountId, long organizationId);

    /** Replaces every settable field; false when there is no such organization. The logo is kept. */
    boolean replace(long accountId, long organizationId, OrganizationInput input, Instant now);

    /** Deletes it with its values; its customers lose the link in the same statement. False when there was none. */
    boolean delete(long accountId, long organizationId);

    Page<Organization> list(long accountId, OrganizationSort sort, SortOrder order, PageRequest page);

    OrganizationCounts counts(long organizationId);

    List<OrganizationProperty> properties(long accountId);

    Optional<OrganizationProperty> property(long accountId, String slug);

    OrganizationProperty insertProperty(long accountId, String slug, String name, PropertyType type,
                                        List<String> options, Instant now);

    void updateProperty(long propertyId, String name, List<String> options);

    void deleteProperty(long propertyId);

    /** The organization's values, in the definitions' order. */
    List<OrganizationPropertyValue> values(long accountId, long organizationId);

    void setValue(long organizationId, long propertyId, String value);

    void clearValue(long organizationId, long propertyId);

    /** Clears the values of a dropdown that are no longer among {@code options}. */
    void clearValuesOutside(long propertyId, List<String> options);
}
