package io.frontdesk.conversation;

import java.util.regex.Pattern;

/**
 * The preview line of a conversation: thread text with HTML tags removed, the common entities decoded and
 * whitespace collapsed, cut at {@value #LENGTH} characters (never inside a surrogate pair).
 */
final class Previews {

    static final int LENGTH = 100;

    // compiled once: String.replaceAll compiles its pattern on every call, and every thread written computes a preview
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Previews() {
    }

    static String of(String text) {
        if (text == null) {
            return null;
        }
        String stripped = TAG.matcher(text).replaceAll(" ");
        if (stripped.indexOf('&') >= 0) {
            stripped = stripped.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        }
        String plain = SPACE.matcher(stripped).replaceAll(" ").trim();
        if (plain.length() <= LENGTH) {
            return plain;
        }
        int end = Character.isHighSurrogate(plain.charAt(LENGTH - 1)) ? LENGTH - 1 : LENGTH;
        return plain.substring(0, end);
    }
}
