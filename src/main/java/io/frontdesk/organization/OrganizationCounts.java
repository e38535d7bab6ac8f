package io.frontdesk.organization;

/** How many live customers name the organization, and how many conversations those customers are primary on. */
public record OrganizationCounts(long customers, long conversations) {
}
