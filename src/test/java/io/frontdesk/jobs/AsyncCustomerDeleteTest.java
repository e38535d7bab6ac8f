package io.frontdesk.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.Application;
import io.frontdesk.account.User;
import io.frontdesk.jobs.jdbc.JdbcJobStore;
import io.frontdesk.mailbox.Mailbox;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * `DELETE /v2/customers/{id}?async=true`: the 202 means durably accepted. The customer is gone from every read and
 * write at once, its email is free at once, and the rest (the row, its conversations) is removed by a job that
 * survives a restart.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class AsyncCustomerDeleteTest {

    @Parameter
    Backend backend;

    private JobsFixture fixture;
    private Application app;
    private User owner;
    private Client v2;
    private Mailbox mailbox;

    @BeforeEach
    void open() {
        fixture = JobsFixture.create(backend);
        app = fixture.open();
        owner = fixture.owner(app);
        mailbox = app.mailboxes().create(owner.accountId(), "Support", "support@jobs.test");
        v2 = fixture.serveV2(app, owner);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void the_customer_is_gone_at_once_and_its_conversations_go_with_the_job() {
        long id = customer("{\"firstName\":\"Ada\",\"emails\":[{\"value\":\"ada@jobs.test\"}]}");
        long kept = customer("{\"firstName\":\"Kept\"}");
        long conversation = conversation("ada@jobs.test");
        long total = v2.get("/v2/customers").json().at("/page/totalElements").asLong();

        Response deleted = v2.delete("/v2/customers/" + id + "?async=true");

        assertThat(deleted.status()).isEqualTo(202);
        assertThat(v2.get("/v2/customers/" + id).status()).isEqualTo(404);
        assertThat(v2.patch("/v2/customers/" + id, "[{\"op\":\"replace\",\"path\":\"/firstName\",\"value\":\"X\"}]")
                .status()).isEqualTo(404);
        assertThat(v2.post("/v2/customers/" + id + "/phones", "{\"value\":\"1\"}").status()).isEqualTo(404);
        assertThat(v2.delete("/v2/customers/" + id).status()).as("already being deleted").isEqualTo(404);
        assertThat(v2.delete("/v2/customers/" + id + "?async=true").status()).isEqualTo(404);
        JsonNode list = v2.get("/v2/customers").json();
        assertThat(list.at("/page/totalElements").asLong()).isEqualTo(total - 1);
        assertThat(ids(list)).containsExactly(kept);
        assertThat(v2.get("/v2/customers?query=%28email%3A%22ada%40jobs.test%22%29").json()
                .at("/page/totalElements").asLong()).isZero();
        // The conversation waits for the job; a new customer may take the address meanwhile.
        assertThat(v2.get("/v2/conversations/" + conversation).status()).isEqualTo(200);
        // a reply to them is refused, though the conversation's own lock read names them (deleted) as its customer
        Response reply = v2.post("/v2/conversations/" + conversation + "/reply", "{\"customer\":{\"id\":" + id
                + "},\"text\":\"Still there?\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.json().at("/_embedded/errors/0/path").asText()).isEqualTo("customer.id");
        assertThat(v2.get("/v2/conversations/" + conversation).json().get("threads").asInt()).isEqualTo(1);
        long again = customer("{\"firstName\":\"New Ada\",\"emails\":[{\"value\":\"ada@jobs.test\"}]}");
        assertThat(again).isNotEqualTo(id);

        assertThat(app.jobWorker().runOnce()).isEqualTo(1);

        assertThat(v2.get("/v2/conversations/" + conversation).status()).isEqualTo(404);
        assertThat(rows("SELECT COUNT(*) FROM customers WHERE id = " + id)).isZero();
        assertThat(v2.get("/v2/customers/" + again).status()).isEqualTo(200);
        assertThat(v2.get("/v2/customers").json().at("/page/totalElements").asLong()).isEqualTo(total);
    }

    @Test
    void an_accepted_delete_survives_a_restart_before_its_job_ran() {
        long id = customer("{\"firstName\":\"Grace\",\"emails\":[{\"value\":\"grace@jobs.test\"}]}");
        long conversation = conversation("grace@jobs.test");
        assertThat(v2.delete("/v2/customers/" + id + "?async=true").status()).isEqualTo(202);

        // A stop before any worker ran: the job is on disk, not in the stopped process's memory.
        fixture.stop(app);
        Application restarted = fixture.open();
        JdbcJobStore jobs = restarted.jobs();
        // the conversation's report facts queued a fold of the rollups too, on a lane of its own
        assertThat(jobs.list(owner.accountId())).filteredOn(r -> r.kind().equals(JobKind.CUSTOMER_DELETE.stored()))
                .extracting(JdbcJobStore.Row::status).containsExactly("pending");
        assertThat(restarted.customers().find(owner.accountId(), id)).isEmpty();

        assertThat(restarted.jobWorker().runOnce()).isEqualTo(1);

        long conversations = restarted.database().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM conversations WHERE id = :id").bind("id", conversation).mapTo(Long.class).one());
        assertThat(conversations).isZero();
        assertThat(jobs.list(owner.accountId())).filteredOn(r -> r.kind().equals(JobKind.CUSTOMER_DELETE.stored()))
                .extracting(JdbcJobStore.Row::status, JdbcJobStore.Row::attempts).containsExactly(tuple("done", 1));
    }

    @Test
    void a_job_whose_customer_is_already_gone_finishes_without_failing() {
        long id = customer("{\"firstName\":\"Twice\"}");
        assertThat(v2.delete("/v2/customers/" + id + "?async=true").status()).isEqualTo(202);
        app.database().withHandle(h -> h.execute("DELETE FROM customers WHERE id = ?", id));

        assertThat(app.jobWorker().runOnce()).isEqualTo(1);

        assertThat(app.jobs().list(owner.accountId())).extracting(JdbcJobStore.Row::status).containsExactly("done");
    }

    /**
     * A client that still holds the id of a deleted customer or conversation must get 404, never somebody else: ids
     * are not reused, even for the newest row (SQLite's plain rowid would hand the next insert the purged max id).
     */
    @Test
    void ids_of_deleted_customers_and_conversations_are_never_given_out_again() {
        long purged = customer("{\"firstName\":\"Newest\",\"emails\":[{\"value\":\"newest@jobs.test\"}]}");
        long conversation = conversation("newest@jobs.test");
        assertThat(v2.delete("/v2/customers/" + purged + "?async=true").status()).isEqualTo(202);
        assertThat(app.jobWorker().runOnce()).isEqualTo(1);

        long next = customer("{\"firstName\":\"Next\"}");
        assertThat(next).isGreaterThan(purged);
        assertThat(conversation("other@jobs.test")).isGreaterThan(conversation);

        assertThat(v2.delete("/v2/customers/" + next).status()).isEqualTo(204);
        assertThat(customer("{\"firstName\":\"After\"}")).isGreaterThan(next);
        assertThat(v2.get("/v2/customers/" + purged).status()).isEqualTo(404);
        assertThat(v2.get("/v2/customers/" + next).status()).isEqualTo(404);
    }

    @Test
    void an_unknown_customer_is_a_404_and_queues_nothing() {
        assertThat(v2.delete("/v2/customers/999999999?async=true").status()).isEqualTo(404);
        assertThat(app.jobs().list(owner.accountId())).isEmpty();
    }

    private long customer(String json) {
        Response response = v2.post("/v2/customers", json);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return Long.parseLong(response.header("Resource-ID"));
    }

    private long conversation(String email) {
        Response response = v2.post("/v2/conversations", "{\"subject\":\"Hi\",\"type\":\"email\",\"mailboxId\":"
                + mailbox.id() + ",\"status\":\"active\",\"customer\":{\"email\":\"" + email + "\"},\"threads\":"
                + "[{\"type\":\"customer\",\"text\":\"Hello\"}]}");
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return Long.parseLong(response.header("Resource-ID"));
    }

    private long rows(String sql) {
        return app.database().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.at("/_embedded/customers").forEach(customer -> ids.add(customer.get("id").asLong()));
        return ids;
    }
}
