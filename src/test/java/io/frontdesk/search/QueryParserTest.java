package io.frontdesk.search;

import static io.frontdesk.search.Ast.and;
import static io.frontdesk.search.Ast.exclusive;
import static io.frontdesk.search.Ast.inclusive;
import static io.frontdesk.search.Ast.matchAll;
import static io.frontdesk.search.Ast.not;
import static io.frontdesk.search.Ast.open;
import static io.frontdesk.search.Ast.or;
import static io.frontdesk.search.Ast.phrase;
import static io.frontdesk.search.Ast.range;
import static io.frontdesk.search.Ast.word;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryParserTest {

    private static Query parse(String input) {
        return QueryParser.parse(input);
    }

    // Match all

    @Test
    void an_empty_query_matches_all() {
        assertThat(parse("")).isEqualTo(matchAll());
    }

    @Test
    void a_whitespace_only_query_matches_all() {
        assertThat(parse(" \t\n ")).isEqualTo(matchAll());
    }

    @Test
    void a_lone_star_matches_all() {
        assertThat(parse(" * ")).isEqualTo(matchAll());
    }

    @Test
    void a_star_in_parentheses_matches_all() {
        assertThat(parse("(*)")).isEqualTo(matchAll());
    }

    @Test
    void a_quoted_star_is_a_literal_phrase_not_match_all() {
        assertThat(parse("\"*\"")).isEqualTo(phrase(null, "*"));
    }

    @Test
    void a_star_as_field_value_is_left_for_the_compiler() {
        assertThat(parse("tag:*")).isEqualTo(word("tag", "*"));
    }

    // Terms

    @Test
    void a_bare_word_is_a_term_without_field() {
        assertThat(parse("refund")).isEqualTo(word(null, "refund"));
    }

    @Test
    void a_bare_word_keeps_wildcards_and_punctuation() {
        assertThat(parse("jo?n*+x/y_z-1.2@3")).isEqualTo(word(null, "jo?n*+x/y_z-1.2@3"));
    }

    @Test
    void field_names_keep_their_case_digits_underscores_and_dots() {
        assertThat(parse("Custom_Field.v2:x")).isEqualTo(word("Custom_Field.v2", "x"));
    }

    @Test
    void whitespace_after_the_colon_is_allowed() {
        assertThat(parse("firstName:  john")).isEqualTo(word("firstName", "john"));
    }

    @Test
    void an_unquoted_field_value_keeps_later_colons() {
        assertThat(parse("createdAt:2013-11-20T00:00:00Z")).isEqualTo(word("createdAt", "2013-11-20T00:00:00Z"));
    }

    @Test
    void a_dash_at_the_start_of_a_field_value_is_part_of_the_value() {
        assertThat(parse("cf1:-5")).isEqualTo(word("cf1", "-5"));
    }

    @Test
    void a_dash_inside_a_bare_word_is_part_of_the_word() {
        assertThat(parse("well-known")).isEqualTo(word(null, "well-known"));
    }

    // Phrases and escapes

    @Test
    void an_escaped_quote_inside_a_phrase_is_a_quote() {
        assertThat(parse("subject:\"say \\\"hi\\\"\"")).isEqualTo(phrase("subject", "say \"hi\""));
    }

    @Test
    void an_escaped_backslash_inside_a_phrase_is_one_backslash() {
        assertThat(parse("body:\"a\\\\b\"")).isEqualTo(phrase("body", "a\\b"));
    }

    @Test
    void an_escaped_backslash_before_the_closing_quote_does_not_escape_it() {
        assertThat(parse("body:\"a\\\\\" b")).isEqualTo(and(phrase("body", "a\\"), word(null, "b")));
    }

    @Test
    void any_other_backslash_inside_a_phrase_is_kept_as_typed() {
        assertThat(parse("body:\"C:\\temp\"")).isEqualTo(phrase("body", "C:\\temp"));
    }

    @Test
    void keywords_and_brackets_inside_a_phrase_are_plain_text() {
        assertThat(parse("\"(a OR b) [c TO d]: -e\"")).isEqualTo(phrase(null, "(a OR b) [c TO d]: -e"));
    }

    @Test
    void an_empty_phrase_is_an_empty_value() {
        assertThat(parse("subject:\"\"")).isEqualTo(phrase("subject", ""));
    }

    // Operators and precedence

    @Test
    void and_binds_tighter_than_or() {
        assertThat(parse("a OR b AND c")).isEqualTo(or(word(null, "a"), and(word(null, "b"), word(null, "c"))));
    }

    @Test
    void and_binds_tighter_than_or_on_either_side() {
        assertThat(parse("a AND b OR c"))
                .isEqualTo(or(and(word(null, "a"), word(null, "b")), word(null, "c")));
    }

    @Test
    void implicit_and_binds_tighter_than_or() {
        assertThat(parse("a b OR c")).isEqualTo(or(and(word(null, "a"), word(null, "b")), word(null, "c")));
    }

    @Test
    void parentheses_override_precedence() {
        assertThat(parse("(a OR b) AND c")).isEqualTo(and(or(word(null, "a"), word(null, "b")), word(null, "c")));
    }

    @Test
    void not_binds_tighter_than_and() {
        assertThat(parse("NOT a AND b")).isEqualTo(and(not(word(null, "a")), word(null, "b")));
    }

    @Test
    void double_ampersand_and_double_bar_are_and_and_or() {
        assertThat(parse("a && b || c")).isEqualTo(or(and(word(null, "a"), word(null, "b")), word(null, "c")));
    }

    @Test
    void explicit_and_and_implicit_and_mix_into_one_and() {
        assertThat(parse("a AND b c")).isEqualTo(and(word(null, "a"), word(null, "b"), word(null, "c")));
    }

    @Test
    void chained_ors_flatten_into_one_or() {
        assertThat(parse("a OR b OR c")).isEqualTo(or(word(null, "a"), word(null, "b"), word(null, "c")));
    }

    @Test
    void nested_groups_of_the_same_operator_flatten() {
        assertThat(parse("(a AND (b AND c)) AND d"))
                .isEqualTo(and(word(null, "a"), word(null, "b"), word(null, "c"), word(null, "d")));
    }

    @Test
    void nested_groups_of_different_operators_stay_nested() {
        assertThat(parse("a AND (b OR (c AND d))"))
                .isEqualTo(and(word(null, "a"), or(word(null, "b"), and(word(null, "c"), word(null, "d")))));
    }

    @Test
    void redundant_parentheses_vanish() {
        assertThat(parse("(((tag:x)))")).isEqualTo(word("tag", "x"));
    }

    // Keyword case

    @Test
    void lowercase_and_is_a_bare_word() {
        assertThat(parse("a and b")).isEqualTo(and(word(null, "a"), word(null, "and"), word(null, "b")));
    }

    @Test
    void lowercase_or_is_a_bare_word() {
        assertThat(parse("a or b")).isEqualTo(and(word(null, "a"), word(null, "or"), word(null, "b")));
    }

    @Test
    void lowercase_not_is_a_bare_word() {
        assertThat(parse("not a")).isEqualTo(and(word(null, "not"), word(null, "a")));
    }

    @Test
    void mixed_case_keywords_are_bare_words() {
        assertThat(parse("a Or b")).isEqualTo(and(word(null, "a"), word(null, "Or"), word(null, "b")));
    }

    @Test
    void a_quoted_keyword_is_a_phrase() {
        assertThat(parse("a \"OR\" b")).isEqualTo(and(word(null, "a"), phrase(null, "OR"), word(null, "b")));
    }

    @Test
    void to_outside_a_range_is_a_bare_word() {
        assertThat(parse("subject:TO")).isEqualTo(word("subject", "TO"));
    }

    // Negation

    @Test
    void an_exclamation_mark_negates_the_clause() {
        assertThat(parse("!tag:x")).isEqualTo(not(word("tag", "x")));
    }

    @Test
    void a_dash_before_a_group_negates_the_group() {
        assertThat(parse("-(a OR b)")).isEqualTo(not(or(word(null, "a"), word(null, "b"))));
    }

    @Test
    void a_dash_before_a_phrase_negates_the_phrase() {
        assertThat(parse("-\"out of office\"")).isEqualTo(not(phrase(null, "out of office")));
    }

    @Test
    void a_dash_in_the_middle_of_a_query_negates_the_next_clause() {
        assertThat(parse("refund -tag:spam")).isEqualTo(and(word(null, "refund"), not(word("tag", "spam"))));
    }

    @Test
    void not_between_clauses_means_and_not() {
        assertThat(parse("a NOT b")).isEqualTo(and(word(null, "a"), not(word(null, "b"))));
    }

    @Test
    void and_not_negates_only_the_following_clause() {
        assertThat(parse("a AND NOT b")).isEqualTo(and(word(null, "a"), not(word(null, "b"))));
    }

    @Test
    void repeated_negations_are_kept_rather_than_cancelled() {
        assertThat(parse("NOT -a")).isEqualTo(not(not(word(null, "a"))));
    }

    @Test
    void a_long_run_of_negations_does_not_exhaust_the_stack() {
        Query query = parse("-".repeat(1999) + "a");
        int depth = 0;
        while (query instanceof Not negated) {
            query = negated.clause();
            depth++;
        }
        assertThat(depth).isEqualTo(1999);
        assertThat(query).isEqualTo(word(null, "a"));
    }

    // Grouped values

    @Test
    void grouped_values_expand_to_an_or_of_terms() {
        assertThat(parse("tag:(a OR b OR c)")).isEqualTo(or(word("tag", "a"), word("tag", "b"), word("tag", "c")));
    }

    @Test
    void grouped_values_build_the_same_tree_as_the_spelled_out_query() {
        assertThat(parse("email:(\"a\" OR \"b\")")).isEqualTo(parse("(email:\"a\" OR email:\"b\")"));
    }

    @Test
    void grouped_values_without_operator_are_an_and() {
        assertThat(parse("subject:(coffee tea)")).isEqualTo(and(word("subject", "coffee"), word("subject", "tea")));
    }

    @Test
    void grouped_values_follow_the_same_precedence() {
        assertThat(parse("tag:(a OR b AND c)"))
                .isEqualTo(or(word("tag", "a"), and(word("tag", "b"), word("tag", "c"))));
    }

    @Test
    void grouped_values_may_nest() {
        assertThat(parse("tag:((a OR b) AND c)"))
                .isEqualTo(and(or(word("tag", "a"), word("tag", "b")), word("tag", "c")));
    }

    @Test
    void grouped_values_may_be_negated() {
        assertThat(parse("tag:(a NOT b -c)")).isEqualTo(and(word("tag", "a"), not(word("tag", "b")),
                not(word("tag", "c"))));
    }

    @Test
    void a_grouped_value_keeps_its_colons() {
        assertThat(parse("subject:(re:hello)")).isEqualTo(word("subject", "re:hello"));
    }

    @Test
    void a_grouped_field_combines_with_other_clauses() {
        assertThat(parse("tag:(a OR b) status:active"))
                .isEqualTo(and(or(word("tag", "a"), word("tag", "b")), word("status", "active")));
    }

    // Ranges

    @Test
    void square_brackets_include_both_ends() {
        assertThat(parse("number:[1 TO 5]")).isEqualTo(range("number", inclusive("1"), inclusive("5")));
    }

    @Test
    void braces_exclude_both_ends() {
        assertThat(parse("number:{1 TO 5}")).isEqualTo(range("number", exclusive("1"), exclusive("5")));
    }

    @Test
    void each_end_of_a_range_is_inclusive_or_exclusive_independently() {
        assertThat(parse("number:[1 TO 5}")).isEqualTo(range("number", inclusive("1"), exclusive("5")));
        assertThat(parse("number:{1 TO 5]")).isEqualTo(range("number", exclusive("1"), inclusive("5")));
    }

    @Test
    void a_star_opens_the_lower_end() {
        assertThat(parse("number:[* TO 5]")).isEqualTo(range("number", open(), inclusive("5")));
    }

    @Test
    void both_ends_may_be_open() {
        assertThat(parse("number:{* TO *]")).isEqualTo(range("number", open(), open()));
    }

    @Test
    void an_open_end_compares_equal_whatever_its_bracket() {
        assertThat(parse("number:[* TO 5]")).isEqualTo(parse("number:{* TO 5]"));
    }

    @Test
    void quoted_bounds_are_taken_literally() {
        assertThat(parse("name:[\"a b\" TO \"*\"]")).isEqualTo(range("name", inclusive("a b"), inclusive("*")));
    }

    @Test
    void range_bounds_may_be_negative_numbers() {
        assertThat(parse("cf9:[-10 TO -1]")).isEqualTo(range("cf9", inclusive("-10"), inclusive("-1")));
    }

    @Test
    void spaces_inside_range_brackets_are_allowed() {
        assertThat(parse("number:[ 1  TO  5 ]")).isEqualTo(range("number", inclusive("1"), inclusive("5")));
    }

    @Test
    void a_range_may_be_negated_and_combined() {
        assertThat(parse("-number:[1 TO 5] OR tag:x"))
                .isEqualTo(or(not(range("number", inclusive("1"), inclusive("5"))), word("tag", "x")));
    }

    // Limits

    @Test
    void thirty_two_nested_groups_are_allowed() {
        assertThat(parse("(".repeat(32) + "a" + ")".repeat(32))).isEqualTo(word(null, "a"));
    }

    @Test
    void a_query_of_exactly_two_thousand_characters_is_allowed() {
        String value = "x".repeat(1996);
        assertThat(parse("tag:" + value)).isEqualTo(word("tag", value));
    }
}
