package io.frontdesk.admin;

import io.frontdesk.db.Database;
import io.frontdesk.sandbox.TableRows;
import io.frontdesk.sandbox.jdbc.JdbcSandboxStore;
import io.frontdesk.setup.FirstStart;
import io.frontdesk.testing.Backend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new account's rows as its reset will write them back: read from the tables its transaction wrote only (PostgreSQL)
 * they are every row of it that reading every table finds, in the same order, in a store that already holds another
 * account's customers and conversations.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class NewAccountRowsTest {

    @Parameter
    Backend backend;

    @Test
    void a_new_accounts_rows_are_those_of_every_table() {
        try (AdminFixture fixture = AdminFixture.start(backend)) {
            AdminFixture.Account other = fixture.newAccount();
            assertThat(other.v2().post("/v2/conversations", "{\"subject\":\"Other\",\"type\":\"email\",\"status\":"
                    + "\"active\",\"mailboxId\":" + other.mailboxId() + ",\"customer\":{\"email\":\"o@rows.test\"},"
                    + "\"threads\":[{\"type\":\"customer\",\"customer\":{\"email\":\"o@rows.test\"},\"text\":\"Hi\"}]}")
                    .status()).isEqualTo(201);
            Database db = fixture.server.app().database();
            FirstStart firstStart = fixture.server.app().firstStart();
            JdbcSandboxStore store = new JdbcSandboxStore(db);

            List<List<TableRows>> read = db.inTransaction(() -> {
                FirstStart.Result made = firstStart.make(FirstStart.Seed.generated("Rows", "owner@rows.test",
                        "support@rows.test", "sandbox"));
                long account = made.owner().accountId();
                return List.of(store.newAccountRows(account), store.accountRows(account));
            });

            assertThat(read.get(0)).extracting(TableRows::table)
                    .contains("accounts", "users", "mailboxes", "credentials");
            assertThat(read.get(0)).isEqualTo(read.get(1));
        }
    }
}
