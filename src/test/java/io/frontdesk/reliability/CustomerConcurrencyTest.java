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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients changing one customer at the same moment: every change that was answered 2xx is kept (no lost update,
 * which a read-modify-write of the entry list would cause), and races for one unique value end in one winner and
 * clean refusals, never a 500.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class CustomerConcurrencyTest {

    private static final int ROUNDS = 25;

    @Parameter
    Backend backend;

    private Tenant tenant;
    private Client v2;
    private Client hc;

    @BeforeEach
    void tenant() {
        tenant = backend.tenant();
        v2 = tenant.v2();
        hc = tenant.hc();
    }

    @Test
    void two_clients_patching_one_customers_entries_at_once_lose_no_update() throws Exception {
        long id = v2Customer("{\"firstName\":\"Pat\",\"emails\":[{\"value\":\"pat@race.test\"}]}");

        List<List<Response>> answers = Race.run(2, ROUNDS, (client, round) -> v2.patch("/v2/customers/" + id,
                "[{\"op\":\"add\",\"path\":\"/emails\",\"value\":{\"value\":\"p" + client + "-" + round
                        + "@race.test\"}},{\"op\":\"add\",\"path\":\"/phones\",\"value\":{\"value\":\"" + client
                        + "-" + round + "\"}}]"));

        answers.forEach(responses -> responses.forEach(r -> assertThat(r.status()).as(r.toString()).isEqualTo(204)));
        JsonNode customer = v2.get("/v2/customers/" + id).json();
        Set<String> emails = values(customer.at("/_embedded/emails"));
        Set<String> phones = values(customer.at("/_embedded/phones"));
        for (int client = 0; client < 2; client++) {
            for (int round = 0; round < ROUNDS; round++) {
                assertThat(emails).contains("p" + client + "-" + round + "@race.test");
                assertThat(phones).contains(client + "-" + round);
            }
        }
        assertThat(emails).hasSize(1 + 2 * ROUNDS);
        assertThat(phones).hasSize(2 * ROUNDS);
    }

    @Test
    void entry_posts_and_patches_mixed_from_eight_clients_all_land_with_distinct_ids() throws Exception {
        long id = v2Customer("{\"firstName\":\"Mix\"}");

        List<List<Response>> answers = Race.run(8, 10, (client, round) -> round % 2 == 0
                ? v2.post("/v2/customers/" + id + "/websites", "{\"value\":\"https://" + client + "-" + round
                        + ".race.test\"}")
                : v2.patch("/v2/customers/" + id, "[{\"op\":\"add\",\"path\":\"/websites\",\"value\":{\"value\":"
                        + "\"https://" + client + "-" + round + ".race.test\"}}]"));

        answers.forEach(responses -> responses.forEach(r -> assertThat(r.status()).as(r.toString()).isIn(201, 204)));
        JsonNode websites = v2.get("/v2/customers/" + id).json().at("/_embedded/websites");
        Set<Long> ids = new HashSet<>();
        websites.forEach(website -> ids.add(website.get("id").asLong()));
        assertThat(websites).hasSize(80);
        assertThat(ids).hasSize(80);
    }

    @Test
    void helpcrunch_tag_adds_on_one_customer_at_once_keep_every_tag_and_make_each_name_once() throws Exception {
        long id = hc.post("/customers", "{\"name\":\"Tagged\"}").json().get("id").asLong();
        long other = hc.post("/customers", "{\"name\":\"Also tagged\"}").json().get("id").asLong();

        // Every request also names one new tag that all of them create, on two customers, to race for its row.
        List<List<Response>> answers = Race.run(8, 5, (client, round) -> hc.put("/customers/"
                + (client % 4 == 3 ? other : id) + "/tags", "{\"tags\":[{\"name\":\"t" + client + "-" + round
                + "\"},{\"name\":\"Shared new\"}]}"));

        answers.forEach(responses -> responses.forEach(r -> assertThat(r.status()).as(r.toString()).isEqualTo(200)));
        Set<String> tags = tagNames(hc.get("/customers/" + id).json());
        Set<String> otherTags = tagNames(hc.get("/customers/" + other).json());
        List<String> expected = new ArrayList<>();
        List<String> expectedOther = new ArrayList<>();
        for (int client = 0; client < 8; client++) {
            for (int round = 0; round < 5; round++) {
                (client % 4 == 3 ? expectedOther : expected).add("t" + client + "-" + round);
            }
        }
        assertThat(tags).containsAll(expected).contains("Shared new").hasSize(expected.size() + 1);
        assertThat(otherTags).containsAll(expectedOther).contains("Shared new").hasSize(expectedOther.size() + 1);
        long shared = tenant.server().app().tags().list(tenant.accountId()).stream()
                .filter(tag -> tag.name().equals("Shared new")).count();
        assertThat(shared).isEqualTo(1);
    }

    @Test
    void creates_racing_for_one_email_make_one_customer_and_clean_409s() throws Exception {
        List<Response> answers = Race.run(8, i -> v2.post("/v2/customers", "{\"firstName\":\"Racer " + i
                + "\",\"emails\":[{\"value\":\"same@race.test\"}]}"));

        assertThat(answers).extracting(Response::status).containsOnly(201, 409);
        assertThat(answers).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(v2.get("/v2/customers?query=%28email%3A%22same%40race.test%22%29").json()
                .at("/page/totalElements").asInt()).isEqualTo(1);
    }

    @Test
    void helpcrunch_creates_racing_for_one_user_id_make_one_customer_and_the_usual_refusal() throws Exception {
        hc.post("/customers", "{\"userId\":\"taken\"}");
        Response sequential = hc.post("/customers", "{\"userId\":\"taken\"}");

        List<Response> answers = Race.run(8, i -> hc.post("/customers", "{\"userId\":\"racer\",\"name\":\"R" + i
                + "\"}"));

        assertThat(answers).filteredOn(r -> r.status() == 201).hasSize(1);
        // A lost race is refused exactly as a plain duplicate is, whichever database saw it.
        for (Response answer : answers) {
            if (answer.status() != 201) {
                assertThat(answer.status()).as(answer.toString()).isEqualTo(sequential.status());
                assertThat(answer.body()).isEqualTo(sequential.body());
            }
        }
        assertThat(hc.post("/customers/search", "{\"filter\":[{\"field\":\"customers.userId\",\"operator\":\"=\","
                + "\"value\":\"racer\"}]}").json().get("total").asInt()).isEqualTo(1);
    }

    private long v2Customer(String json) {
        Response response = v2.post("/v2/customers", json);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return Long.parseLong(response.header("Resource-ID"));
    }

    private static Set<String> values(JsonNode entries) {
        Set<String> values = new HashSet<>();
        entries.forEach(entry -> values.add(entry.get("value").asText()));
        return values;
    }

    private static Set<String> tagNames(JsonNode customer) {
        Set<String> names = new HashSet<>();
        customer.get("tags").forEach(tag -> names.add(tag.get("name").asText()));
        return names;
    }
}
