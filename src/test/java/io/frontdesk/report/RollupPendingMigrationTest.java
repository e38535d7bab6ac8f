package io.frontdesk.report;

import io.frontdesk.Application;
import io.frontdesk.jobs.JobKind;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.ManualClock;
import io.frontdesk.testing.OlderSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migrations V47 and V48 on a database left at V46: an account with facts from before rollups were kept has every fact
 * pending, which the start-up's fold job folds into rollups started in the account's zone; an account with rollups
 * keeps them, its days' last closes learning their fact (the later one of a tie). V57 starts kept rollups over once
 * more, so that they get their folder cells, and V59 again, for their tag cells; V64 adds the summed assigned folder
 * cells from the kept per-assignee ones, with no recount; V65 builds the tag cells' customer pairs with their previous
 * days from the kept key rows, with no recount either, and drops the summed cells' key rows. V73 starts kept rollups
 * over again, for everyone's conversations acted on.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class RollupPendingMigrationTest {

    private static final Instant AT = Instant.parse("2030-01-01T09:00:00Z");

    @Parameter
    Backend backend;

    @Test
    void old_facts_become_pending_and_are_folded_and_kept_rollups_learn_their_last_closes() throws Exception {
        try (OlderSchema store = OlderSchema.migratedTo(backend, "46")) {
            String url = store.url();
            long old;
            long kept;
            List<Long> oldFacts = new ArrayList<>();
            long tiedLater;
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                old = insert(c, "INSERT INTO accounts (name, created_at) VALUES ('Old', 0) RETURNING id");
                kept = insert(c, "INSERT INTO accounts (name, created_at) VALUES ('Kept', 0) RETURNING id");
                s.executeUpdate("INSERT INTO report_settings (account_id, time_zone, office_hours) VALUES (" + old
                        + ", 'Europe/Paris', '')");
                oldFacts.add(fact(c, old, "CREATED", 7, null, null));
                oldFacts.add(fact(c, old, "CLOSED", 7, 1, null));
                fact(c, kept, "CLOSED", 8, 2, 101L);
                tiedLater = fact(c, kept, "CLOSED", 8, 2, 102L);
                s.executeUpdate("INSERT INTO report_rollup_state (account_id, time_zone) VALUES (" + kept + ", 'UTC')");
                for (long u : new long[] {-1, 101}) {
                    s.executeUpdate("INSERT INTO report_rollup_keys (account_id, family, user_id, key_id, day, last_at,"
                            + " ms,"
                            + " replies) VALUES (" + kept + ", 'resolved', " + u + ", 8, 0, " + AT.toEpochMilli()
                            + ", 0, 2)");
                }
            }

            store.migrate("51"); // V47 and V48
            assertThat(longs(url, "SELECT fact_id FROM report_rollup_pending WHERE account_id = " + old
                    + " ORDER BY fact_id")).as("the old account's facts").isEqualTo(oldFacts);
            assertThat(longs(url, "SELECT fact_id FROM report_rollup_pending WHERE account_id = " + kept)).isEmpty();
            assertThat(longs(url, "SELECT last_id FROM report_rollup_keys WHERE account_id = " + kept
                    + " ORDER BY user_id")).as("everyone's: the later of the tie; the user's: its own")
                    .containsExactly(tiedLater, tiedLater - 1);

            // V52: kept rollups have no cells, so they start over (and the old account's facts stay pending)
            try (Application app = store.open(new ManualClock(AT))) {
                app.rollupFolding().queuePending(); // what the start does
                assertThat(longs(url, "SELECT account_id FROM jobs WHERE kind = '" + JobKind.REPORT_ROLLUP.stored()
                        + "' AND status = 'pending' ORDER BY account_id")).containsExactly(old, kept);
                int ran = 0;
                for (int run; (run = app.rollupWorker().runOnce()) > 0; ) {
                    ran += run;
                }
                assertThat(ran).as("a job per account, and the follow-ups of full batches").isGreaterThanOrEqualTo(2);
                assertThat(longs(url, "SELECT fact_id FROM report_rollup_pending")).isEmpty();
                try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT time_zone FROM report_rollup_state WHERE account_id = "
                             + old)) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).as("started in the account's zone").isEqualTo("Europe/Paris");
                }
                assertThat(longs(url, "SELECT n FROM report_rollups WHERE account_id = " + old + " AND user_id = -1"
                        + " AND measure = 'created'")).containsExactly(1L);
                assertThat(longs(url, "SELECT n FROM report_scoped_rollups WHERE account_id = " + old
                        + " AND measure = 'created'")).containsExactly(1L);
                assertThat(longs(url, "SELECT last_id FROM report_rollup_keys WHERE account_id = " + kept
                        + " AND user_id = -1 AND family = 'resolved'")).as("recomputed from the facts").containsExactly(tiedLater);
                assertThat(longs(url, "SELECT last_id FROM report_scoped_keys WHERE account_id = " + kept
                        + " AND family = 'resolved'")).as("the kept account's cells").containsExactly(tiedLater);
            }
        }
    }

    @Test
    void kept_rollups_start_over_with_folder_cells_and_count_each_fact_once() throws Exception {
        try (OlderSchema store = OlderSchema.migratedTo(backend, "56")) {
            String url = store.url();
            long kept;
            long closed;
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                kept = insert(c, "INSERT INTO accounts (name, created_at) VALUES ('Kept', 0) RETURNING id");
                fact(c, kept, "CREATED", 9, null, null);
                closed = fact(c, kept, "CLOSED", 9, 1, 101L);
                s.executeUpdate("UPDATE report_facts SET status = 'active', assignee_id = 101 WHERE kind = 'CREATED'"
                        + " AND account_id = " + kept);
                s.executeUpdate("UPDATE report_facts SET status = 'closed' WHERE id = " + closed);
                // rollups kept and folded at V56: the creation is in its (mailbox, type) cell already
                s.executeUpdate("INSERT INTO report_rollup_state (account_id, time_zone) VALUES (" + kept + ", 'UTC')");
                s.executeUpdate("INSERT INTO report_scoped_rollups (account_id, mailbox_id, conversation_type, day,"
                        + " measure, other_day, n, ms) VALUES (" + kept + ", 1, 'email', "
                        + Math.floorDiv(AT.toEpochMilli(), 86_400_000L) + ", 'created', 0, 1, 0)");
            }
            try (Application app = store.open(new ManualClock(AT))) { // V57
                app.rollupFolding().queuePending();
                while (app.rollupWorker().runOnce() > 0) {
                    // the start-up's fold jobs, to the end
                }
                assertThat(longs(url, "SELECT n FROM report_scoped_rollups WHERE account_id = " + kept
                        + " AND measure = 'created'")).as("recounted once, not added again").containsExactly(1L);
                assertThat(longs(url, "SELECT assignee_id FROM report_folder_rollups WHERE account_id = " + kept
                        + " AND measure = 'created' AND folder = 'assigned' ORDER BY assignee_id"))
                        .as("its assignee's cell and the summed one (V64)").containsExactly(-1L, 101L);
                assertThat(longs(url, "SELECT key_id FROM report_folder_keys WHERE account_id = " + kept
                        + " AND family = 'closed' AND folder = 'closed' AND assignee_id = 0")).containsExactly(9L);
            }
        }
    }

    @Test
    void kept_rollups_start_over_with_tag_cells_from_the_tags_conversations_carry() throws Exception {
        try (OlderSchema store = OlderSchema.migratedTo(backend, "58")) {
            String url = store.url();
            long kept;
            long tag;
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                kept = insert(c, "INSERT INTO accounts (name, created_at) VALUES ('Kept', 0) RETURNING id");
                fact(c, kept, "CREATED", 9, null, null);
                fact(c, kept, "CLOSED", 9, 1, 101L);
                tag = insert(c, "INSERT INTO tags (account_id, name, slug, color, created_at, updated_at) VALUES ("
                        + kept + ", 'vip', 'vip', 'none', 0, 0) RETURNING id");
                // the facts have no conversation row: its tag is written without the foreign keys (as the bench does)
                s.execute(backend == Backend.POSTGRESQL ? "SET session_replication_role = replica"
                        : "PRAGMA foreign_keys = OFF");
                s.executeUpdate("INSERT INTO conversation_tags (conversation_id, tag_id) VALUES (9, " + tag + ")");
                s.executeUpdate("INSERT INTO report_rollup_state (account_id, time_zone) VALUES (" + kept + ", 'UTC')");
                s.executeUpdate("INSERT INTO report_scoped_rollups (account_id, mailbox_id, conversation_type, day,"
                        + " measure, other_day, n, ms) VALUES (" + kept + ", 1, 'email', "
                        + Math.floorDiv(AT.toEpochMilli(), 86_400_000L) + ", 'created', 0, 1, 0)");
            }
            try (Application app = store.open(new ManualClock(AT))) { // V59
                app.rollupFolding().queuePending();
                while (app.rollupWorker().runOnce() > 0) {
                    // the start-up's fold jobs, to the end
                }
                assertThat(longs(url, "SELECT n FROM report_scoped_rollups WHERE account_id = " + kept
                        + " AND measure = 'created'")).as("recounted once, not added again").containsExactly(1L);
                assertThat(longs(url, "SELECT conversation_id FROM report_tag_folded WHERE account_id = " + kept
                        + " AND tag_id = " + tag)).containsExactly(9L);
                assertThat(longs(url, "SELECT n FROM report_tag_rollups WHERE account_id = " + kept + " AND tag_id = "
                        + tag + " AND measure = 'created'")).containsExactly(1L);
                assertThat(longs(url, "SELECT key_id FROM report_tag_keys WHERE account_id = " + kept
                        + " AND tag_id = " + tag + " AND family = 'closed'")).containsExactly(9L);
                assertThat(longs(url, "SELECT COUNT(*) FROM report_tag_marks")).containsExactly(0L);
            }
        }
    }

    @Test
    void kept_folder_cells_get_their_sums_over_the_assignees_without_a_recount() throws Exception {
        // kept at V63, whose start-over of the rollups comes before V64: a store already past it keeps its rows
        try (OlderSchema store = OlderSchema.migratedTo(backend, "63")) {
            String url = store.url();
            long kept;
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                kept = insert(c, "INSERT INTO accounts (name, created_at) VALUES ('Kept', 0) RETURNING id");
                s.executeUpdate("INSERT INTO report_rollup_state (account_id, time_zone) VALUES (" + kept + ", 'UTC')");
                String sums = "INSERT INTO report_folder_rollups (account_id, mailbox_id, conversation_type, folder,"
                        + " assignee_id, day, measure, other_day, n, ms) VALUES (" + kept + ", 1, 'email', ";
                s.executeUpdate(sums + "'assigned', 101, 20000, 'response', 0, 2, 70)");
                s.executeUpdate(sums + "'assigned', 102, 20000, 'response', 0, 3, 30)");
                s.executeUpdate(sums + "'closed', 0, 20000, 'response', 0, 4, 40)");
                String keys = "INSERT INTO report_folder_keys (account_id, family, mailbox_id, conversation_type,"
                        + " folder, assignee_id, day, key_id, customer_id, last_at, last_id, ms, replies) VALUES ("
                        + kept + ", ";
                s.executeUpdate(keys + "'conversations', 1, 'email', 'assigned', 101, 20000, 9, 0, NULL, NULL,"
                        + " NULL, NULL)");
                s.executeUpdate(keys + "'conversations', 1, 'email', 'assigned', 102, 20000, 9, 0, NULL, NULL,"
                        + " NULL, NULL)");
                s.executeUpdate(keys + "'conversations', 1, 'email', 'assigned', 102, 20000, 10, 0, NULL, NULL,"
                        + " NULL, NULL)");
                // conversation 9 closed by both assignees' facts that day, the same millisecond: the later fact
                s.executeUpdate(keys + "'resolved', 1, 'email', 'assigned', 101, 20000, 9, 0, 500, 8, 5, 1)");
                s.executeUpdate(keys + "'resolved', 1, 'email', 'assigned', 102, 20000, 9, 0, 500, 7, 6, 2)");
            }
            store.migrate("65"); // V64, then V65 (V73 starts kept rollups over: looked at before it)
            String any = " WHERE account_id = " + kept + " AND folder = 'assigned' AND assignee_id = -1";
            assertThat(longs(url, "SELECT n * 1000 + ms FROM report_folder_rollups" + any))
                    .as("the sums added").containsExactly(5100L);
            // V64 added the keys' union and the day's latest close; V65 keeps the summed cells' sums only
            assertThat(longs(url, "SELECT COUNT(*) FROM report_folder_keys" + any)).as("no summed key rows")
                    .containsExactly(0L);
            assertThat(longs(url, "SELECT COUNT(*) FROM report_folder_keys WHERE account_id = " + kept))
                    .as("the assignees' key rows kept").containsExactly(5L);
            assertThat(longs(url, "SELECT COUNT(*) FROM report_folder_rollups WHERE account_id = " + kept))
                    .as("nothing else added").containsExactly(4L);
            assertThat(longs(url, "SELECT COUNT(*) FROM report_rollup_state WHERE account_id = " + kept))
                    .as("kept, not started over").containsExactly(1L);
        }
    }

    @Test
    void kept_tag_cells_get_their_customer_pairs_with_previous_days_without_a_recount() throws Exception {
        try (OlderSchema store = OlderSchema.migratedTo(backend, "64")) {
            String url = store.url();
            long kept;
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                kept = insert(c, "INSERT INTO accounts (name, created_at) VALUES ('Kept', 0) RETURNING id");
                s.executeUpdate("INSERT INTO report_rollup_state (account_id, time_zone) VALUES (" + kept + ", 'UTC')");
                String keys = "INSERT INTO report_tag_keys (account_id, family, tag_id, day, key_id, customer_id,"
                        + " conversation_id) VALUES (" + kept + ", ";
                // customer 5 in conversation 9 on three days of tag 1, and on one day of tag 2; customer 6 in 9 too
                for (int day : new int[] {20003, 20000, 20007}) {
                    s.executeUpdate(keys + "'customer_conversations', 1, " + day + ", 9, 5, 9)");
                }
                s.executeUpdate(keys + "'customer_conversations', 2, 20003, 9, 5, 9)");
                s.executeUpdate(keys + "'customer_conversations', 1, 20003, 9, 6, 9)");
                s.executeUpdate(keys + "'conversations', 1, 20003, 9, 0, 9)");
            }
            store.migrate("65"); // V65 (V73 starts kept rollups over: looked at before it)
            assertThat(strings(url, "SELECT tag_id, customer_id, conversation_id, day, prev_day"
                    + " FROM report_tag_customer_keys WHERE account_id = " + kept
                    + " ORDER BY tag_id, customer_id, conversation_id, day")).as("each pair's days, chained")
                    .containsExactly("1 5 9 20000 -1", "1 5 9 20003 20000", "1 5 9 20007 20003",
                            "1 6 9 20003 -1", "2 5 9 20003 -1");
            assertThat(longs(url, "SELECT COUNT(*) FROM report_tag_keys WHERE account_id = " + kept
                    + " AND family = 'customer_conversations'")).as("moved, not kept twice").containsExactly(0L);
            assertThat(longs(url, "SELECT COUNT(*) FROM report_tag_keys WHERE account_id = " + kept))
                    .as("the other families kept").containsExactly(1L);
            assertThat(longs(url, "SELECT COUNT(*) FROM report_rollup_state WHERE account_id = " + kept))
                    .as("kept, not started over").containsExactly(1L);
            try (Application app = store.open(new ManualClock(AT))) {
                deleteAccount(app, kept);
                assertThat(longs(url, "SELECT COUNT(*) FROM report_tag_customer_keys WHERE account_id = " + kept))
                        .as("deleted with the account").containsExactly(0L);
            }
        }
    }

    @Test
    void kept_rollups_start_over_with_the_conversations_acted_on() throws Exception {
        try (OlderSchema store = OlderSchema.migratedTo(backend, "72")) {
            String url = store.url();
            long kept;
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                kept = insert(c, "INSERT INTO accounts (name, created_at) VALUES ('Kept', 0) RETURNING id");
                fact(c, kept, "CREATED", 9, null, 101L); // started by a user: acted on
                fact(c, kept, "CREATED", 10, null, null);
                fact(c, kept, "REPLY", 10, 1, 101L);
                fact(c, kept, "CREATED", 11, null, null); // a customer's, never answered: not acted on
                fact(c, kept, "CUSTOMER_MESSAGE", 11, null, null);
                fact(c, kept, "CLOSED", 12, 0, null); // closed by no one in particular: acted on
                // rollups kept and folded at V72: the creations are in them already
                s.executeUpdate("INSERT INTO report_rollup_state (account_id, time_zone) VALUES (" + kept + ", 'UTC')");
                s.executeUpdate("INSERT INTO report_rollups (account_id, measure, user_id, day, other_day, n, ms,"
                        + " replies) VALUES (" + kept + ", 'created', -1, " + Math.floorDiv(AT.toEpochMilli(),
                        86_400_000L) + ", 0, 3, 0, 0)");
            }
            try (Application app = store.open(new ManualClock(AT))) { // V73
                app.rollupFolding().queuePending();
                while (app.rollupWorker().runOnce() > 0) {
                    // the start-up's fold jobs, to the end
                }
                assertThat(longs(url, "SELECT n FROM report_rollups WHERE account_id = " + kept + " AND user_id = -1"
                        + " AND measure = 'created'")).as("recounted once, not added again").containsExactly(3L);
                assertThat(longs(url, "SELECT key_id FROM report_rollup_keys WHERE account_id = " + kept
                        + " AND family = 'acted' ORDER BY key_id")).containsExactly(9L, 10L, 12L);
                assertThat(longs(url, "SELECT COUNT(*) FROM report_rollup_keys WHERE account_id = " + kept
                        + " AND family = 'acted' AND user_id <> -1")).as("everyone's only").containsExactly(0L);
                assertThat(longs(url, "SELECT n FROM report_rollups WHERE account_id = " + kept + " AND user_id = -1"
                        + " AND measure = 'acted' AND other_day = -1")).containsExactly(3L);
            }
        }
    }

    /** Deletes the account (its rows go by V65's trigger, among others). */
    private static void deleteAccount(Application app, long account) {
        app.database().inTransaction(() -> app.database().withStatements(s -> s.update(
                "DELETE FROM accounts WHERE id = ?", List.of(account))));
    }

    /** A fact of conversation {@code conversation} at {@link #AT}; answers its id. */
    private static long fact(Connection c, long account, String kind, long conversation, Integer replies, Long user)
            throws SQLException {
        return insert(c, "INSERT INTO report_facts (account_id, kind, conversation_id, number, mailbox_id,"
                + " conversation_type, user_id, at, since, replies, first_reply) VALUES (" + account + ", '" + kind
                + "', " + conversation + ", 1, 1, 'email', " + user + ", " + AT.toEpochMilli() + ", "
                + AT.minusSeconds(60).toEpochMilli() + ", " + replies + ", FALSE) RETURNING id");
    }

    /** Each row's columns joined by a space. */
    private static List<String> strings(String url, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(String.join(" ", row));
            }
        }
        return rows;
    }

    private static List<Long> longs(String url, String sql) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getLong(1));
            }
        }
        return values;
    }

    private static long insert(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
