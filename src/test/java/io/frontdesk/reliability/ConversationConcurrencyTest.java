package io.frontdesk.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conversations written at the same moment: a new email named by many creates becomes one customer, numbers stay
 * unique and gapless per account while creates race (with retried races and refused creates among them), and threads
 * added at once to one conversation all land and are counted.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class ConversationConcurrencyTest {

    @Parameter
    Backend backend;

    private Tenant tenant;
    private Client v2;

    @BeforeEach
    void tenant() {
        tenant = backend.tenant();
        v2 = tenant.v2();
    }

    @Test
    void sixteen_creates_naming_one_new_email_make_one_customer_with_all_conversations() throws Exception {
        List<Response> answers = Race.run(16, i -> create("Same " + i, "one@race.test"));

        Set<Long> customers = new HashSet<>();
        for (Response answer : answers) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
            customers.add(get(answer).at("/primaryCustomer/id").asLong());
        }
        assertThat(customers).hasSize(1);
        assertThat(v2.get("/v2/customers?query=%28email%3A%22one%40race.test%22%29").json()
                .at("/page/totalElements").asInt()).isEqualTo(1);
        assertThat(v2.get("/v2/conversations?status=all&query=%28email%3A%22one%40race.test%22%29").json()
                .at("/page/totalElements").asInt()).isEqualTo(16);
    }

    @Test
    void numbers_stay_unique_and_gapless_while_creates_race_retry_and_fail() throws Exception {
        // Eight clients, five creates each: a third share one new email (races that are retried), and four are
        // refused (unknown assignee) in the middle of the others, which must not burn a number.
        List<List<Response>> answers = Race.run(8, 5, (client, round) -> {
            int n = client * 5 + round;
            String email = n % 3 == 0 ? "shared@race.test" : "own" + n + "@race.test";
            return round == 4 && client % 2 == 0 ? refusedCreate("Refused " + n, email) : create("Numbered " + n,
                    email);
        });

        List<Long> numbers = new ArrayList<>();
        int refused = 0;
        for (List<Response> responses : answers) {
            for (Response answer : responses) {
                if (answer.status() == 201) {
                    numbers.add(get(answer).get("number").asLong());
                } else {
                    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
                    refused++;
                }
            }
        }
        assertThat(refused).isEqualTo(4);
        assertThat(numbers).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 36).boxed().toList());
        // The next create continues the sequence.
        assertThat(get(create("After", "after@race.test")).get("number").asLong()).isEqualTo(37);
    }

    @Test
    void threads_added_to_one_conversation_at_once_all_land_and_are_counted() throws Exception {
        long id = Long.parseLong(create("Busy", "busy@race.test").header("Resource-ID"));

        List<List<Response>> answers = Race.run(8, 6, (client, round) -> round % 2 == 0
                ? v2.post("/v2/conversations/" + id + "/notes", "{\"text\":\"note " + client + "-" + round + "\"}")
                : v2.post("/v2/conversations/" + id + "/customer", "{\"customer\":{\"email\":\"busy@race.test\"},"
                        + "\"text\":\"more " + client + "-" + round + "\"}"));

        answers.forEach(responses -> responses.forEach(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201)));
        JsonNode conversation = v2.get("/v2/conversations/" + id + "?embed=threads").json();
        assertThat(conversation.at("/_embedded/threads")).hasSize(1 + 48);
        assertThat(conversation.get("threads").asInt()).isEqualTo(1 + 48);
        long stored = tenant.server().app().database().withHandle(h -> h.createQuery(
                "SELECT thread_count FROM conversations WHERE id = :id").bind("id", id).mapTo(Long.class).one());
        assertThat(stored).isEqualTo(49);
    }

    private Response create(String subject, String email) {
        return v2.post("/v2/conversations", body(subject, email, ""));
    }

    private Response refusedCreate(String subject, String email) {
        return v2.post("/v2/conversations", body(subject, email, ",\"assignTo\":999999999"));
    }

    private String body(String subject, String email, String extra) {
        return "{\"subject\":\"" + subject + "\",\"type\":\"email\",\"mailboxId\":" + tenant.mailbox().id()
                + ",\"status\":\"active\",\"customer\":{\"email\":\"" + email + "\"},\"threads\":[{\"type\":"
                + "\"customer\",\"text\":\"Hello\"}]" + extra + "}";
    }

    private JsonNode get(Response created) {
        Response response = v2.get("/v2/conversations/" + created.header("Resource-ID"));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
