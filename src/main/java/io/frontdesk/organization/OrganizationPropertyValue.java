package io.frontdesk.organization;

/** An organization's value of one property, always text: digits, a yyyy-MM-dd date, a URL or an option label. */
public record OrganizationPropertyValue(OrganizationProperty property, String value) {
}
