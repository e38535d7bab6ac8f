package io.frontdesk.customer;

/**
 * What a customer search can test. Dialects translate their own field names (Help Scout `firstName`, HelpCrunch
 * `customers.name`) to these; the store compiles them to SQL.
 */
public enum CustomerAttribute {
    ID(Type.NUMBER),
    FIRST_NAME(Type.TEXT),
    LAST_NAME(Type.TEXT),
    /** First and last name joined by a space. */
    FULL_NAME(Type.TEXT),
    /** Any of the customer's emails. */
    EMAIL(Type.TEXT),
    /** The host part of any of the customer's emails. */
    EMAIL_DOMAIN(Type.TEXT),
    /** Any of the customer's phones. */
    PHONE(Type.TEXT),
    ORGANIZATION(Type.TEXT),
    JOB_TITLE(Type.TEXT),
    LOCATION(Type.TEXT),
    EXTERNAL_ID(Type.TEXT),
    CITY(Type.TEXT),
    REGION(Type.TEXT),
    COUNTRY(Type.TEXT),
    CREATED_AT(Type.TIME),
    UPDATED_AT(Type.TIME),
    FIRST_SEEN(Type.TIME),
    LAST_SEEN(Type.TIME);

    /** The kind of value a comparison takes. */
    public enum Type { TEXT, NUMBER, TIME }

    private final Type type;

    CustomerAttribute(Type type) {
        this.type = type;
    }

    public Type type() {
        return type;
    }
}
