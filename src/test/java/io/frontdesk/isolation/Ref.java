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
    /**
     * The Unassigned folder of the mailbox. A folder id is its mailbox's id times ten plus the folder's code and has
     * no row of its own; the mailboxes table only serves to skip guesses that happen to be one of B's mailbox ids.
     */
    FOLDER("mailboxes"),
    FIELD("mailbox_fields"),
    USER("users"),
    CONVERSATION("conversations"),
    THREAD("threads"),
    /** A note of the conversation, which 1.0 deletes by its id alone. */
    NOTE("threads"),
    /** A draft reply of the conversation, which "send later" schedules. */
    DRAFT("threads"),
    ATTACHMENT("attachments"),
    WEBHOOK("webhook_subscriptions"),
    ORGANIZATION("organizations"),
    /** An organization property definition; its routes take the slug or this id. */
    ORG_PROPERTY("organization_property_defs"),
    TEAM("teams"),
    SAVED_REPLY("saved_replies"),
    /** The customer's rating of a published reply of CONVERSATION. */
    RATING("ratings"),
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
