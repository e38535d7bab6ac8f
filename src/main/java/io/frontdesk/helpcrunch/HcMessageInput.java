package io.frontdesk.helpcrunch;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.error.Validation;

/**
 * A `POST /messages` body (helpcrunch-more.md §14.3): `chat` (an id), `text`, `type` (`message` or `private`; email
 * cannot be sent through the API), `agent` (an id; absent or null makes it the customer's message) and
 * `markdownText` (rendered into the text it replaces). A private note needs an agent: notes are agents' only.
 *
 * @param agent null for a customer's message
 */
record HcMessageInput(long chat, String text, boolean note, Long agent) {

    /** Longer than any chat message; the request body budget bounds it anyway. */
    static final int MAX_TEXT = 65_535;

    static HcMessageInput read(JsonNode json) {
        Validation validation = new Validation();
        HcFields body = HcFields.body(json, validation);
        Long chat = body.id("chat");
        String markdown = body.text("markdownText", MAX_TEXT).applyTo(null);
        String text = markdown != null ? body.text("text", MAX_TEXT).applyTo(null) : body.requiredText("text");
        if (text != null && text.length() > MAX_TEXT) {
            body.error("text", HcMessages.tooLong(MAX_TEXT));
        }
        String type = body.requiredText("type");
        boolean note = "private".equals(type);
        if (type != null && !note && !"message".equals(type)) {
            body.error("type", HcMessages.CHOICE);
        }
        Long agent = null;
        JsonNode rawAgent = body.raw("agent");
        if (rawAgent != null && !rawAgent.isNull()) {
            agent = body.id("agent");
        } else if (note) {
            body.error("agent", HcMessages.NOT_BLANK);
        }
        validation.throwIfAny();
        return new HcMessageInput(chat, markdown != null ? HcMarkdown.toHtml(markdown) : text, note, agent);
    }
}
