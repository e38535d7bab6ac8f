package io.frontdesk.search;

import static io.frontdesk.search.Ast.and;
import static io.frontdesk.search.Ast.exclusive;
import static io.frontdesk.search.Ast.inclusive;
import static io.frontdesk.search.Ast.not;
import static io.frontdesk.search.Ast.open;
import static io.frontdesk.search.Ast.or;
import static io.frontdesk.search.Ast.phrase;
import static io.frontdesk.search.Ast.range;
import static io.frontdesk.search.Ast.term;
import static io.frontdesk.search.Ast.word;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every query shown in Help Scout's own documentation must parse to the tree it obviously means. */
class VendorExamplesTest {

    private static Query parse(String input) {
        return QueryParser.parse(input);
    }

    @Test
    void a_quoted_first_name_is_a_phrase_on_that_field() {
        assertThat(parse("(firstName:\"John\")")).isEqualTo(term("firstName", "John", true));
    }

    @Test
    void a_quoted_last_name_is_a_phrase_on_that_field() {
        assertThat(parse("(lastName:\"Appleseed\")")).isEqualTo(phrase("lastName", "Appleseed"));
    }

    @Test
    void two_first_names_joined_by_or_are_an_or() {
        assertThat(parse("(firstName:\"John\" OR firstName:\"Johnny\")"))
                .isEqualTo(or(phrase("firstName", "John"), phrase("firstName", "Johnny")));
    }

    @Test
    void first_and_last_name_joined_by_and_are_an_and() {
        assertThat(parse("(firstName:\"John\" AND lastName:\"Appleseed\")"))
                .isEqualTo(and(phrase("firstName", "John"), phrase("lastName", "Appleseed")));
    }

    @Test
    void a_quoted_email_keeps_its_at_sign_and_dots() {
        assertThat(parse("(email:\"john@appleseed.com\")")).isEqualTo(phrase("email", "john@appleseed.com"));
    }

    @Test
    void grouped_emails_expand_to_an_or_of_email_terms() {
        assertThat(parse("(email:(\"john@appleseed.com\" OR \"johnappleseed@gmail.com\"))"))
                .isEqualTo(or(phrase("email", "john@appleseed.com"), phrase("email", "johnappleseed@gmail.com")));
    }

    @Test
    void a_group_of_one_value_is_just_that_value() {
        assertThat(parse("(emailDomain:(\"gmail.com\"))")).isEqualTo(phrase("emailDomain", "gmail.com"));
    }

    @Test
    void a_range_from_an_iso_instant_to_an_open_end_keeps_the_colons_of_the_instant() {
        assertThat(parse("modifiedAt:[2013-11-20T00:00:00Z TO *]"))
                .isEqualTo(range("modifiedAt", inclusive("2013-11-20T00:00:00Z"), open()));
    }

    @Test
    void a_quoted_instant_is_a_phrase_value() {
        assertThat(parse("(modifiedSince:\"2013-11-20T00:00:00Z\")"))
                .isEqualTo(phrase("modifiedSince", "2013-11-20T00:00:00Z"));
    }

    @Test
    void a_bare_email_in_parentheses_is_a_term_without_field() {
        assertThat(parse("(john@appleseed.com)")).isEqualTo(word(null, "john@appleseed.com"));
    }

    @Test
    void two_bare_phrases_joined_by_or_are_an_or_of_terms_without_field() {
        assertThat(parse("(\"john@appleseed.com\" OR \"johnappleseed@gmail.com\")"))
                .isEqualTo(or(phrase(null, "john@appleseed.com"), phrase(null, "johnappleseed@gmail.com")));
    }

    @Test
    void a_one_word_subject_phrase_parses() {
        assertThat(parse("(subject:\"rainbow\")")).isEqualTo(phrase("subject", "rainbow"));
    }

    @Test
    void a_subject_phrase_keeps_its_spaces() {
        assertThat(parse("(subject:\"have a question\")")).isEqualTo(phrase("subject", "have a question"));
    }

    @Test
    void a_two_word_subject_phrase_stays_one_term() {
        assertThat(parse("(subject:\"coffee tea\")")).isEqualTo(phrase("subject", "coffee tea"));
    }

