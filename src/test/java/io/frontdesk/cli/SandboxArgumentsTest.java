package io.frontdesk.cli;

import io.frontdesk.config.ConfigKey;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `sandbox`'s quick reading against picocli's, which Main builds the same way: every line the quick reading takes
 * means to it what it means to picocli, every option of the command is one it takes, and what it leaves is left to
 * picocli.
 */
class SandboxArgumentsTest {

    /** What a reading found, comparable: the config flags, the config file, the ready file and the fixtures. */
    private record Reading(Map<ConfigKey, String> flags, Path configFile, Path readyFile, List<Path> fixtures) {
    }

    private static Reading picocli(String... args) {
        SandboxCommand command = new SandboxCommand();
        CommandLine cli = new CommandLine(command);
        ConfigOptions.addTo(cli.getCommandSpec());
        cli.parseArgs(Arrays.copyOfRange(args, 1, args.length));
        ConfigFlags config = ConfigOptions.given(cli.getCommandSpec());
        return new Reading(config.flags(), config.configFile(), command.readyFile, command.fixtures);
    }

    private static Optional<Reading> quick(String... args) {
        return SandboxArguments.read(args).map(read -> new Reading(read.config().flags(), read.config().configFile(),
                read.command().readyFile, read.command().fixtures));
    }

    private static void sameAsPicocli(String... args) {
        assertThat(quick(args)).as(String.join(" ", args)).contains(picocli(args));
    }

    @Test
    void the_usual_lines_mean_what_they_mean_to_picocli() {
        sameAsPicocli("sandbox");
        sameAsPicocli("sandbox", "--ready-file", "/tmp/ready.json");
        sameAsPicocli("sandbox", "--ready-file=/tmp/ready.json", "--port", "8089", "--host=0.0.0.0");
        sameAsPicocli("sandbox", "--fixture", "a.json", "--fixture=b.yaml", "--fixture", "c.yml");
        sameAsPicocli("sandbox", "--data-dir", "", "--bootstrap-api-key=", "--admin-token", "a=b=c");
        sameAsPicocli("sandbox", "--config", "frontdesk.properties", "--database-url",
                "postgresql://u:p@127.0.0.1:5432/test?sslmode=disable");
        sameAsPicocli("sandbox", "--bootstrap-account-name", "\"Quoted Name\"", "--bootstrap-owner-email", "a b@c");
    }

    @Test
    void every_option_of_the_command_is_read_here_as_picocli_reads_it() {
        CommandLine cli = new CommandLine(new SandboxCommand());
        ConfigOptions.addTo(cli.getCommandSpec());
        List<String> checked = new ArrayList<>();
        for (OptionSpec option : cli.getCommandSpec().options()) {
            if (option.usageHelp() || option.versionHelp()) {
                // help and version are picocli's to answer
                assertThat(quick("sandbox", option.longestName())).isEmpty();
                continue;
            }
            String name = option.longestName();
            sameAsPicocli("sandbox", name, "value-1");
            if (option.isMultiValue()) {
                sameAsPicocli("sandbox", name, "value-1", name + "=value-2");
            } else {
                // picocli refuses a single-value option given twice, and says so
                assertThat(quick("sandbox", name, "value-1", name, "value-2")).isEmpty();
            }
            checked.add(name);
        }
        assertThat(checked).contains("--ready-file", "--fixture", "--config", "--data-dir", "--database-url");
    }

    @Test
    void lines_picocli_answers_or_refuses_are_left_to_it() {
        assertThat(quick()).isEmpty();
        assertThat(quick("serve", "--port", "0")).isEmpty();
        assertThat(quick("sandbox", "--help")).isEmpty();
        assertThat(quick("sandbox", "-h")).isEmpty();
        assertThat(quick("sandbox", "--version")).isEmpty();
        assertThat(quick("sandbox", "--help-all")).isEmpty();
        assertThat(quick("sandbox", "--no-such-flag", "x")).isEmpty();
        assertThat(quick("sandbox", "--prot=8080")).isEmpty();
        assertThat(quick("sandbox", "extra")).isEmpty();
        assertThat(quick("sandbox", "--port")).isEmpty();
        assertThat(quick("sandbox", "--port", "--host", "0.0.0.0")).isEmpty();
        assertThat(quick("sandbox", "--port=-1")).isEmpty();
        assertThat(quick("sandbox", "--ready-file", "@args.txt")).isEmpty();
        assertThat(quick("sandbox", "@args.txt")).isEmpty();
        assertThat(quick("sandbox", "--", "--port", "1")).isEmpty();
        assertThat(quick("sandbox", "--ready-file", "a\0b")).isEmpty();
    }

    @Test
    void a_mistake_is_answered_as_before_whichever_parser_read_the_line() {
        // left to picocli: the nearest option and where the usage is
        Cli.Run mistyped = Cli.run("sandbox", "--prot", "8080");
        assertThat(mistyped.exitCode()).as(mistyped.toString()).isEqualTo(2);
        assertThat(mistyped.err()).contains("Did you mean --port?");
        // read here: a bad value is the configuration's one line, as from picocli's execution
        Cli.Run badPort = Cli.run("sandbox", "--port", "eighty");
        assertThat(badPort.exitCode()).as(badPort.toString()).isEqualTo(2);
        assertThat(badPort.err()).startsWith("frontdesk: configuration error: ").contains("FRONTDESK_PORT");
        assertThat(badPort.out()).isEmpty();
    }
}
