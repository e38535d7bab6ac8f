package io.frontdesk.search;

/**
 * Splits the query into tokens on demand.
 *
 * <p>The same characters mean different things depending on what the parser expects next: in
 * {@code modifiedAt:[2013-11-20T00:00:00Z TO NOW-9DAYS]} the colons and dashes belong to the values, while in
 * {@code -tag:x} the dash negates and the colon separates field from value. A lexer that ran ahead of the parser
 * could not tell these apart, so the parser asks for one token at a time and says which {@link Mode} applies.
 */
final class Lexer {

    enum Mode {
        /** At the start of a clause: a colon ends the field name and a leading {@code -} or {@code !} negates. */
        CLAUSE(true, true),
        /** After {@code field:} and inside ranges: dates and negative numbers keep their colons and dashes. */
        VALUE(false, false),
        /** Inside {@code field:( ... )}: each value is a clause of its own, but colons still belong to values. */
        GROUPED_VALUE(false, true);

        final boolean colonEndsWord;
        final boolean prefixNegates;

        Mode(boolean colonEndsWord, boolean prefixNegates) {
            this.colonEndsWord = colonEndsWord;
            this.prefixNegates = prefixNegates;
        }
    }

    private static final String DELIMITERS = "()[]{}\"";

    private final String input;

    Lexer(String input) {
        this.input = input;
    }

    Token next(int from, Mode mode) {
        int start = skipWhitespace(from);
        if (start == input.length()) {
            return new Token(Token.Kind.EOF, "", start, start);
        }
        char c = input.charAt(start);
        if (c == '"') {
            return phrase(start);
        }
        Token.Kind symbol = symbol(c, mode);
        if (symbol != null) {
            return new Token(symbol, String.valueOf(c), start, start + 1);
        }
        return word(start, mode);
    }

    private int skipWhitespace(int from) {
        int i = from;
        while (i < input.length() && Character.isWhitespace(input.charAt(i))) {
            i++;
        }
        return i;
    }

    private static Token.Kind symbol(char c, Mode mode) {
        return switch (c) {
            case '(' -> Token.Kind.LPAREN;
            case ')' -> Token.Kind.RPAREN;
            case '[' -> Token.Kind.LBRACKET;
            case ']' -> Token.Kind.RBRACKET;
            case '{' -> Token.Kind.LBRACE;
            case '}' -> Token.Kind.RBRACE;
            case ':' -> mode.colonEndsWord ? Token.Kind.COLON : null;
            case '-', '!' -> mode.prefixNegates ? Token.Kind.NOT : null;
            default -> null;
        };
    }

    private Token phrase(int start) {
        StringBuilder text = new StringBuilder();
        int i = start + 1;
        while (i < input.length()) {
            char c = input.charAt(i);
            if (c == '"') {
                return new Token(Token.Kind.PHRASE, text.toString(), start, i + 1);
            }
            boolean escape = c == '\\' && i + 1 < input.length()
                    && (input.charAt(i + 1) == '"' || input.charAt(i + 1) == '\\');
            if (escape) {
                i++;
            }
            // Any other backslash is kept as typed, so "C:\temp" means what a user would expect.
            text.append(input.charAt(i));
            i++;
        }
        throw new QuerySyntaxException("end of query", input.length(), "'\"'");
    }

    private Token word(int start, Mode mode) {
        int end = start;
        while (end < input.length() && isWordChar(input.charAt(end), mode)) {
            end++;
        }
        String text = input.substring(start, end);
        return new Token(keyword(text), text, start, end);
    }

    private static boolean isWordChar(char c, Mode mode) {
        if (Character.isWhitespace(c) || DELIMITERS.indexOf(c) >= 0) {
            return false;
        }
        return c != ':' || !mode.colonEndsWord;
    }

    /** Only exact upper case is a keyword, as in Lucene, so "and" or "or" can still be searched for. */
    private static Token.Kind keyword(String word) {
        return switch (word) {
            case "AND", "&&" -> Token.Kind.AND;
            case "OR", "||" -> Token.Kind.OR;
            case "NOT" -> Token.Kind.NOT;
            default -> Token.Kind.WORD;
        };
    }
}
