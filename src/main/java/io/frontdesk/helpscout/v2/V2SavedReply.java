package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.frontdesk.savedreply.SavedReply;

import java.util.regex.Pattern;

/**
 * Saved replies on the wire: the full object `{id, name, text, chatText}` (no `_links`, as Help Scout's example) and
 * the list item `{id, name, preview, chatPreview}`, whose previews are plain-text excerpts and whose `chatPreview` is
 * left out when the reply has no chat text.
 */
final class V2SavedReply {

    /** Previews longer than this are cut at a word and end in an ellipsis. */
    static final int PREVIEW = 100;
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private V2SavedReply() {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Full(long id, String name, String text, String chatText) {

        static Full of(SavedReply reply) {
            return new Full(reply.id(), reply.name(), reply.text(), reply.chatText());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Item(long id, String name, String preview, String chatPreview) {

        static Item of(SavedReply reply) {
            return new Item(reply.id(), reply.name(), V2SavedReply.preview(reply.text()),
                    blank(reply.chatText()) ? null : V2SavedReply.preview(reply.chatText()));
        }
    }

    /** Tags dropped, the common entities decoded, whitespace collapsed; "" for no text. */
    static String preview(String html) {
        if (blank(html)) {
            return "";
        }
        String text = TAG.matcher(html.replaceAll("(?i)<br\\s*/?>", " ")).replaceAll(" ")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        text = SPACE.matcher(text).replaceAll(" ").trim();
        if (text.length() <= PREVIEW) {
            return text;
        }
        String cut = text.substring(0, PREVIEW);
        int space = cut.lastIndexOf(' ');
        return (space > PREVIEW / 2 ? cut.substring(0, space) : cut) + " …";
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
