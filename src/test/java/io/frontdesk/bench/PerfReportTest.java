package io.frontdesk.bench;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's verdicts, from figures made up to sit on each side of the targets. */
class PerfReportTest {

    private static final PerfBenchmark.Settings SETTINGS = new PerfBenchmark.Settings(List.of(32), 32, 60, 5, 8,
            1000, 100, 0, List.of("-Xmx256m"), List.of());

    @Test
    void a_read_that_http_alone_and_its_ceiling_keep_below_half_is_marked_out_of_reach() {
        // HTTP alone 30,000/s and a ceiling of 90,000/s: both one after the other make at most 22,500/s, 25%
        String md = render(30_000, op("2.0 get customer", false, 9_000, 90_000));

        assertThat(md).contains("| 2.0 get customer | 9,000 |").contains("| 10% | **no** (out of reach) | 25% |")
                .contains("no change to what a request does can meet the target: 2.0 get customer.");
    }

    @Test
    void a_miss_is_out_of_reach_only_where_the_bound_is_below_half() {
        // 30,000 / (30,000 + 40,000) = 43% of the ceiling at most, and 42,000 / (42,000 + 40,000) = 51%
        String below = render(30_000, op("2.0 list with query=", false, 4_000, 40_000));
        String above = render(42_000, op("2.0 list with query=", false, 4_000, 40_000));

        assertThat(below).contains("| 10% | **no** (out of reach) | 43% |");
        assertThat(above).contains("| 10% | **no** | 51% |").contains("meet the target: none here.");
    }

    @Test
    void a_write_has_no_bound_and_a_met_target_is_met() {
        String md = render(30_000, op("2.0 create customer", true, 1_500, 2_500), op("HelpCrunch search", false,
                3_600, 6_000));

        assertThat(md).contains("| 2.0 create customer | 1,500 |").contains("| 60% | yes | — |")
                .contains("| HelpCrunch search | 3,600 |").contains("| 60% | yes | 83% |")
                .doesNotContain("out of reach");
    }

    @Test
    void http_alone_that_left_cpu_idle_counts_at_what_every_core_would_answer() {
        // 30,000/s at 75% busy is 40,000/s with every core busy: 40,000 / (40,000 + 40,000) = 50%, within reach
        LoadRun.Result httpAlone = new LoadRun.Result(32, 30_000, 1, 5, 9, 240_000, 0.75);
        String md = render(httpAlone, op("2.0 list with query=", false, 4_000, 40_000));

        assertThat(md).contains("| 10% | **no** | 50% |").contains("the machine's CPU 75% busy");
    }

    private static String render(double httpAlone, PerfBenchmark.OperationResult... operations) {
        return render(run(httpAlone), operations);
    }

    private static String render(LoadRun.Result httpAlone, PerfBenchmark.OperationResult... operations) {
        PerfBenchmark.Result result = new PerfBenchmark.Result("postgresql", List.of(operations), Map.of(),
                httpAlone, 1_000, Double.NaN, 250, 0, 0);
        return PerfReport.render(List.of(result), SETTINGS, "java -jar target/frontdesk.jar bench perf", null);
    }

    private static PerfBenchmark.OperationResult op(String name, boolean write, double server, double ceiling) {
        return new PerfBenchmark.OperationResult(name, write, run(server), run(ceiling), run(ceiling / 2));
    }

    private static LoadRun.Result run(double throughput) {
        return new LoadRun.Result(32, throughput, 1, 5, 9, (long) throughput * 8, Double.NaN);
    }
}
