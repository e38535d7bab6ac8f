package io.frontdesk.report;

import io.frontdesk.Application;
import io.frontdesk.config.ConfigKey;
import io.frontdesk.config.ConfigSources;
import io.frontdesk.config.FrontdeskConfig;
import io.frontdesk.conversation.FolderType;
import io.frontdesk.db.DbVendor;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.ManualClock;
import io.frontdesk.testing.PostgresLane;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
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
        Path dataDir = Files.createTempDirectory("frontdesk-report-migration-");
        String postgres = backend == Backend.POSTGRESQL ? PostgresLane.createDatabase() : null;
        String url = postgres != null ? postgres : "jdbc:sqlite:" + dataDir.resolve("frontdesk.db").toAbsolutePath();
        DbVendor vendor = postgres != null ? DbVendor.POSTGRESQL : DbVendor.SQLITE;
        String flywayUrl = postgres != null ? url + (url.contains("?") ? "&" : "?")
                + "options=-c%20client_min_messages%3Dwarning" : url;
        Flyway.configure().locations(vendor.migrationLocations()).dataSource(flywayUrl, null, null).target("41")
                .load().migrate();
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
            conversation = insert(c, "INSERT INTO conversations (account_id, number, mailbox_id, customer_id, subject,"
                    + " status, type, assignee_id, created_at, updated_at) VALUES (" + account + ", 1, " + mailbox
                    + ", " + customer + ", 'Help', 'active', 'email', " + user + ", 0, 0) RETURNING id");
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO report_conversations (conversation_id, account_id, number, customer_id,"
                        + " created_at, by_customer, status, replies) VALUES (" + conversation + ", " + account
                        + ", 1, " + customer + ", " + AT.toEpochMilli() + ", TRUE, 'active', 0)");
                s.executeUpdate("INSERT INTO report_facts (account_id, kind, conversation_id, number, mailbox_id,"
                        + " conversation_type, customer_id, at, first_reply) VALUES (" + account + ", 'CREATED', "
                        + conversation + ", 1, " + mailbox + ", 'email', " + customer + ", " + AT.toEpochMilli()
                        + ", FALSE)");
            }
        }

        Map<ConfigKey, String> settings = new EnumMap<>(ConfigKey.class);
        settings.put(ConfigKey.DATA_DIR, dataDir.toString());
        if (postgres != null) {
            settings.put(ConfigKey.DATABASE_URL, postgres);
        }
        try (Application app = Application.open(FrontdeskConfig.from(ConfigSources.merge(null, Map.of(), settings)),
                new ManualClock(AT))) {
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT assignee_id FROM report_conversations WHERE conversation_id = "
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
        } finally {
            if (postgres != null) {
                PostgresLane.dropDatabase(postgres);
            }
            try (var files = Files.walk(dataDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
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
