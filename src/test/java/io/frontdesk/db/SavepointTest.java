package io.frontdesk.db;

import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link Database#inSavepoint}: work that fails inside a transaction leaves none of its writes, and the transaction
 * goes on. On PostgreSQL the failed statement would otherwise abort the whole transaction, refusing every later one.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class SavepointTest {

    @Parameter
    Backend backend;

    @Test
    void a_failed_savepoint_undoes_its_writes_and_the_transaction_goes_on() {
        Tenant tenant = backend.tenant();
        Database db = tenant.server().app().database();

        db.run(() -> {
            insertTag(db, tenant.accountId(), "before");
            assertThatThrownBy(() -> db.inSavepoint(() -> {
                insertTag(db, tenant.accountId(), "inside");
                try {
                    db.withHandle(h -> h.createQuery("SELECT * FROM no_such_table").mapToMap().list());
                } catch (RuntimeException failedStatement) {
                    throw new IllegalStateException("refused", failedStatement);
                }
                return null;
            })).isInstanceOf(IllegalStateException.class).hasMessage("refused");
            // a statement after the failure: PostgreSQL refuses it unless the savepoint was rolled back to
            insertTag(db, tenant.accountId(), "after");
            assertThat(db.inSavepoint(() -> {
                insertTag(db, tenant.accountId(), "nested");
                return 1;
            })).isEqualTo(1);
        });

        List<String> names = db.withHandle(h -> h.createQuery("SELECT name FROM tags WHERE account_id = :a ORDER BY id")
                .bind("a", tenant.accountId()).mapTo(String.class).list());
        assertThat(names).containsExactly("before", "after", "nested");
    }

    @Test
    void outside_a_transaction_a_savepoint_is_a_transaction_of_its_own() {
        Tenant tenant = backend.tenant();
        Database db = tenant.server().app().database();

        assertThatThrownBy(() -> db.inSavepoint(() -> {
            insertTag(db, tenant.accountId(), "lost");
            throw new IllegalStateException("refused");
        })).isInstanceOf(IllegalStateException.class);

        long count = db.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM tags WHERE account_id = :a")
                .bind("a", tenant.accountId()).mapTo(Long.class).one());
        assertThat(count).isZero();
    }

    private static void insertTag(Database db, long accountId, String name) {
        db.withHandle(h -> h.createUpdate("INSERT INTO tags (account_id, name, slug, color, created_at, updated_at)"
                + " VALUES (:a, :n, :n, 'none', 0, 0)").bind("a", accountId).bind("n", name).execute());
    }
}
