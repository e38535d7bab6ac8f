package io.frontdesk.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Recursive-descent parser for the Lucene-like query language of Help Scout's search endpoints.
 *
 * <pre>
 * query      := orExpr EOF                         (empty or a lone * = match all)
 * orExpr     := andExpr (("OR" | "||") andExpr)*
 * andExpr    := unary ((["AND" | "&&"]) unary)*     (no operator = AND)
 * unary      := ("NOT" | "-" | "!")* primary
 * primary    := "(" orExpr ")" | field ":" valueExpr | value
 * valueExpr  := value | "(" valueOr ")" | range       (valueOr: the same operators over plain values)
 * range      := ("[" | "{") bound "TO" bound ("]" | "}")
 * </pre>
 */
public final class QueryParser {

    /** Longer input is rejected before parsing, so a hostile query cannot make the server do much work. */
    public static final int MAX_LENGTH = 2000;
    /** Parentheses deeper than this are rejected; it bounds recursion so a stack overflow is impossible. */
    public static final int MAX_DEPTH = 32;
    /**
     * More operands (terms, ranges, groups) than this are rejected: within {@link #MAX_LENGTH} a query could hold
     * hundreds of terms, each a sub-select or more, an expression SQLite refuses as too large and PostgreSQL runs for
     * minutes. Help Scout documents no number; real queries use a handful.
     */
    public static final int MAX_TERMS = 100;

    private final String input;
    private final Lexer lexer;
    private int position;
    private int depth;
    private int operands;
    private Token peeked;
    private Lexer.Mode peekedMode;

    private QueryParser(String input) {
        this.input = input;
        this.lexer = new Lexer(input);
    }

    /**
     * @throws QuerySyntaxException if the input is not a valid query
     */
    public static Query parse(String input) {
        Objects.requireNonNull(input, "input");
        if (input.length() > MAX_LENGTH) {
            throw new QuerySyntaxException("text beyond " + MAX_LENGTH + " characters", MAX_LENGTH, "end of query");
        }
        return new QueryParser(input).query();
    }

    private Query query() {
        if (peek(Lexer.Mode.CLAUSE).kind() == Token.Kind.EOF) {
            return new MatchAll();
        }
        Query query = orExpr(null);
        Token end = peek(Lexer.Mode.CLAUSE);
        if (end.kind() != Token.Kind.EOF) {
            throw unexpected(end, "end of query");
        }
        return query;
    }

    // groupField is null for ordinary clauses and the field name inside field:( ... ), where the same operators
    // combine plain values that all belong to that field.

    private Query orExpr(String groupField) {
        List<Query> operands = new ArrayList<>();
        operands.add(andExpr(groupField));
        Token next = peek(modeFor(groupField));
        while (next.kind() == Token.Kind.OR) {
            consume(next);
            operands.add(andExpr(groupField));
            next = peek(modeFor(groupField));
        }
        return BooleanTrees.or(operands);
    }

    private Query andExpr(String groupField) {
        List<Query> operands = new ArrayList<>();
        operands.add(unary(groupField));
        while (true) {
            Token next = peek(modeFor(groupField));
            if (next.kind() == Token.Kind.AND) {
                consume(next);
            } else if (!startsOperand(next)) {
                break;
            }
            operands.add(unary(groupField));
        }
        return BooleanTrees.and(operands);
    }

    private static boolean startsOperand(Token token) {
        return switch (token.kind()) {
            case WORD, PHRASE, LPAREN, NOT -> true;
            default -> false;
        };
    }

    /** A loop rather than recursion, so a long run of negations cannot exhaust the stack. */
    private Query unary(String groupField) {
        int negations = 0;
        Token next = peek(modeFor(groupField));
        while (next.kind() == Token.Kind.NOT) {
            consume(next);
            negations++;
            next = peek(modeFor(groupField));
        }
        if (++operands > MAX_TERMS) {
            throw unexpected(next, "at most " + MAX_TERMS + " terms");
        }
        Query operand = groupField == null ? clause() : groupedValue(groupField);
        for (int i = 0; i < negations; i++) {
            operand = new Not(operand);
        }
        return operand;
    }

    private Query clause() {
        Token token = peek(Lexer.Mode.CLAUSE);
        return switch (token.kind()) {
            case LPAREN -> group(token, null);
            case PHRASE -> {
                consume(token);
                yield new Term(null, token.text(), true);
            }
            case WORD -> wordClause(token);
            default -> throw unexpected(token, "a value");
        };
    }

