package io.frontdesk.db;

import io.frontdesk.config.ConfigSources;
import io.frontdesk.config.FrontdeskConfig;
import io.frontdesk.testing.PostgresLane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The reports' reads ({@link Database#withAnalysis}) are never server-prepared on PostgreSQL, so no run of theirs can
 * fall back on a generic plan; the other statements still are from the driver's fifth run on a connection.
 */
class AnalysisStatementsTest {

    private static final String PER_REQUEST = "SELECT COUNT(*) FROM generate_series(1, ?) AS per_request";
    private static final String ANALYSIS = "SELECT COUNT(*) FROM generate_series(1, ?) AS analysis";

    @Test
    void postgresql_plans_each_analytical_run_for_its_own_values() {
        String url = PostgresLane.createDatabase();
        // one connection, so every run below meets the driver's per-connection count of the same text
        try (Database db = open(Map.of("FRONTDESK_DATABASE_URL", url, "FRONTDESK_DATABASE_POOL_SIZE", "1"))) {
            for (int run = 1; run <= 8; run++) {
                long n = run * 10L;
                long perRequest = db.withStatements(s -> count(s, PER_REQUEST, n));
                long analysis = db.withAnalysis(s -> count(s, ANALYSIS, n));
                assertThat(perRequest).isEqualTo(n);
                assertThat(analysis).isEqualTo(n);
            }
            // inside a transaction too, on its connection
            long inTransaction = db.inTransaction(() -> db.withAnalysis(s -> count(s, ANALYSIS, 5L)));
            assertThat(inTransaction).isEqualTo(5L);

            List<String> prepared = db.withStatements(s -> {
                List<String> texts = new ArrayList<>();
                s.forEach("SELECT statement FROM pg_prepared_statements", List.of(), (rs, ctx) -> rs.getString(1),
                        texts::add);
                return texts;
            });
            assertThat(prepared).anyMatch(text -> text.contains("per_request"));
            assertThat(prepared).noneMatch(text -> text.contains("analysis"));
        } finally {
            PostgresLane.dropDatabaseLater(url);
        }
    }

    @Test
    void postgresql_reads_for_analysis_without_jit_and_restores_the_setting() {
        String url = PostgresLane.createDatabase();
        try (Database db = open(Map.of("FRONTDESK_DATABASE_URL", url, "FRONTDESK_DATABASE_POOL_SIZE", "1"))) {
            String server = db.withStatements(AnalysisStatementsTest::jit);
            assertThat(db.withAnalysis(AnalysisStatementsTest::jit)).isEqualTo("off");
            // a nested analytical read leaves it off for the rest of the outer one
            String nested = db.withHandle(h -> db.withAnalysis(s -> db.withAnalysis(AnalysisStatementsTest::jit)
                    + db.withAnalysis(AnalysisStatementsTest::jit) + jit(s)));
            assertThat(nested).isEqualTo("offoffoff");
            assertThat(db.withStatements(AnalysisStatementsTest::jit)).isEqualTo(server);
            // in a transaction: for the transaction only
            String inTransaction = db.inTransaction(() -> db.withAnalysis(AnalysisStatementsTest::jit));
            assertThat(inTransaction).isEqualTo("off");
            assertThat(db.withStatements(AnalysisStatementsTest::jit)).isEqualTo(server);
            // a failed read restores it too
            assertThatThrownBy(() -> db.withAnalysis(s -> count(s, "SELECT 1 / (? - 1)", 1L)))
                    .isInstanceOf(RuntimeException.class);
            assertThat(db.withStatements(AnalysisStatementsTest::jit)).isEqualTo(server);
        } finally {
            PostgresLane.dropDatabaseLater(url);
        }
    }

    @Test
    void postgresql_reads_for_analysis_with_the_configured_work_mem_and_restores_the_setting() {
        String url = PostgresLane.createDatabase();
        try (Database db = open(Map.of("FRONTDESK_DATABASE_URL", url, "FRONTDESK_DATABASE_POOL_SIZE", "1",
                "FRONTDESK_REPORT_WORK_MEM_MB", "48"))) {
            String server = db.withStatements(AnalysisStatementsTest::workMem);
            assertThat(server).isNotEqualTo("48MB");
            assertThat(db.withAnalysis(AnalysisStatementsTest::workMem)).isEqualTo("48MB");
            assertThat(db.withStatements(AnalysisStatementsTest::workMem)).isEqualTo(server);
            assertThat(db.inTransaction(() -> db.withAnalysis(AnalysisStatementsTest::workMem))).isEqualTo("48MB");
            assertThat(db.withStatements(AnalysisStatementsTest::workMem)).isEqualTo(server);
            assertThatThrownBy(() -> db.withAnalysis(s -> count(s, "SELECT 1 / (? - 1)", 1L)))
                    .isInstanceOf(RuntimeException.class);
            assertThat(db.withStatements(AnalysisStatementsTest::workMem)).isEqualTo(server);
        } finally {
            PostgresLane.dropDatabaseLater(url);
        }
    }

    private static String workMem(Statements s) {
        return s.first("SHOW work_mem", List.of(), (rs, ctx) -> rs.getString(1)).orElseThrow();
    }

    private static String jit(Statements s) {
        return s.first("SHOW jit", List.of(), (rs, ctx) -> rs.getString(1)).orElseThrow();
    }

    @Test
    void sqlite_runs_analytical_reads_as_any_other(@TempDir Path dir) {
        try (Database db = open(Map.of("FRONTDESK_DATA_DIR", dir.toString()))) {
            for (int run = 1; run <= 8; run++) {
                long n = run;
                long doubled = db.withAnalysis(s -> s.first("SELECT ? * 2", List.of(n), (rs, ctx) -> rs.getLong(1))
                        .orElseThrow());
                assertThat(doubled).isEqualTo(2 * n);
            }
        }
    }

    private static long count(Statements s, String sql, long n) {
        return s.first(sql, List.of(n), (rs, ctx) -> rs.getLong(1)).orElseThrow();
    }

    private static Database open(Map<String, String> env) {
        return Database.open(DatabaseSettings.from(FrontdeskConfig.from(ConfigSources.merge(null, env, Map.of()))));
    }
}
