package io.frontdesk.cli;

import io.frontdesk.Main;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs `frontdesk …` in-process and captures what it prints. */
final class Cli {

    private Cli() {
    }

    record Run(int exitCode, String out, String err) {

        /** The value of a `name=value` line on standard output. */
        String value(String name) {
            Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(name) + "=(.+)$").matcher(out);
            if (!matcher.find()) {
                throw new AssertionError("no " + name + "= line in output:\n" + out + "\nstderr:\n" + err);
            }
            return matcher.group(1).trim();
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\nstdout:\n" + out + "\nstderr:\n" + err;
        }
    }

    static synchronized Run run(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.run(args);
        } finally {
            System.out.flush();
            System.err.flush();
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
