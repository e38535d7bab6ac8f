package io.frontdesk.jobs;

import io.frontdesk.Application;
import io.frontdesk.chat.Chat;
import io.frontdesk.db.DbVendor;
import io.frontdesk.testing.Backend;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration V30 moves the chat snoozes stored before (chat_details.snoozed_until) into the conversation's one snooze
 * and queues their wake-ups: a database left at V24 with two snoozed chats, one already past and one ahead, is opened
 * by this version; the worker then wakes the past one at once and the other at its time.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class ChatSnoozeMigrationTest {

    @Parameter
    Backend backend;

    private JobsFixture fixture;

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void chat_snoozes_stored_before_become_conversation_snoozes_with_their_wake_up_jobs() throws SQLException {
        fixture = JobsFixture.createEmpty(backend);
        String url = fixture.jdbcUrl();
        DbVendor vendor = backend == Backend.POSTGRESQL ? DbVendor.POSTGRESQL : DbVendor.SQLITE;
        // PostgreSQL's NOTICEs (IF NOT EXISTS) are quietened as Migrations does
        String flywayUrl = vendor == DbVendor.POSTGRESQL ? url + (url.contains("?") ? "&" : "?")
                + "options=-c%20client_min_messages%3Dwarning" : url;
        Flyway.configure().locations(vendor.migrationLocations()).dataSource(flywayUrl, null, null).target("24")
                .load().migrate();
        Instant now = fixture.clock.instant();
        Instant past = now.minus(Duration.ofHours(1));
        Instant ahead = now.plus(Duration.ofHours(1));
        long account;
        long past_chat;
        long ahead_chat;
        long user;
        try (Connection c = DriverManager.getConnection(url)) {
            account = insert(c, "INSERT INTO accounts (name, created_at) VALUES ('Old', 0) RETURNING id");
            user = insert(c, "INSERT INTO users (account_id, first_name, last_name, email, email_lower, role,"
                    + " timezone, created_at, updated_at) VALUES (" + account + ", 'Olivia', 'Owner', 'o@old.test',"
                    + " 'o@old.test', 'owner', 'UTC', 0, 0) RETURNING id");
            long mailbox = insert(c, "INSERT INTO mailboxes (account_id, name, slug, email, created_at, updated_at)"
                    + " VALUES (" + account + ", 'Chat', 'chat', 'chat@old.test', 0, 0) RETURNING id");
            long customer = insert(c, "INSERT INTO customers (account_id, created_at, updated_at) VALUES ("
                    + account + ", 0, 0) RETURNING id");
            past_chat = chat(c, account, mailbox, customer, 1);
            ahead_chat = chat(c, account, mailbox, customer, 2);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO chat_details (conversation_id, snoozed_until, rating) VALUES ("
                        + past_chat + ", " + past.toEpochMilli() + ", 'great')");
                s.executeUpdate("INSERT INTO chat_details (conversation_id, snoozed_until) VALUES (" + ahead_chat
                        + ", " + ahead.toEpochMilli() + ")");
            }
        }

        Application app = fixture.open();
        assertThat(app.conversations().get(account, ahead_chat, false).snooze().until()).isEqualTo(ahead);
        assertThat(app.conversations().get(account, ahead_chat, false).snooze().snoozedBy()).isEqualTo(user);
        Chat kept = app.chats().get(account, past_chat);
        assertThat(kept.rating()).as("the rest of the chat's details stay").isNotNull();
        assertThat(kept.snoozedUntil()).isEqualTo(past);

        assertThat(app.jobWorker().runOnce()).as("the past snooze wakes at once").isEqualTo(1);
        Chat woken = app.chats().get(account, past_chat);
        assertThat(woken.snoozedUntil()).isNull();
        assertThat(woken.readByAgent()).isFalse();
        assertThat(app.chats().get(account, ahead_chat).snoozedUntil()).isEqualTo(ahead);

        fixture.clock.advance(Duration.ofHours(1));
        assertThat(app.jobWorker().runOnce()).isEqualTo(1);
        assertThat(app.chats().get(account, ahead_chat).snoozedUntil()).isNull();
        assertThat(app.chats().get(account, ahead_chat).readByAgent()).isFalse();
    }

    private static long chat(Connection c, long account, long mailbox, long customer, int number)
            throws SQLException {
        return insert(c, "INSERT INTO conversations (account_id, number, mailbox_id, customer_id, subject, status,"
                + " type, created_at, updated_at) VALUES (" + account + ", " + number + ", " + mailbox + ", "
                + customer + ", 'Chat', 'active', 'chat', 0, 0) RETURNING id");
    }

    private static long insert(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
