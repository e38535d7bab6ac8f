package io.frontdesk.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs both benchmark commands with tiny sizes and durations so they cannot rot. Nothing here asserts a time: the
 * figures of a smoke run mean nothing.
 */
class BenchSmokeTest {

    @Test
    void the_search_benchmark_loads_queries_and_writes_its_section(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("benchmarks.md");
        String printed = run("search", "--databases", "sqlite", "--sizes", "300", "--repeat", "3",
                "--warmup", "1", "--out", out.toString());
        assertThat(printed).contains("| email domain |").contains("bulk load of 300 customers")
                .as("the command line, to run again").contains("search --databases sqlite --sizes 300 --repeat 3");
        assertThat(Files.readString(out)).contains("<!-- bench:search:begin -->").contains("<!-- bench:search:end -->");
    }

    @Test
    void the_reports_benchmark_loads_a_year_and_times_every_report(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("bench.md");
        String printed = run("reports", "--databases", "sqlite", "--conversations", "300", "--warmup", "0",
                "--repeat", "1", "--out", out.toString());
        assertThat(printed).contains("/v2/reports/company").contains("/v1/reports/productivity.json")
                .contains("| `/v1/reports/company.json` (also `team.json`) |")
                .contains("| `/v2/reports/conversations/drilldown?page=100&rows=50` |")
                .contains("| `/v2/reports/user/chat` |").contains("| `/v1/reports/productivity/drilldown.json?range=")
                .as("no previous period: timed once").containsPattern("busy-times` \\| \\d+ \\| \\d+ \\| – \\| – \\|")
                .doesNotContain("**503** after", "**400** after", "**404** after", "/v2/reports/docs");
        assertThat(Files.readString(out)).contains("<!-- bench:reports:begin -->").contains("<!-- bench:reports:end -->");
    }

    @Test
    void the_perf_benchmark_drives_every_operation_and_its_ceiling(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("benchmarks.md");
        String printed = run("perf", "--databases", "sqlite", "--clients", "2", "--curve", "1,2",
                "--start-warmup", "0.2", "--warmup", "0.2", "--seconds", "0.5", "--fixture-customers", "20",
                "--fixture-conversations", "20",
                "--memory-customers", "0", "--out", out.toString());
        for (String operation : new String[] {"1.0 create customer", "2.0 create customer", "2.0 get customer",
            "2.0 list with query=", "HelpCrunch create customer", "HelpCrunch search",
            "create conversation (3 threads)", "add a reply thread"}) {
            assertThat(printed).contains("| " + operation + " |");
        }
        assertThat(printed).contains("start-up to ready").containsPattern("HTTP alone, .* req/s");
        assertThat(Files.size(dir.resolve("benchmarks-throughput.png"))).isPositive();
    }

    @Test
    void the_sandbox_start_benchmark_launches_and_writes_its_section(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("benchmarks.md");
        String printed = run("sandbox-start", "--runs", "1", "--dist", dir.resolve("none").toString(), "--out",
                out.toString());
        assertThat(printed).contains("| class path | 1 |");
        assertThat(Files.readString(out)).contains("<!-- bench:sandbox-start:begin -->");
    }

    private static String run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(BenchCommand.run(args)).isZero();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
