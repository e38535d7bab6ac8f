package io.frontdesk.search;

/**
 * A lexeme of the query language.
 *
 * @param text  the word, or the phrase with quotes and escapes removed; for symbols the symbol itself
 * @param start offset of the first character in the input, used for error positions
 * @param end   offset just past the last character, where the parser resumes
 */
record Token(Kind kind, String text, int start, int end) {

    enum Kind {
        LPAREN, RPAREN, LBRACKET, RBRACKET, LBRACE, RBRACE, COLON, WORD, PHRASE, AND, OR, NOT, EOF
    }
}
