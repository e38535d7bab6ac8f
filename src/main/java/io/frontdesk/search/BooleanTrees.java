package io.frontdesk.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds {@link And} and {@link Or} nodes in normal form, so that equal queries written with different grouping,
 * such as {@code a AND (b AND c)} and {@code (a AND b) AND c}, produce equal trees.
 */
final class BooleanTrees {

    private BooleanTrees() {
    }

    static Query and(List<Query> operands) {
        List<Query> flat = new ArrayList<>();
        for (Query operand : operands) {
            if (operand instanceof And nested) {
                flat.addAll(nested.clauses());
            } else {
                flat.add(operand);
            }
        }
        return flat.size() == 1 ? flat.get(0) : new And(flat);
    }

    static Query or(List<Query> operands) {
        List<Query> flat = new ArrayList<>();
        for (Query operand : operands) {
            if (operand instanceof Or nested) {
                flat.addAll(nested.clauses());
            } else {
                flat.add(operand);
            }
        }
        return flat.size() == 1 ? flat.get(0) : new Or(flat);
    }
}
