package io.frontdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class QueryParserErrorTest {

    private static QuerySyntaxException failure(String input) {
        QuerySyntaxException e = catchThrowableOfType(QuerySyntaxException.class, () -> QueryParser.parse(input));
        assertThat(e).as("parse error for %s", input).isNotNull();
        return e;
    }

    private static void assertFails(String input, int position, String expected) {
        QuerySyntaxException e = failure(input);
        assertThat(e.position()).as("position in %s", input).isEqualTo(position);
        assertThat(e.expected()).as("expected in %s", input).isEqualTo(expected);
    }

    @Test
    void the_message_names_what_was_found_where_and_what_was_expected() {
        assertThat(failure("(firstName:)")).hasMessage("Unexpected ')' at position 11, expected a value");
    }

    @Test
    void the_message_says_end_of_query_when_input_runs_out() {
        assertThat(failure("tag:x AND")).hasMessage("Unexpected end of query at position 9, expected a value");
    }

    @Test
    void the_exception_exposes_what_was_found() {
        assertThat(failure("a OR OR b").found()).isEqualTo("'OR'");
    }

    @Test
    void a_missing_value_before_a_closing_parenthesis_is_reported_at_the_parenthesis() {
        assertFails("(firstName:)", 11, "a value");
    }

    @Test
    void a_missing_value_at_the_end_is_reported_at_the_end() {
        assertFails("firstName:", 10, "a value");
    }

    @Test
    void an_unclosed_parenthesis_expects_a_closing_one_at_the_end() {
        assertFails("(a OR b", 7, "')'");
    }

    @Test
    void an_unclosed_value_group_expects_a_closing_parenthesis() {
        assertFails("tag:(a OR b", 11, "')'");
    }

    @Test
    void a_stray_closing_parenthesis_expects_the_end_of_the_query() {
        assertFails("a OR b)", 6, "end of query");
    }

    @Test
    void an_unterminated_quote_expects_a_closing_quote_at_the_end() {
        assertFails("subject:\"hello", 14, "'\"'");
    }

    @Test
    void an_escaped_final_quote_leaves_the_phrase_unterminated() {
        assertFails("subject:\"hello\\\"", 16, "'\"'");
    }

    @Test
    void a_range_without_to_expects_to() {
        assertFails("number:[1 5]", 10, "TO");
    }

    @Test
    void a_range_with_lowercase_to_expects_to() {
        assertFails("number:[1 to 5]", 10, "TO");
    }

    @Test
    void a_range_without_closing_bracket_expects_one() {
        assertFails("number:[1 TO 5", 14, "']' or '}'");
    }

    @Test
    void a_range_closed_by_a_parenthesis_expects_a_bracket() {
        assertFails("number:[1 TO 5)", 14, "']' or '}'");
    }

    @Test
    void a_range_without_lower_bound_expects_a_value_at_to() {
        assertFails("number:[TO 5]", 8, "a value");
    }

    @Test
    void a_range_without_upper_bound_expects_a_value_at_the_bracket() {
        assertFails("number:[1 TO]", 12, "a value");
    }

    @Test
    void a_range_without_a_field_is_not_a_value() {
        assertFails("[1 TO 5]", 0, "a value");
    }

    @Test
    void a_range_inside_a_value_group_is_not_a_value() {
        assertFails("number:([1 TO 5])", 8, "a value");
    }

    @Test
    void a_dangling_and_expects_a_value() {
        assertFails("a AND", 5, "a value");
    }

    @Test
    void a_dangling_or_expects_a_value() {
        assertFails("a OR ", 5, "a value");
    }

    @Test
    void a_leading_and_expects_a_value() {
        assertFails("AND a", 0, "a value");
    }

    @Test
    void two_operators_in_a_row_expect_a_value_at_the_second() {
        assertFails("a OR OR b", 5, "a value");
    }

    @Test
    void a_dangling_negation_expects_a_value() {
        assertFails("a -", 3, "a value");
    }

    @Test
    void an_empty_group_expects_a_value_inside() {
        assertFails("()", 1, "a value");
    }

    @Test
    void an_empty_value_group_expects_a_value_inside() {
        assertFails("tag:()", 5, "a value");
    }

    @Test
    void a_keyword_as_field_value_expects_a_value() {
        assertFails("tag:OR", 4, "a value");
    }

    @Test
    void a_field_name_with_other_characters_is_rejected_at_its_start() {
        assertFails("x john@x.com:foo", 2, "a field name");
    }

    @Test
    void a_colon_separated_from_its_field_by_space_expects_the_end() {
        assertFails("tag :x", 4, "end of query");
    }

    @Test
    void a_phrase_cannot_be_a_field_name() {
        assertFails("\"tag\":x", 5, "end of query");
    }

    @Test
    void thirty_three_nested_groups_are_rejected_at_the_innermost_parenthesis() {
        assertFails("(".repeat(33) + "a" + ")".repeat(33), 32, "at most 32 nested groups");
    }

    @Test
    void nested_value_groups_count_towards_the_depth_limit() {
        assertFails("tag:" + "(".repeat(33) + "a" + ")".repeat(33), 36, "at most 32 nested groups");
    }

    @Test
    void a_query_longer_than_two_thousand_characters_is_rejected_at_position_two_thousand() {
        QuerySyntaxException e = failure("tag:" + "x".repeat(1997));
        assertThat(e.position()).isEqualTo(2000);
        assertThat(e.expected()).isEqualTo("end of query");
        assertThat(e).hasMessage("Unexpected text beyond 2000 characters at position 2000, expected end of query");
    }

    @Test
    void a_long_token_is_shortened_in_the_message() {
        assertThat(failure("a OR " + "b".repeat(40) + ")").found()).isEqualTo("')'");
        assertThat(failure("x" + "y".repeat(40) + "@:z").found()).isEqualTo("'x" + "y".repeat(26) + "...'");
    }

    @Test
    void a_null_query_is_a_programming_error_not_a_syntax_error() {
        assertThatNullPointerException().isThrownBy(() -> QueryParser.parse(null));
    }

    @Test
    void the_most_terms_parse_and_one_more_is_reported_where_it_starts() {
        String most = String.join(" OR ", java.util.Collections.nCopies(QueryParser.MAX_TERMS, "a"));

        assertThat(QueryParser.parse(most)).isInstanceOf(Or.class);
        assertFails(most + " OR b", most.length() + 4, "at most " + QueryParser.MAX_TERMS + " terms");
    }

    @Test
    void terms_inside_groups_and_value_groups_count_too() {
        String grouped = String.join(" ", java.util.Collections.nCopies(QueryParser.MAX_TERMS / 2, "email:(a OR b)"));

        assertThat(failure(grouped).expected()).isEqualTo("at most " + QueryParser.MAX_TERMS + " terms");
    }
}