    private Query wordClause(Token word) {
        consume(word);
        boolean isField = word.end() < input.length() && input.charAt(word.end()) == ':';
        if (!isField) {
            return word.text().equals("*") ? new MatchAll() : new Term(null, word.text(), false);
        }
        if (!isFieldName(word.text())) {
            throw unexpected(word, "a field name");
        }
        consume(peek(Lexer.Mode.CLAUSE));
        return fieldValue(word.text());
    }

    private static boolean isFieldName(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '_' || c == '.';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    private Query fieldValue(String field) {
        Token token = peek(Lexer.Mode.VALUE);
        return switch (token.kind()) {
            case LPAREN -> group(token, field);
            case LBRACKET, LBRACE -> range(field, token);
            case WORD, PHRASE -> {
                consume(token);
                yield new Term(field, token.text(), token.kind() == Token.Kind.PHRASE);
            }
            default -> throw unexpected(token, "a value");
        };
    }

    private Query groupedValue(String field) {
        Token token = peek(Lexer.Mode.GROUPED_VALUE);
        return switch (token.kind()) {
            case LPAREN -> group(token, field);
            case WORD, PHRASE -> {
                consume(token);
                yield new Term(field, token.text(), token.kind() == Token.Kind.PHRASE);
            }
            default -> throw unexpected(token, "a value");
        };
    }

    private Query group(Token open, String groupField) {
        if (depth == MAX_DEPTH) {
            throw unexpected(open, "at most " + MAX_DEPTH + " nested groups");
        }
        consume(open);
        depth++;
        Query content = orExpr(groupField);
        Token close = peek(modeFor(groupField));
        if (close.kind() != Token.Kind.RPAREN) {
            throw unexpected(close, "')'");
        }
        consume(close);
        depth--;
        return content;
    }

    private Query range(String field, Token open) {
        consume(open);
        String lower = boundValue();
        Token to = peek(Lexer.Mode.VALUE);
        if (!isTo(to)) {
            throw unexpected(to, "TO");
        }
        consume(to);
        String upper = boundValue();
        Token close = peek(Lexer.Mode.VALUE);
        if (close.kind() != Token.Kind.RBRACKET && close.kind() != Token.Kind.RBRACE) {
            throw unexpected(close, "']' or '}'");
        }
        consume(close);
        return new Range(field,
                new Bound(lower, open.kind() == Token.Kind.LBRACKET),
                new Bound(upper, close.kind() == Token.Kind.RBRACKET));
    }

    /** Returns {@code null} for {@code *}, the open end; a quoted {@code "*"} stays a literal star. */
    private String boundValue() {
        Token token = peek(Lexer.Mode.VALUE);
        boolean usable = token.kind() == Token.Kind.PHRASE || (token.kind() == Token.Kind.WORD && !isTo(token));
        if (!usable) {
            // A bare TO here means a missing bound, as in [TO 5]; taking it as the bound would blame the wrong token.
            throw unexpected(token, "a value");
        }
        consume(token);
        return token.kind() == Token.Kind.WORD && token.text().equals("*") ? null : token.text();
    }

    private static boolean isTo(Token token) {
        return token.kind() == Token.Kind.WORD && token.text().equals("TO");
    }

    private static Lexer.Mode modeFor(String groupField) {
        return groupField == null ? Lexer.Mode.CLAUSE : Lexer.Mode.GROUPED_VALUE;
    }

    /** Memoised because the parser often looks at the same token several times before consuming it. */
    private Token peek(Lexer.Mode mode) {
        if (peeked == null || peekedMode != mode) {
            peeked = lexer.next(position, mode);
            peekedMode = mode;
        }
        return peeked;
    }

    private void consume(Token token) {
        position = token.end();
        peeked = null;
    }

    private QuerySyntaxException unexpected(Token token, String expected) {
        return new QuerySyntaxException(describe(token), token.start(), expected);
    }

    private String describe(Token token) {
        if (token.kind() == Token.Kind.EOF) {
            return "end of query";
        }
        String raw = input.substring(token.start(), token.end());
        if (raw.length() > 30) {
            raw = raw.substring(0, 27) + "...";
        }
        return token.kind() == Token.Kind.PHRASE ? raw : "'" + raw + "'";
    }
}
