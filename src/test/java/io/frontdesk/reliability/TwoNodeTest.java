package io.frontdesk.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.account.Secrets;
import io.frontdesk.config.ConfigKey;
import io.frontdesk.testing.ChildServer;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.MailServer;
import io.frontdesk.testing.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two `serve` processes on one PostgreSQL database, as a load balancer would spread them: what one node writes the
 * other reads in every dialect, and background work (the email outbox, async deletes) runs once, not once per node,
 * although both nodes run both workers. PostgreSQL only (SQLite is one node by design); without a server this skips
 * loudly, and under CI=true it fails.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class TwoNodeTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private MailServer mail;
    private TwoNodes nodes;
    private Client v2First;
    private Client v2Second;
    private long mailboxId;

    @BeforeAll
    void start() throws Exception {
        nodes = TwoNodes.create();
        mail = MailServer.start();
        nodes.start("two", mail.settings());
        // One token, issued by the first node, for both: tokens live in the shared database.
        v2First = nodes.node(1).v2();
        v2Second = nodes.node(2).v2(nodes.node(1).token());
        mailboxId = v2First.get("/v2/mailboxes").json().at("/_embedded/mailboxes/0/id").asLong();
    }

    @AfterAll
    void stop() {
        if (nodes != null) {
            nodes.close();
        }
        if (mail != null) {
            mail.close();
        }
    }

    @Test
    void two_nodes_started_at_once_migrate_once_and_make_one_first_start_account() {
        long accounts = nodes.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM accounts")
                .mapTo(Long.class).one());
        long credentials = nodes.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM credentials")
                .mapTo(Long.class).one());

        assertThat(accounts).isEqualTo(1);
        assertThat(credentials).as("one of each kind").isEqualTo(3);
        assertThat(nodes.logCount(Pattern.compile("First start: created account"))).isEqualTo(1);
        // Captured output is a log: the first start names the credentials file but prints no secret into it.
        for (String secret : List.of(ChildServer.CLIENT_SECRET, ChildServer.API_KEY, ChildServer.HELPCRUNCH_KEY)) {
            assertThat(nodes.logCount(Pattern.compile(Pattern.quote(secret)))).as("a secret in a log").isZero();
        }
    }

    @Test
    void a_write_on_one_node_is_read_on_the_other_in_every_dialect() {
        ChildServer first = nodes.node(1);
        ChildServer second = nodes.node(2);

        long v2Customer = created(v2First.post("/v2/customers", "{\"firstName\":\"Ada\",\"emails\":[{\"value\":"
                + "\"ada@two.test\"}]}"));
        assertThat(v2Second.get("/v2/customers/" + v2Customer).json().get("firstName").asText()).isEqualTo("Ada");
        assertThat(v2Second.patch("/v2/customers/" + v2Customer, "[{\"op\":\"replace\",\"path\":\"/firstName\","
                + "\"value\":\"Ada L.\"}]").status()).isEqualTo(204);
        assertThat(v2First.get("/v2/customers/" + v2Customer).json().get("firstName").asText()).isEqualTo("Ada L.");

        Response v1Created = first.v1().post("/v1/customers.json", "{\"firstName\":\"Grace\",\"lastName\":\"H\","
                + "\"emails\":[{\"value\":\"grace@two.test\"}]}");
        assertThat(v1Created.status()).as(v1Created.toString()).isEqualTo(201);
        Response v1Read = second.v1().get("/v1/customers/" + v1Created.locationId() + ".json");
        assertThat(v1Read.status()).isEqualTo(200);
        assertThat(v1Read.json().at("/item/firstName").asText()).isEqualTo("Grace");

        Response hcCreated = second.hc().post("/customers", "{\"name\":\"Linus\",\"userId\":\"linus-two\"}");
        assertThat(hcCreated.status()).as(hcCreated.toString()).isEqualTo(201);
        Response hcRead = first.hc().get("/customers/" + hcCreated.json().get("id").asLong());
        assertThat(hcRead.json().get("userId").asText()).isEqualTo("linus-two");

        long conversation = created(v2Second.post("/v2/conversations", conversation("Across", "ada@two.test")));
        JsonNode read = v2First.get("/v2/conversations/" + conversation + "?embed=threads").json();
        assertThat(read.get("subject").asText()).isEqualTo("Across");
        assertThat(read.at("/primaryCustomer/id").asLong()).isEqualTo(v2Customer);
        assertThat(read.at("/_embedded/threads")).hasSize(1);
    }

    @Test
    void replies_written_through_one_node_are_emailed_once_although_both_nodes_run_the_outbox() throws Exception {
        List<Long> conversations = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            conversations.add(created(v2First.post("/v2/conversations", conversation("Mail " + i,
                    "mail" + i + "@two.test"))));
        }
        for (int i = 0; i < conversations.size(); i++) {
            Response reply = v2First.post("/v2/conversations/" + conversations.get(i) + "/reply",
                    "{\"customer\":{\"email\":\"mail" + i + "@two.test\"},\"text\":\"Reply " + i + "\"}");
            assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        }

        await("every reply sent", () -> outboxCount("status = 'sent'") >= conversations.size());

        assertThat(outboxCount("status <> 'sent'")).isZero();
        long sent = outboxCount("status = 'sent'");
        assertThat(outboxCount("status = 'sent' AND attempts = 1")).isEqualTo(sent);
        assertThat(mail.messageIds()).hasSize((int) sent);
        assertThat(mail.messages()).as("one recipient each, each message once").hasSize((int) sent);
        assertThat(nodes.logCount(Pattern.compile("outbox \\d+: sent"))).isEqualTo((int) sent);
        Map<String, Long> perNode = new HashMap<>();
        nodes.jdbi().useHandle(h -> h.createQuery("SELECT claimed_by, COUNT(*) AS n FROM outbox GROUP BY claimed_by")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2))).forEach(e -> perNode.put(e.getKey(),
                        e.getValue())));
        System.out.println("two nodes: messages sent per node " + perNode);
    }

    @Test
    void an_async_delete_through_one_node_runs_once_and_the_customer_is_gone_on_both() throws Exception {
        long customer = created(v2First.post("/v2/customers", "{\"firstName\":\"Gone\",\"emails\":[{\"value\":"
                + "\"gone@two.test\"}]}"));
        long conversation = created(v2First.post("/v2/conversations", conversation("Bye", "gone@two.test")));

        assertThat(v2Second.delete("/v2/customers/" + customer + "?async=true").status()).isEqualTo(202);

        assertThat(v2First.get("/v2/customers/" + customer).status()).as("gone at once").isEqualTo(404);
        assertThat(v2Second.get("/v2/customers/" + customer).status()).isEqualTo(404);
        long job = nodes.jdbi().withHandle(h -> h.createQuery("SELECT id FROM jobs WHERE kind = 'customer.delete'"
                + " AND payload = :payload").bind("payload", Long.toString(customer)).mapTo(Long.class).one());
        await("the delete job done", () -> "done".equals(jobStatus(job)));

        assertThat(number("SELECT attempts FROM jobs WHERE id = :id", job)).isEqualTo(1);
        assertThat(nodes.logCount(Pattern.compile("job " + job + " \\(customer\\.delete, account \\d+\\) done")))
                .as("run by one node").isEqualTo(1);
        assertThat(v2First.get("/v2/conversations/" + conversation).status()).isEqualTo(404);
        assertThat(v2Second.get("/v2/conversations/" + conversation).status()).isEqualTo(404);
        assertThat(number("SELECT COUNT(*) FROM customers WHERE id = :id", customer)).isZero();
    }

    @Test
    void a_key_revoked_outside_both_nodes_is_refused_by_both_although_both_had_cached_it() throws Exception {
        String key = "two-node-key-" + System.nanoTime();
        nodes.jdbi().useHandle(h -> h.execute("INSERT INTO credentials (account_id, user_id, kind, secret_hash, label,"
                + " created_at) SELECT account_id, id, 'helpcrunch_key', ?, 'two nodes', 0 FROM users ORDER BY id"
                + " LIMIT 1", Secrets.hash(key)));
        try {
            List<Client> both = List.of(helpcrunch(nodes.node(1), key), helpcrunch(nodes.node(2), key));
            for (Client node : both) {
                assertThat(node.get("/customers").status()).isEqualTo(200);
            }
            // Each node now holds the key in its cache (CredentialChangesTest shows a cached key outlives its row).

            // As the command line or an operator would: neither node is told by anything but the database.
            nodes.jdbi().useHandle(h -> h.execute("UPDATE credentials SET revoked_at = ? WHERE secret_hash = ?",
                    System.currentTimeMillis(), Secrets.hash(key)));

            for (Client node : both) {
                await("the revocation heard", () -> node.get("/customers").status() == 401);
            }
        } finally {
            // The first-start test counts the credentials, in whatever order the tests run.
            nodes.jdbi().useHandle(h -> h.execute("DELETE FROM credentials WHERE secret_hash = ?", Secrets.hash(key)));
        }
    }

    private static Client helpcrunch(ChildServer node, String key) {
        return new Client(node.baseUrl() + "/helpcrunch/v1", Map.of("Authorization", "Bearer " + key));
    }

    private String conversation(String subject, String email) {
        return "{\"subject\":\"" + subject + "\",\"type\":\"email\",\"mailboxId\":" + mailboxId + ",\"status\":"
                + "\"active\",\"customer\":{\"email\":\"" + email + "\"},\"threads\":[{\"type\":\"customer\","
                + "\"text\":\"Hello\"}]}";
    }

    private long outboxCount(String condition) {
        return nodes.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM outbox WHERE " + condition)
                .mapTo(Long.class).one());
    }

    private long number(String sql, long id) {
        return nodes.jdbi().withHandle(h -> h.createQuery(sql).bind("id", id).mapTo(Long.class).one());
    }

    private String jobStatus(long job) {
        return nodes.jdbi().withHandle(h -> h.createQuery("SELECT status FROM jobs WHERE id = :id").bind("id", job)
                .mapTo(String.class).one());
    }

    private static long created(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return Long.parseLong(response.header("Resource-ID"));
    }

    /** Bounded polling: checks every 50 ms, fails after 30 s. */
    private static void await(String what, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within " + WAIT.toSeconds() + " s");
            }
            Thread.sleep(50);
        }
    }
}
