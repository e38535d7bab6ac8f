package io.frontdesk.isolation;

/**
 * The kinds of id a fixture holds and a route can name, each with the table its rows live in, so the suite can ask
 * the database who owns a guessed id.
 */
enum Ref {
    CUSTOMER("customers"),
    EMAIL("customer_entries"),
    PHONE("customer_entries"),
    CHAT("customer_entries"),
    SOCIAL_PROFILE("customer_entries"),
    WEBSITE("customer_entries"),
    PROPERTY("customer_property_defs"),
    MAILBOX("mailboxes"),
    FIELD("mailbox_fields"),
    USER("users"),
    CONVERSATION("conversations"),
    THREAD("threads"),
    /** A draft reply of the conversation, which "send later" schedules. */
    DRAFT("threads"),
    ATTACHMENT("attachments"),
    WEBHOOK("webhook_subscriptions"),
    ORGANIZATION("organizations"),
    /** An organization property definition; its routes take the slug or this id. */
    ORG_PROPERTY("organization_property_defs"),
    TEAM("teams"),
    SAVED_REPLY("saved_replies"),
    /** A manual workflow of MAILBOX, which CONVERSATION is in. */
    WORKFLOW("workflows"),
    /** The customer created through HelpCrunch, tagged and with an event; customers share one id space. */
    HC_CUSTOMER("customers"),
    /** A chat created through HelpCrunch for HC_CUSTOMER, answered by USER and closed (so it can be rated). */
    HC_CHAT("conversations");

    private final String table;

    Ref(String table) {
        this.table = table;
    }

    /** Every table named here has an `account_id` column. */
    String table() {
        return table;
    }
}
