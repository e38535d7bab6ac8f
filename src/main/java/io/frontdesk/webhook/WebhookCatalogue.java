package io.frontdesk.webhook;

import java.util.List;

/**
 * The event names a subscription of each dialect may ask for: the vendors' catalogues (Help Scout 2.0 and 1.0 from
 * the webhook reference, HelpCrunch's settings page). A name Frontdesk never fires (Beacon chats, surveys) is
 * still accepted, as the vendor accepts it; it simply never arrives.
 */
public final class WebhookCatalogue {

    /** Help Scout's test ping, sent by `webhooks test`; not subscribable in 2.0. */
    public static final String HELPSCOUT_TEST = "helpscout.test";

    private static final List<String> HELPSCOUT_V2 = List.of(
            "convo.created", "convo.assigned", "convo.moved", "convo.status", "convo.tags", "convo.custom-fields",
            "convo.merged", "convo.deleted", "convo.customer.reply.created", "convo.agent.reply.created",
            "convo.note.created", "customer.created", "customer.updated", "customer.deleted", "satisfaction.ratings",
            "tag.created", "tag.updated", "tag.deleted", "beacon.chat.created", "beacon.chat.customer.replied",
            "message.survey.response.received");

    /** 1.0's names; the Java SDK's enum lists the test ping, so a 1.0 client may send it back. */
    private static final List<String> HELPSCOUT_V1 = List.of(
            "convo.assigned", "convo.created", "convo.deleted", "convo.merged", "convo.moved", "convo.status",
            "convo.tags", "convo.customer.reply.created", "convo.agent.reply.created", "convo.note.created",
            "customer.created", "satisfaction.ratings", HELPSCOUT_TEST);

    private static final List<String> HELPCRUNCH = List.of(
            "chat.new", "chat.status_updated", "chat.assigned", "chat.snoozed", "chat.unsnoozed", "chat.closed",
            "chat.rated", "customer.new", "customer.email_updated", "customer.tags_changed", "customer.unsubscribed",
            "customer.subscribed", "customer.blocked", "customer.unblocked", "customer.deleted",
            "message.chat.customer", "message.email.customer", "message.private", "message.chat.agent",
            "message.email.agent");

    private WebhookCatalogue() {
    }

    public static List<String> events(WebhookDialect dialect) {
        return switch (dialect) {
            case HELPSCOUT_V2 -> HELPSCOUT_V2;
            case HELPSCOUT_V1 -> HELPSCOUT_V1;
            case HELPCRUNCH -> HELPCRUNCH;
        };
    }

    /** Whether {@code mailboxIds} limits this event: Help Scout's conversation events, never customer ones. */
    public static boolean mailboxScoped(String eventName) {
        return eventName.startsWith("convo.");
    }

    /** The test event's name in a dialect's wire (HelpCrunch has none; ours is marked as such). */
    public static String testEvent(WebhookDialect dialect) {
        return dialect == WebhookDialect.HELPCRUNCH ? "frontdesk.test" : HELPSCOUT_TEST;
    }
}
