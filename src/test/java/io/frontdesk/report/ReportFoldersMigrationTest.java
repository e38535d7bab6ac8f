package io.frontdesk.report;

import io.frontdesk.Application;
import io.frontdesk.conversation.FolderType;
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
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration V44 on a database left at V41 with the history of one assigned conversation: the recorder's running state
 * learns the conversation's assignee now, and the fact written before (no status) counts without a folder filter and
 * in no folder.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class ReportFoldersMigrationTest {

    private static final Instant AT = Instant.parse("2030-01-01T09:00:00Z");

    @Parameter
    Backend backend;

    @Test
    void running_state_starts_from_the_assignee_now_and_old_facts_are_in_no_folder() throws Exception {
        try (OlderSchema store = OlderSchema.migratedTo(backend, "41")) {
            String url = store.url();
            long account;
            long user;
            long mailbox;
            long conversation;
            try (Connection c = DriverManager.getConnection(url)) {
                account = insert(c, "INSERT INTO accounts (name, created_at) VALUES ('Old', 0) RETURNING id");
                user = insert(c, "INSERT INTO users (account_id, first_name, last_name, email, email_lower, role,"
                        + " timezone, created_at, updated_at) VALUES (" + account + ", 'Olivia', 'Owner', 'o@old.test',"
                        + " 'o@old.test', 'owner', 'UTC', 0, 0) RETURNING id");
                mailbox = insert(c, "INSERT INTO mailboxes (account_id, name, slug, email, created_at, updated_at)"
                        + " VALUES (" + account + ", 'Support', 'support', 'support@old.test', 0, 0) RETURNING id");
                long customer = insert(c, "INSERT INTO customers (account_id, created_at, updated_at) VALUES ("
                        + account + ", 0, 0) RETURNING id");
                conversation = insert(c, "INSERT INTO conversations (account_id, number, mailbox_id, customer_id,"
                        + " subject,"
                        + " status, type, assignee_id, created_at, updated_at) VALUES (" + account + ", 1, " + mailbox
                        + ", " + customer + ", 'Help', 'active', 'email', " + user + ", 0, 0) RETURNING id");
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO report_conversations (conversation_id, account_id, number,"
                            + " customer_id,"
                            + " created_at, by_customer, status, replies) VALUES (" + conversation + ", " + account
                            + ", 1, " + customer + ", " + AT.toEpochMilli() + ", TRUE, 'active', 0)");
                    s.executeUpdate("INSERT INTO report_facts (account_id, kind, conversation_id, number, mailbox_id,"
                            + " conversation_type, customer_id, at, first_reply) VALUES (" + account + ", 'CREATED', "
                            + conversation + ", 1, " + mailbox + ", 'email', " + customer + ", " + AT.toEpochMilli()
                            + ", FALSE)");
                }
            }

            try (Application app = store.open(new ManualClock(AT))) {
                try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT assignee_id FROM report_conversations"
                             + " WHERE conversation_id = "
                             + conversation)) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getLong(1)).as("the running state's assignee").isEqualTo(user);
                }
                ReportPeriod day = new ReportPeriod(AT.minusSeconds(3600), AT.plusSeconds(3600));
                assertThat(created(app, account, day, ReportFilter.ALL)).as("counted as before").isEqualTo(1);
                for (FolderType type : FolderType.values()) {
                    ReportFilter folder = ReportFilter.ALL.withFolders(Set.of(new ReportFolder(mailbox, type, user)));
                    assertThat(created(app, account, day, folder)).as("unknown folder: not in " + type).isZero();
                }
            }
        }
    }

    private static int created(Application app, long account, ReportPeriod period, ReportFilter filter) {
        return app.reports().conversations(account, new ReportQuery(period, null, filter, false, null, null))
                .current().conversationsCreated();
    }

    private static long insert(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
