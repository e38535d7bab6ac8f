package io.frontdesk.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The reports bench's conversation rows agree with their facts: what the drilldowns and the history show. */
class LoadedConversationTest {

    private static ReportFactLoader.Row fact(String kind, Long user, long at, String status, Long assignee) {
        return new ReportFactLoader.Row(kind, 42, 3, "chat", 900, user, null, at, null, null, false, null, null,
                null, status, assignee);
    }

    @Test
    void a_reopened_conversation_replied_again_is_pending_with_its_last_assignee_and_no_close() {
        LoadedConversation c = LoadedConversation.of(List.of(
                fact("CREATED", null, 1_000, "active", null),
                fact("CUSTOMER_MESSAGE", null, 1_000, "active", null),
                fact("TAGGED", null, 1_000, "active", null),
                fact("REPLY", 7L, 5_000, "pending", 7L),
                fact("CLOSED", 7L, 9_000, "closed", 7L),
                fact("REOPENED", null, 12_000, "active", 7L),
                fact("CUSTOMER_MESSAGE", null, 12_000, "active", 7L),
                fact("REPLY", 8L, 15_000, "pending", 8L),
                fact("SAVED_REPLY", 8L, 15_000, "pending", 8L)));

        assertThat(c).isEqualTo(new LoadedConversation(42, 3, "chat", 900, c.subject(), "pending", 8L, "customer",
                900, 4, null, null, null, "user", 1_000, 15_000));
        assertThat(c.subject()).isNotBlank();
    }

    @Test
    void a_closed_conversation_keeps_its_last_close_and_one_a_user_started_names_the_user() {
        LoadedConversation c = LoadedConversation.of(List.of(
                fact("CREATED", 5L, 1_000, "active", null),
                fact("REPLY", 5L, 2_000, "pending", 5L),
                fact("CLOSED", 5L, 3_000, "closed", 5L),
                fact("RATED", 5L, 8_000, "closed", 5L)));

        assertThat(c.status()).isEqualTo("closed");
        assertThat(c.closedAt()).isEqualTo(3_000L);
        assertThat(c.closedBy()).isEqualTo(5L);
        assertThat(c.createdByType()).isEqualTo("user");
        assertThat(c.createdBy()).isEqualTo(5L);
        assertThat(c.updated()).isEqualTo(8_000L);
    }

    @Test
    void a_customer_message_left_unanswered_is_waiting_since_it() {
        LoadedConversation c = LoadedConversation.of(List.of(
                fact("CREATED", 5L, 1_000, "active", null),
                fact("REPLY", 5L, 2_000, "pending", 5L),
                fact("CUSTOMER_MESSAGE", null, 6_000, "active", 5L)));

        assertThat(c.waitingSince()).isEqualTo(6_000L);
        assertThat(c.latestReplyFrom()).isEqualTo("customer");
        assertThat(c.threads()).isEqualTo(2);
    }

    @Test
    void its_csv_line_quotes_texts_and_leaves_nulls_empty() {
        LoadedConversation c = new LoadedConversation(1, 2, "email", 3, "Say \"hi\", please", "active", null,
                "customer", 3, 1, null, null, null, "customer", 10, 20);
        StringBuilder csv = new StringBuilder();
        c.appendCsv(csv, 9);

        assertThat(csv).hasToString("1,9,1,2,3,\"Say \"\"hi\"\", please\",\"active\",\"email\",\"published\",1,,"
                + "\"customer\",3,,,20,,\"customer\",10,20\n");
        assertThat(csv.toString().split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1))
                .hasSize(LoadedConversation.COLUMNS.split(",").length);
    }
}
