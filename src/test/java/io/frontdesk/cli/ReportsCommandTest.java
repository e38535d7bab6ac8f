package io.frontdesk.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `reports office-hours`: shows, sets and clears an account's report time zone and office hours; `reports rollups`
 * recomputes an account's rollups to the end, batch by batch or at once.
 */
class ReportsCommandTest {

    @TempDir
    Path dataDir;

    private String accountId;

    @BeforeEach
    void account() {
        accountId = ok("accounts", "create", "--name", "Acme", "--owner-email", "a@b.c").value("account_id");
    }

    @Test
    void office_hours_are_shown_set_kept_and_cleared() {
        assertThat(ok("reports", "office-hours", "--account", accountId).out())
                .contains("timezone=UTC", "office_hours=none");
        assertThat(ok("reports", "office-hours", "--account", accountId, "--timezone", "Europe/Paris", "--hours",
                "mon-fri 09:00-17:00; sat 10:00-12:00").out())
                .contains("timezone=Europe/Paris", "office_hours=mon 09:00-17:00; tue 09:00-17:00",
                        "fri 09:00-17:00; sat 10:00-12:00");
        assertThat(ok("reports", "office-hours", "--account", accountId, "--hours", "none").out())
                .as("the time zone stays").contains("timezone=Europe/Paris", "office_hours=none");
    }

    @Test
    void mistakes_exit_1_naming_them_and_change_nothing() {
        Cli.Run zone = run("reports", "office-hours", "--account", accountId, "--timezone", "Mars/Base");
        assertThat(zone.exitCode()).isEqualTo(1);
        assertThat(zone.err()).contains("timezone", "Mars/Base");
        Cli.Run hours = run("reports", "office-hours", "--account", accountId, "--hours", "mon-fri 17:00-09:00");
        assertThat(hours.exitCode()).isEqualTo(1);
        assertThat(hours.err()).contains("hours", "must end after they start");
        Cli.Run days = run("reports", "office-hours", "--account", accountId, "--hours", "fri-mon 09:00-17:00");
        assertThat(days.exitCode()).isEqualTo(1);
        assertThat(days.err()).contains("range like mon-fri");
        Cli.Run account = run("reports", "office-hours", "--account", "999", "--timezone", "UTC");
        assertThat(account.exitCode()).isEqualTo(1);
        assertThat(ok("reports", "office-hours", "--account", accountId).out()).contains("office_hours=none");
    }

    @Test
    void rollups_are_started_over_and_folded_to_the_end() throws Exception {
        String url = "jdbc:sqlite:" + dataDir.resolve("frontdesk.db");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (int conversation = 1; conversation <= 1_200; conversation++) { // over two fold batches
                s.addBatch("INSERT INTO report_facts (account_id, kind, conversation_id, number, mailbox_id,"
                        + " conversation_type, at, first_reply) VALUES (" + accountId + ", 'CREATED', " + conversation
                        + ", " + conversation + ", 1, 'email', " + (1_800_000_000_000L + conversation * 60_000L)
                        + ", FALSE)");
            }
            s.executeBatch();
        }
        assertRebuilt(url, "folded in batches", "reports", "rollups", "--account", accountId);
        // at once: the same rows from set-wise statements, nothing left pending
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM report_rollups WHERE account_id = " + accountId);
        }
        assertRebuilt(url, "rebuilt at once", "reports", "rollups", "--account", accountId, "--at-once");
    }

    /** Runs the command, then finds nothing pending and the 1,200 conversations created in the rollups. */
    private void assertRebuilt(String url, String how, String... command) throws SQLException {
        assertThat(ok(command).out()).contains("account_id=" + accountId, "rollups=rebuilt");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM report_rollup_pending),"
                     + " (SELECT SUM(n) FROM report_rollups WHERE measure = 'created' AND user_id = -1)")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).as("pending, %s", how).isZero();
            assertThat(rs.getLong(2)).as("created, %s", how).isEqualTo(1_200);
        }
    }

    private Cli.Run run(String... args) {
        String[] withDataDir = new String[args.length + 2];
        System.arraycopy(args, 0, withDataDir, 0, args.length);
        withDataDir[args.length] = "--data-dir";
        withDataDir[args.length + 1] = dataDir.toString();
        return Cli.run(withDataDir);
    }

    private Cli.Run ok(String... args) {
        Cli.Run run = run(args);
        assertThat(run.exitCode()).as("%s", run).isZero();
        return run;
    }
}
