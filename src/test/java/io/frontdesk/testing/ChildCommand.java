package io.frontdesk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One `frontdesk …` command as its own process, as an operator runs it: the production class path and logging, no
 * {@code FRONTDESK_*} variable of the shell running Maven, standard output and standard error kept apart. For what only
 * a real process shows: what reaches which stream, exit codes, first start on a fresh directory.
 */
public final class ChildCommand {

    private static final long TIMEOUT_SECONDS = 120;

    private ChildCommand() {
    }

    /** What the command printed and how it ended. */
    public record Result(int exitCode, String out, String err) {

        /** The value of a `name=value` line on standard output. */
        public String value(String name) {
            Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(name) + "=(.+)$").matcher(out);
            if (!matcher.find()) {
                throw new AssertionError("no " + name + "= line in:\n" + this);
            }
            return matcher.group(1).trim();
        }

        /** Standard error's lines that are not log lines (which start with a timestamp). */
        public List<String> errLines() {
            return err.lines().filter(line -> !line.matches("^\\d{4}-\\d\\d-\\d\\dT.*")).toList();
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\nstdout:\n" + out + "\nstderr:\n" + err;
        }
    }

    public static Result run(Path workDir, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xmx256m");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-cp");
        command.add(ChildServer.productionClassPath());
        command.add("io.frontdesk.Main");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("FRONTDESK_"));
        builder.environment().putAll(env);
        try {
            Path out = Files.createTempFile("frontdesk-child", ".out");
            Path err = Files.createTempFile("frontdesk-child", ".err");
            try {
                builder.redirectOutput(out.toFile()).redirectError(err.toFile());
                Process process = builder.start();
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    throw new AssertionError("frontdesk " + String.join(" ", args) + " did not end within "
                            + TIMEOUT_SECONDS + " s:\n" + Files.readString(err));
                }
                return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
