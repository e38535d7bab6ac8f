package io.frontdesk.conversation;

/**
 * The preview line of a conversation: thread text with HTML tags removed, the common entities decoded and
 * whitespace collapsed, cut at {@value #LENGTH} characters (never inside a surrogate pair).
 */
final class Previews {

    static final int LENGTH = 100;

    private Previews() {
    }

    static String of(String text) {
        if (text == null) {
            return null;
        }
        String plain = text.replaceAll("(?s)<[^>]*>", " ")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&")
                .replaceAll("\\s+", " ").trim();
        if (plain.length() <= LENGTH) {
            return plain;
        }
        int end = Character.isHighSurrogate(plain.charAt(LENGTH - 1)) ? LENGTH - 1 : LENGTH;
        return plain.substring(0, end);
    }
}
