package io.frontdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Launch to ready of `sandbox`, as a test harness sees it: from starting the process to its {@code --ready-file}
 * appearing, for each way of launching given (the jar with and without the archive, the distribution's launcher). The
 * CPU time the process spent until then is read from /proc too: on a shared machine it moves less than the wall time.
 */
final class SandboxStartBenchmark {

    /** One way of launching: a name and the command before `sandbox`. */
    record Launch(String name, List<String> command) {
    }

    /** Wall and CPU milliseconds of each run, sorted. */
    record Result(String name, double[] wallMillis, double[] cpuMillis) {
    }

    private SandboxStartBenchmark() {
    }

    static Result run(Launch launch, int runs, Path work) throws IOException, InterruptedException {
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            Path ready = work.resolve("ready-" + launch.name().replaceAll("[^A-Za-z0-9]+", "-") + "-" + i + ".json");
            List<String> command = new ArrayList<>(launch.command());
            command.addAll(List.of("sandbox", "--ready-file", ready.toString()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(work.resolve("sandbox-" + i + ".log").toFile());
            builder.environment().keySet().removeIf(key -> key.startsWith("FRONTDESK_"));
            long started = System.nanoTime();
            Process process = builder.start();
            try {
                while (!Files.exists(ready)) {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(launch.name() + ": exited before ready: "
                                + Files.readString(work.resolve("sandbox-" + i + ".log")));
                    }
                    Thread.sleep(2);
                }
                wall[i] = (System.nanoTime() - started) / 1e6;
                cpu[i] = cpuMillis(process.pid());
            } finally {
                process.destroy();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new Result(launch.name(), wall, cpu);
    }

    static String render(List<Result> results, String commandLine, String load) {
        StringBuilder text = new StringBuilder("## Sandbox start-up\n\n")
                .append("Machine: ").append(MarkdownSection.machine()).append(' ').append(load).append("\n\n")
                .append("Command:\n\n```sh\n").append(commandLine).append("\n```\n\n")
                .append("From starting the process to its `--ready-file` appearing (the server listens and has answered "
                        + "nothing yet), a new temporary SQLite store each run, copied from the template store "
                        + "(docs/sandbox.md). CPU is the process's user and system time until then. Target: ready "
                        + "within 1 s with the archive.\n\n")
                .append("| Launch | runs | wall min | wall median | wall max | CPU median |\n|---|---|---|---|---|---|\n");
        for (Result result : results) {
            text.append(String.format(Locale.ROOT, "| %s | %d | %.0f ms | %.0f ms | %.0f ms | %.0f ms |%n",
                    result.name(), result.wallMillis().length, result.wallMillis()[0], median(result.wallMillis()),
                    result.wallMillis()[result.wallMillis().length - 1], median(result.cpuMillis())));
        }
        return text.toString();
    }

    /** utime + stime of /proc/PID/stat, at the kernel's usual 100 ticks a second; NaN off Linux. */
    private static double cpuMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // the fields after the command name, which is in parentheses and may hold spaces
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }
}
