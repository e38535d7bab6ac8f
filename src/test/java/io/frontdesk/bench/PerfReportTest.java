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
    void a_read_whose_ceiling_outruns_http_alone_is_marked_out_of_reach() {
        // HTTP alone answers 30,000/s; a ceiling of 90,000/s puts 50% (45,000/s) past it
        String md = render(30_000, op("2.0 get customer", 9_000, 90_000));

        assertThat(md).contains("| 2.0 get customer | 9,000 |")
                .contains("| 10% | **no** (out of reach) | 33% |")
                .contains("no change to what a request does can meet the target (out of reach): 2.0 get customer.");
    }

    @Test
    void a_miss_within_reach_is_a_plain_miss_and_a_met_target_is_met() {
        String md = render(30_000, op("HelpCrunch search", 2_900, 6_000), op("2.0 create customer", 1_500, 2_500));

        assertThat(md).contains("| HelpCrunch search | 2,900 |").contains("| 48% | **no** | 500% |")
                .contains("| 2.0 create customer | 1,500 |").contains("| 60% | yes | 1200% |")
                .doesNotContain("out of reach");
    }

    private static String render(double httpAlone, PerfBenchmark.OperationResult... operations) {
        PerfBenchmark.Result result = new PerfBenchmark.Result("postgresql", List.of(operations), Map.of(),
                run(httpAlone), 1_000, Double.NaN, 250, 0, 0);
        return PerfReport.render(List.of(result), SETTINGS, "java -jar target/frontdesk.jar bench perf", null);
    }

    private static PerfBenchmark.OperationResult op(String name, double server, double ceiling) {
        return new PerfBenchmark.OperationResult(name, false, run(server), run(ceiling), run(ceiling / 2));
    }

    private static LoadRun.Result run(double throughput) {
        return new LoadRun.Result(32, throughput, 1, 5, 9, (long) throughput * 8);
    }
}
