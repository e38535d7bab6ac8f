package io.frontdesk.bench;

import java.util.List;
import java.util.Locale;

/** The search benchmark's Markdown: one table per database, sizes side by side, with the issue's targets checked. */
final class SearchReport {

    static final double TARGET_P99_MS = 25.0;
    static final double TARGET_GROWTH = 3.0;
    static final double TARGET_LOAD_SECONDS = 180.0;

    private SearchReport() {
    }

    static String render(List<SearchBenchmark.Result> results, String command) {
        StringBuilder md = new StringBuilder();
        md.append("## Search (`query=` on `GET /v2/customers`)\n\n");
        md.append("Machine: ").append(MarkdownSection.machine()).append(".\n\n");
        md.append("Command:\n\n```sh\n").append(command).append("\n```\n\n");
        md.append("One client, sequential requests over HTTP on loopback, after a warm-up; each request draws its value "
                + "from the loaded data. Latency is the full request (auth, query, count, page of 50, JSON). "
                + "Targets: p99 ≤ ").append(fmt(TARGET_P99_MS)).append(" ms at the largest size, p99 growth ≤ ")
                .append(fmt(TARGET_GROWTH)).append("× from the smallest to the largest size, load ≤ ")
                .append(fmt(TARGET_LOAD_SECONDS)).append(" s.\n\n");
        for (String database : results.stream().map(SearchBenchmark.Result::database).distinct().toList()) {
            List<SearchBenchmark.Result> mine = results.stream().filter(r -> r.database().equals(database)).toList();
            SearchBenchmark.Result small = mine.get(0);
            SearchBenchmark.Result large = mine.get(mine.size() - 1);
            md.append("### ").append(database.equals("sqlite") ? "SQLite" : "PostgreSQL").append("\n\n");
            for (SearchBenchmark.Result r : mine) {
                md.append(String.format(Locale.ROOT, "- bulk load of %,d customers: %.1f s%s%n", r.customers(),
                        r.loadSeconds(), r.loadSeconds() <= TARGET_LOAD_SECONDS ? "" : " (over target)"));
            }
            md.append("\n| query | example | ");
            for (SearchBenchmark.Result r : mine) {
                md.append(String.format(Locale.ROOT, "p50 @%s | p99 @%s | ", size(r.customers()), size(r.customers())));
            }
            md.append("matches @").append(size(large.customers())).append(" | p99 growth | meets targets |\n|---|---|");
            md.append("---:|---:|".repeat(mine.size())).append("---:|---:|---|\n");
            for (int i = 0; i < large.rows().size(); i++) {
                SearchBenchmark.Row last = large.rows().get(i);
                md.append("| ").append(last.query()).append(" | `").append(last.example().replace("|", "\\|"))
                        .append("` | ");
                for (SearchBenchmark.Result r : mine) {
                    SearchBenchmark.Row row = r.rows().get(i);
                    md.append(fmt(row.p50())).append(" | ").append(fmt(row.p99())).append(" | ");
                }
                double growth = last.p99() / small.rows().get(i).p99();
                boolean ok = last.p99() <= TARGET_P99_MS && (mine.size() == 1 || growth <= TARGET_GROWTH);
                md.append(String.format(Locale.ROOT, "%,d", last.matches())).append(" | ")
                        .append(mine.size() == 1 ? "–" : fmt(growth) + "×").append(" | ").append(ok ? "yes" : "**no**")
                        .append(" |\n");
            }
            md.append("\n");
        }
        md.append("Times in milliseconds.\n");
        return md.toString();
    }

    private static String size(long n) {
        return n >= 1_000_000 && n % 1_000_000 == 0 ? n / 1_000_000 + "M" : n >= 1000 && n % 1000 == 0
                ? n / 1000 + "k" : Long.toString(n);
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, value >= 10 ? "%.1f" : "%.2f", value);
    }
}
