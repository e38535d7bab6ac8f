package io.frontdesk.helpscout.v2;

/** Absolute hrefs of the customer resources; clients follow them verbatim, so they all start at this server. */
final class V2Urls {

    private V2Urls() {
    }

    static String customers(String base) {
        return base + "/v2/customers";
    }

    static String customer(String base, long customerId) {
        return customers(base) + "/" + customerId;
    }

    static String entries(String base, long customerId, V2EntryCollection collection) {
        return customer(base, customerId) + "/" + collection.segment();
    }

    static String entry(String base, long customerId, V2EntryCollection collection, long entryId) {
        return entries(base, customerId, collection) + "/" + entryId;
    }

    static String address(String base, long customerId) {
        return customer(base, customerId) + "/address";
    }

    static String properties(String base) {
        return base + "/v2/customer-properties";
    }

    static String organizations(String base) {
        return base + "/v2/organizations";
    }

    static String organization(String base, long organizationId) {
        return organizations(base) + "/" + organizationId;
    }

    static String organizationProperties(String base) {
        return organizations(base) + "/properties";
    }

    /** Slugs are letters, digits, '-' and '_', so they need no encoding. */
    static String organizationProperty(String base, String slug) {
        return organizationProperties(base) + "/" + slug;
    }
}