    @Test
    void the_three_subject_examples_on_one_line_are_joined_by_an_implicit_and() {
        assertThat(parse("(subject:\"rainbow\")  (subject:\"have a question\")  (subject:\"coffee tea\")"))
                .isEqualTo(and(phrase("subject", "rainbow"), phrase("subject", "have a question"),
                        phrase("subject", "coffee tea")));
    }

    @Test
    void a_tag_phrase_parses() {
        assertThat(parse("(tag:\"carrots\")")).isEqualTo(phrase("tag", "carrots"));
    }

    @Test
    void two_tags_joined_by_or_are_an_or() {
        assertThat(parse("(tag:\"dogs\" OR tag:\"carrots\")"))
                .isEqualTo(or(phrase("tag", "dogs"), phrase("tag", "carrots")));
    }

    @Test
    void a_mailbox_name_phrase_parses() {
        assertThat(parse("(mailboxName:\"Orders\")")).isEqualTo(phrase("mailboxName", "Orders"));
    }

    @Test
    void a_numeric_mailbox_id_is_a_bare_word_with_the_field_name_as_written() {
        assertThat(parse("(mailboxid:100)")).isEqualTo(word("mailboxid", "100"));
    }

    @Test
    void a_numeric_customer_id_is_a_bare_word() {
        assertThat(parse("(customerIds:123)")).isEqualTo(word("customerIds", "123"));
    }

    @Test
    void a_conversation_number_is_a_bare_word() {
        assertThat(parse("(number:1234)")).isEqualTo(word("number", "1234"));
    }

    @Test
    void an_id_is_a_bare_word() {
        assertThat(parse("(id:123456)")).isEqualTo(word("id", "123456"));
    }

    @Test
    void an_assignee_name_is_a_phrase() {
        assertThat(parse("(assigned:\"spock\")")).isEqualTo(phrase("assigned", "spock"));
    }

    @Test
    void unassigned_is_an_ordinary_phrase_left_for_the_compiler() {
        assertThat(parse("(assigned:\"Unassigned\")")).isEqualTo(phrase("assigned", "Unassigned"));
    }

    @Test
    void a_boolean_attachment_flag_is_a_bare_word() {
        assertThat(parse("(attachment:true)")).isEqualTo(word("attachment", "true"));
    }

    @Test
    void a_body_phrase_parses() {
        assertThat(parse("(body:\"what a beautiful day\")")).isEqualTo(phrase("body", "what a beautiful day"));
    }

    @Test
    void a_range_of_relative_dates_keeps_the_date_math_as_text() {
        assertThat(parse("modifiedAt:[NOW-180DAYS TO NOW-9DAYS]"))
                .isEqualTo(range("modifiedAt", inclusive("NOW-180DAYS"), inclusive("NOW-9DAYS")));
    }

    @Test
    void a_leading_dash_negates_the_clause() {
        assertThat(parse("-tag:x")).isEqualTo(not(word("tag", "x")));
    }

    @Test
    void not_before_a_clause_negates_it() {
        assertThat(parse("(NOT email:\"email@domain.com\")")).isEqualTo(not(phrase("email", "email@domain.com")));
    }

    @Test
    void a_custom_field_range_from_now_to_an_open_end_parses() {
        assertThat(parse("cf123:[NOW TO *]")).isEqualTo(range("cf123", inclusive("NOW"), open()));
    }

    @Test
    void a_clause_and_a_negated_clause_are_an_and() {
        assertThat(parse("status:active AND -tag:spam"))
                .isEqualTo(and(word("status", "active"), not(word("tag", "spam"))));
    }

    @Test
    void adjacent_clauses_without_operator_are_an_and() {
        assertThat(parse("firstName:john lastName:smith"))
                .isEqualTo(and(word("firstName", "john"), word("lastName", "smith")));
    }

    @Test
    void a_braced_range_excludes_both_ends() {
        assertThat(parse("createdAt:{2020-01-01 TO 2020-12-31T23:59:59Z}")).isEqualTo(
                range("createdAt", exclusive("2020-01-01"), exclusive("2020-12-31T23:59:59Z")));
    }
}
