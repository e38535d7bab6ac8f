package io.frontdesk.bench;

import picocli.CommandLine.Option;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The databases a benchmark runs on, the options every benchmark with a store takes alike (a picocli mixin). */
final class DatabaseOptions {

    @Option(names = "--databases", split = ",", defaultValue = "sqlite,postgresql", paramLabel = "<databases>",
            description = "sqlite and/or postgresql (default: both)")
    List<BenchDatabase.Kind> kinds;

    @Option(names = "--postgres-url", defaultValue = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres",
            description = "Admin URL of the PostgreSQL server; a fresh database is created and dropped")
    String postgresUrl;

    /** The option as the report's command line repeats it: " --databases sqlite,postgresql". */
    String commandLine() {
        return " --databases " + kinds.stream().map(d -> d.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(","));
    }
}
