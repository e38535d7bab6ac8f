package io.frontdesk.helpcrunch;

import io.frontdesk.customer.CustomerCriterion.Operator;

import java.util.Arrays;
import java.util.Optional;

/**
 * Search operators and the field types they apply to, per the docs' table: `=` all types, `!=` all but arrays,
 * `> < >= <=` numbers and dates, `~ !~` (contains, does not contain) strings.
 */
enum HcOperator {
    EQ("=", Operator.EQ),
    NE("!=", Operator.NE),
    GT(">", Operator.GT),
    LT("<", Operator.LT),
    GE(">=", Operator.GE),
    LE("<=", Operator.LE),
    CONTAINS("~", Operator.CONTAINS),
    NOT_CONTAINS("!~", Operator.NOT_CONTAINS);

    private final String wire;
    private final Operator core;

    HcOperator(String wire, Operator core) {
        this.wire = wire;
        this.core = core;
    }

    String wire() {
        return wire;
    }

    Operator core() {
        return core;
    }

    boolean appliesTo(HcSearchField.Type type) {
        return switch (this) {
            case EQ -> true;
            case NE -> type != HcSearchField.Type.TAGS;
            case GT, LT, GE, LE -> type == HcSearchField.Type.NUMBER || type == HcSearchField.Type.DATE;
            case CONTAINS, NOT_CONTAINS -> type == HcSearchField.Type.TEXT || type == HcSearchField.Type.UNSTORED;
        };
    }

    /** True for the operators that exclude (`!=`, `!~`). */
    boolean negative() {
        return this == NE || this == NOT_CONTAINS;
    }

    static Optional<HcOperator> byWire(String text) {
        return Arrays.stream(values()).filter(op -> op.wire.equals(text)).findFirst();
    }
}
