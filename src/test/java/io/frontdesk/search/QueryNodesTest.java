package io.frontdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryNodesTest {

    @Test
    void an_open_bound_is_never_inclusive() {
        assertThat(new Bound(null, true)).isEqualTo(Bound.open());
        assertThat(Bound.open().isOpen()).isTrue();
        assertThat(Bound.open().inclusive()).isFalse();
    }

    @Test
    void a_closed_bound_keeps_its_inclusiveness() {
        assertThat(new Bound("5", true).inclusive()).isTrue();
        assertThat(new Bound("5", true).isOpen()).isFalse();
    }

    @Test
    void and_clauses_cannot_be_changed_through_the_original_list() {
        List<Query> clauses = new ArrayList<>(List.of(new MatchAll(), new MatchAll()));
        And and = new And(clauses);
        clauses.clear();
        assertThat(and.clauses()).hasSize(2);
        assertThatThrownBy(() -> and.clauses().add(new MatchAll())).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_term_needs_a_value_but_not_a_field() {
        assertThat(new Term(null, "x", false).field()).isNull();
        assertThatNullPointerException().isThrownBy(() -> new Term("tag", null, false));
    }
}
