package io.frontdesk.cli;

import io.frontdesk.Application;
import io.frontdesk.report.ReportRebuild;
import io.frontdesk.report.jdbc.JdbcRebuildStore;
import io.frontdesk.report.jdbc.JdbcReportStore;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `reports rebuild`: history written through the API, its report tables wiped (as data from before the recorder), is
 * rebuilt from the event record to exactly the facts the live recorder wrote; again, the same; and writes made between
 * the rebuild's steps are counted once, in order. On both databases, against the shared server's database.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class ReportsRebuildTest {

    @Parameter
    Backend backend;

    private Tenant tenant;
    private Client v2;
    private long owner;

    @BeforeEach
    void tenant() {
        tenant = backend.tenant();
        v2 = tenant.v2();
        owner = tenant.owner().id();
    }

    @Test
    void a_wiped_history_is_rebuilt_as_the_recorder_wrote_it_and_a_second_rebuild_changes_nothing() {
        long[] email = customerStarts("email", "customer", "a@x.test", "\"tags\":[\"vip\",\"billing\"],");
        reply(email);
        customerWrites(email);
        reply(email);
        status(email, "closed");
        customerWrites(email);
        status(email, "closed");
        long savedReply = Long.parseLong(created(v2.post("/v2/mailboxes/" + tenant.mailbox().id()
                + "/saved-replies", "{\"name\":\"Thanks\",\"text\":\"Thanks for writing\"}")).header("Resource-ID"));
        created(v2.post("/v2/conversations/" + email[0] + "/reply", "{\"customer\":{\"id\":" + email[1]
                + "},\"savedReplyId\":" + savedReply + ",\"user\":" + owner + "}"));
        long[] chat = customerStarts("chat", "chat", "b@x.test", "");
        reply(chat);
        status(chat, "closed");
        Response rated = tenant.hc().put("/chats/rate", "{\"id\":" + chat[0] + ",\"rating\":\"great\"}");
        assertThat(rated.status()).as("%s", rated).isEqualTo(200);
        // created closed by a user, then reopened: the creation's close is not the one the conversation holds now
        long[] closedAtCreation = created("{\"subject\":\"Done\",\"type\":\"email\",\"mailboxId\":"
                + tenant.mailbox().id() + ",\"status\":\"closed\",\"customer\":{\"email\":\"c@x.test\"},\"threads\":"
                + "[{\"type\":\"reply\",\"customer\":{\"email\":\"c@x.test\"},\"text\":\"Sorted\",\"user\":" + owner
                + "}]}");
        status(closedAtCreation, "active");
        List<String> live = facts();
        assertThat(live).as("the scenario writes every kind the rebuild must redo")
                .anyMatch(f -> f.startsWith("CREATED")).anyMatch(f -> f.startsWith("CUSTOMER_MESSAGE"))
                .anyMatch(f -> f.startsWith("REPLY")).anyMatch(f -> f.startsWith("CLOSED"))
                .anyMatch(f -> f.startsWith("REOPENED")).anyMatch(f -> f.startsWith("RATED"))
                .anyMatch(f -> f.startsWith("TAGGED")).anyMatch(f -> f.startsWith("SAVED_REPLY"));

        String liveReport = report();
        wipe();
        assertThat(facts()).isEmpty();
        assertThat(ok("reports", "rebuild", "--account", account()).out()).contains("account_id=" + account());
        assertThat(facts()).isEqualTo(live);

        assertThat(report()).as("the report over them").isEqualTo(liveReport);

        ok("reports", "rebuild", "--account", account());
        assertThat(facts()).as("a second rebuild, over the rebuilt facts").isEqualTo(live);
    }

    @Test
    void writes_between_the_rebuilds_steps_are_counted_once_in_order_and_tags_seen_live_are_kept() {
        long[] first = customerStarts("email", "customer", "d@x.test", "");
        reply(first);
        Response tagged = v2.put("/v2/conversations/" + first[0] + "/tags", "{\"tags\":[\"later\"]}");
        assertThat(tagged.status()).as("%s", tagged).isEqualTo(204);
        List<String> tagFacts = facts().stream().filter(f -> f.startsWith("TAGGED")).toList();
        assertThat(tagFacts).hasSize(1);

        // batches of two events: the writes between steps move the horizon, and the end comes when they stop
        Application app = tenant.server().app();
        ReportRebuild rebuild = new ReportRebuild(new JdbcRebuildStore(app.database()),
                new JdbcReportStore(app.database()), app.rollupFolding(), app.eventLog(), app.database(),
                Clock.systemUTC(), 2);
        long account = tenant.accountId();
        rebuild.begin(account);
        List<long[]> during = new ArrayList<>();
        int steps = 0;
        do {
            if (during.size() < 6) {
                // writes of each kind between the first steps: an old conversation's, a new one started and answered
                customerWrites(first);
                long[] started = customerStarts("email", "customer", "e" + steps + "@x.test", "");
                reply(started);
                during.add(started);
            }
            steps++;
        } while (rebuild.step(account) >= 0 && steps < 500);
        assertThat(rebuild.step(account)).as("over").isEqualTo(-1);
        assertThat(steps).as("marking, deleting, replaying, moving the horizon, the end").isGreaterThan(6);

        List<String> rebuilt = facts();
        assertThat(count(rebuilt, "CUSTOMER_MESSAGE\t" + first[0] + "\t")).as("the first message and one a step")
                .isEqualTo(1 + during.size());
        for (long[] started : during) {
            assertThat(count(rebuilt, "CREATED\t" + started[0] + "\t")).isEqualTo(1);
            assertThat(count(rebuilt, "REPLY\t" + started[0] + "\t")).isEqualTo(1);
        }
        assertThat(rebuilt.stream().filter(f -> f.startsWith("TAGGED")).toList())
                .as("a tag put on later, which the record cannot tell, is kept as the recorder saw it")
                .isEqualTo(tagFacts);

        reply(first);
        assertThat(count(facts(), "REPLY\t" + first[0] + "\t")).as("recording resumed").isEqualTo(2);
        List<String> afterwards = facts();
        wipe();
        ok("reports", "rebuild", "--account", account());
        assertThat(facts().stream().filter(f -> !f.startsWith("TAGGED")).toList())
                .as("the same as a rebuild with nothing written beside it")
                .isEqualTo(afterwards.stream().filter(f -> !f.startsWith("TAGGED")).toList());
    }

    @Test
    void an_unknown_account_exits_1_and_the_target_is_required() {
        Cli.Run unknown = run("reports", "rebuild", "--account", "999999");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("Account not found");
        assertThat(run("reports", "rebuild").exitCode()).isEqualTo(2);
    }

    // ---- writes through Help Scout 2.0

    private long[] customerStarts(String type, String threadType, String email, String extra) {
        return created("{\"subject\":\"Help\",\"type\":\"" + type + "\",\"mailboxId\":" + tenant.mailbox().id()
                + ",\"status\":\"active\"," + extra + "\"customer\":{\"email\":\"" + email + "\"},\"threads\":[{"
                + "\"type\":\"" + threadType + "\",\"customer\":{\"email\":\"" + email + "\"},\"text\":\"Hello\"}]}");
    }

    private long[] created(String body) {
        Response r = created(v2.post("/v2/conversations", body));
        long id = Long.parseLong(r.header("Resource-ID"));
        return new long[]{id, v2.get("/v2/conversations/" + id).json().at("/primaryCustomer/id").asLong()};
    }

    private static Response created(Response r) {
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        return r;
    }

    private void reply(long[] c) {
        created(v2.post("/v2/conversations/" + c[0] + "/reply", "{\"customer\":{\"id\":" + c[1]
                + "},\"text\":\"Answer\",\"user\":" + owner + "}"));
    }

    private void customerWrites(long[] c) {
        created(v2.post("/v2/conversations/" + c[0] + "/customer", "{\"customer\":{\"id\":" + c[1]
                + "},\"text\":\"More\"}"));
    }

    private void status(long[] c, String status) {
        Response r = v2.patch("/v2/conversations/" + c[0], "{\"op\":\"replace\",\"path\":\"/status\",\"value\":\""
                + status + "\"}");
        assertThat(r.status()).as("%s", r).isEqualTo(204);
    }

    // ---- the facts, and a report over them

    /** The account's facts, every column but the row id, in an order that does not depend on ids. */
    private List<String> facts() {
        return tenant.server().app().database().withHandle(h -> h.createQuery("""
                        SELECT kind, conversation_id, number, mailbox_id, conversation_type, customer_id, user_id,
                               thread_id, at, since, replies, first_reply, rating, comments, subject_id
                        FROM report_facts WHERE account_id = :account""")
                .bind("account", tenant.accountId())
                .map((rs, ctx) -> {
                    StringBuilder row = new StringBuilder(rs.getString(1));
                    for (int i = 2; i <= 15; i++) {
                        row.append('\t').append(rs.getString(i));
                    }
                    return row.toString();
                }).list()).stream().sorted().toList();
    }

    private static long count(List<String> facts, String prefix) {
        return facts.stream().filter(f -> f.startsWith(prefix)).count();
    }

    private String report() {
        Response r = v2.get("/v2/reports/conversations?start=2000-01-01T00:00:00Z&end=2100-01-01T00:00:00Z");
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        return r.body();
    }

    /** Empties the account's report tables, as an account that kept its conversations from before the recorder. */
    private void wipe() {
        tenant.server().app().database().withHandle(h -> {
            for (String table : List.of("report_facts", "report_conversations", "report_conversation_tags")) {
                h.execute("DELETE FROM " + table + " WHERE account_id = ?", tenant.accountId());
            }
            return null;
        });
    }

    private String account() {
        return Long.toString(tenant.accountId());
    }

    private Cli.Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", tenant.server().dataDir().toString()));
        if (tenant.server().databaseUrl() != null) {
            all.addAll(List.of("--database-url", tenant.server().databaseUrl()));
        }
        return Cli.run(all.toArray(String[]::new));
    }

    private Cli.Run ok(String... args) {
        Cli.Run run = run(args);
        assertThat(run.exitCode()).as("%s", run).isZero();
        return run;
    }
}
