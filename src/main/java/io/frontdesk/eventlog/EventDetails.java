package io.frontdesk.eventlog;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The text form of {@link Event#details()}: {@code key=value&key=value}, URL-encoded, keys sorted. The core writes
 * no JSON (it imports no Jackson) and the details are a few short strings, which this form holds exactly and any
 * reader (SQL {@code LIKE}, a report) can still make out.
 */
public final class EventDetails {

    /** A customer update's aspects, a comma list: emails, phones, name, tags, unsubscribed, blocked, properties, … */
    public static final String CHANGED = "changed";
    /** The value before and after: a status token, an assignee's user id (empty when none), a mailbox id. */
    public static final String FROM = "from";
    public static final String TO = "to";
    /** A customer's new {@code true}/{@code false}, present when the update changed it. */
    public static final String UNSUBSCRIBED = "unsubscribed";
    public static final String BLOCKED = "blocked";
    /** A customer's first email before and after an update that changed it (empty when none). */
    public static final String OLD_EMAIL = "oldEmail";
    public static final String NEW_EMAIL = "newEmail";
    /** A conversation's type token (email, chat, phone), so dialects can name its events without reading it. */
    public static final String CONVERSATION_TYPE = "conversationType";
    /** Who wrote a new conversation's first thread: {@code customer} or {@code user}. */
    public static final String CREATED_BY = "createdBy";
    /** {@code true} on a chat's first customer thread when the chat was started by a user (HelpCrunch's chat.new). */
    public static final String FIRST_CUSTOMER_THREAD = "firstCustomerThread";
    /** A rating's comment, on {@code CONVERSATION_RATED} when the customer wrote one. */
    public static final String COMMENTS = "comments";
    /**
     * {@code true} on the first agent reply of an active chat: HelpCrunch's derived status moves from new (or empty) to
     * opened, which it announces as chat.status_updated though the core status does not change.
     */
    public static final String OPENED_CHAT = "openedChat";
    /** The conversation a merge folded into the subject. */
    public static final String MERGED_FROM = "mergedFrom";
    /** The rating a {@code CONVERSATION_RATED} event of a reply thread records (its level is in {@link #TO}). */
    public static final String RATING_ID = "ratingId";
    /** The workflow a {@code CONVERSATION_WORKFLOW} ran. */
    public static final String WORKFLOW_ID = "workflowId";

    private EventDetails() {
    }

    public static String encode(Map<String, String> details) {
        if (details.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> entry : new TreeMap<>(details).entrySet()) {
            if (!text.isEmpty()) {
                text.append('&');
            }
            text.append(URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8));
        }
        return text.toString();
    }

    public static Map<String, String> decode(String text) {
        Map<String, String> details = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return details;
        }
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            details.put(URLDecoder.decode(key, StandardCharsets.UTF_8),
                    URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return details;
    }
}
