package io.frontdesk.organization;

/**
 * Orders of the organization list. {@link #LAST_INTERACTION_AT} is the newest change to any conversation of any
 * member; organizations without one come last in descending order. Ties are broken by id in the same direction.
 */
public enum OrganizationSort { NAME, CUSTOMER_COUNT, CONVERSATION_COUNT, LAST_INTERACTION_AT }
