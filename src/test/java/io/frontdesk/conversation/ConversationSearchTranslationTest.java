package io.frontdesk.conversation;

import io.frontdesk.conversation.ConversationCriterion.And;
import io.frontdesk.conversation.ConversationCriterion.Assignee;
import io.frontdesk.conversation.ConversationCriterion.Contains;
import io.frontdesk.conversation.ConversationCriterion.CustomField;
import io.frontdesk.conversation.ConversationCriterion.Or;
import io.frontdesk.conversation.ConversationCriterion.TextField;
import io.frontdesk.error.ApiException;
import io.frontdesk.mailbox.FieldOption;
import io.frontdesk.mailbox.FieldType;
import io.frontdesk.mailbox.MailboxField;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The query language to criteria, without a database: what each documented form means. */
class ConversationSearchTranslationTest {

    private static final Instant NOW = Instant.parse("2024-06-15T10:00:00Z");
    private static final MailboxField RENEWAL = new MailboxField(7, 1, "Renewal", FieldType.DATE, false, 0,
            List.of());
    private static final MailboxField PLAN = new MailboxField(8, 1, "Plan", FieldType.DROPDOWN, false, 0,
            List.of(new FieldOption(81, 1, "Trial"), new FieldOption(82, 2, "Paid")));

    private static ConversationCriterion translate(String query) {
        return ConversationSearch.translate(query, NOW, Map.of(7L, RENEWAL, 8L, PLAN)).criterion();
    }

    @Test
    void a_quoted_subject_needs_every_word_in_any_order() {
        assertThat(translate("subject:\"Coffee  tea\"")).isEqualTo(new And(List.of(
                new Contains(TextField.SUBJECT, "coffee"), new Contains(TextField.SUBJECT, "tea"))));
    }

    @Test
    void a_bare_word_searches_subject_and_body() {
        assertThat(translate("printer")).isEqualTo(new Or(List.of(new Contains(TextField.SUBJECT, "printer"),
                new Contains(TextField.BODY, "printer"))));
    }

    @Test
    void unassigned_is_a_word_not_a_user() {
        assertThat(translate("assigned:\"Unassigned\"")).isEqualTo(new Assignee(null));
    }

    @Test
    void date_custom_fields_take_date_math_as_days() {
        assertThat(translate("cf7:[NOW TO *]")).isEqualTo(new CustomField(7, ConversationCriterion.Operator.GE,
                "2024-06-15"));
        assertThat(translate("cf8:paid")).isEqualTo(new CustomField(8, ConversationCriterion.Operator.EQ, "82"));
        assertThat(translate("cf8:gold")).isEqualTo(new ConversationCriterion.None());
    }

    @Test
    void the_score_text_is_the_first_positive_text() {
        assertThat(ConversationSearch.translate("-subject:x body:\"Hello there\"", NOW, Map.of()).scoreText())
                .isEqualTo("Hello there");
    }

    @Test
    void unknown_fields_and_bad_values_are_query_errors() {
        for (String query : List.of("colour:red", "cf9:x", "number:abc", "attachment:maybe", "tag:*", "cf8:[a TO b]",
                "(subject:x")) {
            assertThatThrownBy(() -> translate(query)).as(query).isInstanceOf(ApiException.class)
                    .satisfies(e -> assertThat(((ApiException) e).errors().get(0).path()).isEqualTo("query"));
        }
    }
}
