package io.frontdesk.helpcrunch;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The markdown of `POST /messages` `markdownText`, rendered into the HTML text the message keeps (HelpCrunch stores
 * the rendered text and never echoes the markdown). The subset chat composers produce: `**bold**`, `*italic*` and
 * `_italic_`, `` `code` ``, `[label](https://…)` links, line breaks. Everything else is text: the input is escaped
 * first, so no markup a client sends reaches an agent's screen as HTML, and links take only http(s) and mailto.
 */
final class HcMarkdown {

    private static final Pattern CODE = Pattern.compile("`([^`\n]+)`");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern ITALIC = Pattern.compile("(?<![\\w*])[*_](?![\\s*_])(.+?)(?<![\\s*_])[*_](?![\\w*])");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\n]+)\\]\\(((?:https?://|mailto:)[^)\\s\"]+)\\)");

    private HcMarkdown() {
    }

    static String toHtml(String markdown) {
        String html = escape(markdown.replace("\r\n", "\n"));
        // code spans first, so their content is not read as emphasis
        StringBuilder out = new StringBuilder();
        Matcher code = CODE.matcher(html);
        int last = 0;
        while (code.find()) {
            out.append(inline(html.substring(last, code.start()))).append("<code>").append(code.group(1))
                    .append("</code>");
            last = code.end();
        }
        out.append(inline(html.substring(last)));
        return out.toString().replace("\n", "<br>");
    }

    private static String inline(String text) {
        String linked = LINK.matcher(text).replaceAll("<a href=\"$2\">$1</a>");
        String bold = BOLD.matcher(linked).replaceAll("<strong>$1</strong>");
        return ITALIC.matcher(bold).replaceAll("<em>$1</em>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("$", "&#36;").replace("\\", "&#92;");
    }
}
