package io.frontdesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Replaces one marked section of a Markdown file, so each benchmark rewrites only its own figures. */
final class MarkdownSection {

    private MarkdownSection() {
    }

    static void write(Path file, String name, String content) throws IOException {
        String begin = "<!-- bench:" + name + ":begin -->";
        String end = "<!-- bench:" + name + ":end -->";
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Benchmarks\n";
        String section = begin + "\n" + content.strip() + "\n" + end;
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        String updated = from >= 0 && to > from
                ? text.substring(0, from) + section + text.substring(to + end.length())
                : text.stripTrailing() + "\n\n" + section + "\n";
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, updated, StandardCharsets.UTF_8);
    }

    /** Cores, memory and JVM of this machine, for the report's header. */
    static String machine() {
        long memory = 0;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    memory = Long.parseLong(line.replaceAll("\\D", "")) / 1024 / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            memory = Runtime.getRuntime().maxMemory() / 1024 / 1024 / 1024;
        }
        return Runtime.getRuntime().availableProcessors() + " cores, " + memory + " GiB memory, Java "
                + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch");
    }
}
