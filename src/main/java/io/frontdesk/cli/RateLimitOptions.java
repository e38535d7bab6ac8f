package io.frontdesk.cli;

import io.frontdesk.core.Change;
import io.frontdesk.ratelimit.RateLimitChange;
import io.frontdesk.ratelimit.RateLimitMode;
import io.frontdesk.ratelimit.RateWindow;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The rate-limit options of `accounts set`: the account's mode and its limit per window, each `default` to go back to
 * the server's value (`rate-limit-default-mode`, the vendor's published limit).
 */
final class RateLimitOptions {

    @Option(names = "--rate-limit-mode", paramLabel = "enforce|report|off|default",
            description = "enforce: 429 beyond the limits; report: headers and a log line only; off: not counted")
    String mode;
    @Option(names = "--rate-limit-helpscout-v2", paramLabel = "N|default",
            description = "Help Scout 2.0 requests per minute, writes count 2 (default 400)")
    String helpscoutV2;
    @Option(names = "--rate-limit-helpscout-v1", paramLabel = "N|default",
            description = "Help Scout 1.0 requests per minute (default 200)")
    String helpscoutV1;
    @Option(names = "--rate-limit-helpscout-v1-burst", paramLabel = "N|default",
            description = "Help Scout 1.0 write requests per 5 seconds (default 12)")
    String helpscoutV1Burst;
    @Option(names = "--rate-limit-helpcrunch", paramLabel = "N|default",
            description = "HelpCrunch requests per minute (default 120)")
    String helpcrunch;

    boolean any() {
        return mode != null || helpscoutV2 != null || helpscoutV1 != null || helpscoutV1Burst != null
                || helpcrunch != null;
    }

    /** The change these options ask for; a value that is neither a number, a mode nor `default` is a usage error. */
    RateLimitChange change(CommandSpec spec) {
        RateLimitChange change = RateLimitChange.none();
        if (mode != null) {
            change = change.withMode(isDefault(mode) ? Change.clear() : Change.set(RateLimitMode.parse(mode)
                    .orElseThrow(() -> bad(spec, "--rate-limit-mode", mode, "enforce, report, off or default"))));
        }
        change = limit(spec, change, RateWindow.HELPSCOUT_V2, helpscoutV2);
        change = limit(spec, change, RateWindow.HELPSCOUT_V1, helpscoutV1);
        change = limit(spec, change, RateWindow.HELPSCOUT_V1_BURST, helpscoutV1Burst);
        return limit(spec, change, RateWindow.HELPCRUNCH, helpcrunch);
    }

    private static RateLimitChange limit(CommandSpec spec, RateLimitChange change, RateWindow window, String value) {
        if (value == null) {
            return change;
        }
        if (isDefault(value)) {
            return change.withLimit(window, Change.clear());
        }
        try {
            return change.withLimit(window, Change.set(Integer.valueOf(value.trim())));
        } catch (NumberFormatException e) {
            throw bad(spec, "--rate-limit-" + window.key(), value, "a number of requests or default");
        }
    }

    private static boolean isDefault(String value) {
        return value.trim().equalsIgnoreCase("default");
    }

    private static CommandLine.ParameterException bad(CommandSpec spec, String option, String value, String wanted) {
        return new CommandLine.ParameterException(spec.commandLine(),
                option + " takes " + wanted + ", not '" + value + "'");
    }
}
