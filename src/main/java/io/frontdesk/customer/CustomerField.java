package io.frontdesk.customer;

/**
 * The customer's own scalar fields, each with its column. Writes name fields through this enum, so one generic,
 * parameterized UPDATE serves every dialect's partial and full updates.
 */
public enum CustomerField {
    FIRST_NAME("first_name", Kind.TEXT),
    LAST_NAME("last_name", Kind.TEXT),
    PHOTO_URL("photo_url", Kind.TEXT),
    PHOTO_TYPE("photo_type", Kind.TEXT),
    GENDER("gender", Kind.TEXT),
    AGE("age", Kind.TEXT),
    ORGANIZATION("organization", Kind.TEXT),
    JOB_TITLE("job_title", Kind.TEXT),
    LOCATION("location", Kind.TEXT),
    BACKGROUND("background", Kind.TEXT),
    EXTERNAL_ID("external_id", Kind.TEXT),
    FIRST_SEEN("first_seen", Kind.INSTANT),
    LAST_SEEN("last_seen", Kind.INSTANT),
    UNSUBSCRIBED("unsubscribed", Kind.BOOLEAN),
    BLOCKED("blocked", Kind.BOOLEAN),
    SOURCE("source", Kind.TEXT),
    REFERER("referer", Kind.TEXT),
    LAST_PAGE("last_page", Kind.TEXT),
    LOCALE("locale", Kind.TEXT),
    CREATED_FROM("created_from", Kind.TEXT),
    INTEGRATION_ID("integration_id", Kind.TEXT),
    /** The organization the customer belongs to; the service checks it is the account's. */
    ORGANIZATION_ID("organization_id", Kind.ID);

    /** The Java type a value must have: String, Instant, Boolean or Long. */
    public enum Kind { TEXT, INSTANT, BOOLEAN, ID }

    /** Help Scout's core fields: what 2.0 `PUT /customers/{id}` overwrites. */
    public static final java.util.Set<CustomerField> HELPSCOUT_CORE = java.util.EnumSet.of(FIRST_NAME, LAST_NAME,
            PHOTO_URL, PHOTO_TYPE, GENDER, AGE, ORGANIZATION, JOB_TITLE, LOCATION, BACKGROUND, ORGANIZATION_ID);

    private final String column;
    private final Kind kind;

    CustomerField(String column, Kind kind) {
        this.column = column;
        this.kind = kind;
    }

    public String column() {
        return column;
    }

    public Kind kind() {
        return kind;
    }
}
