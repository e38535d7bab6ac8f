package io.frontdesk.cli;

import io.frontdesk.config.ConfigKey;
import io.frontdesk.config.FrontdeskConfig;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.ParseResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Adds one flag per config key to a command, with its default and environment name in the help, and reads back only
 * the flags that were actually given (so a flag's default never hides the environment).
 *
 * <p>Every command takes every flag, but an admin command's help shows its own options and one hint line: the thirty
 * shared flags listed in each command buried its three own ones. {@code --help-all} lists them, as `serve --help`
 * does, whose own options they are.
 */
public final class ConfigOptions {

    static final String CONFIG_FILE = "--config";
    static final String HELP_ALL = "--help-all";
    private static final String SECTION = "configuration";

    private ConfigOptions() {
    }

    public static void addTo(CommandSpec spec) {
        for (OptionSpec option : options(true)) {
            spec.addOption(option);
        }
        spec.addOption(OptionSpec.builder(HELP_ALL)
                .usageHelp(true)
                .description("Show this help with the configuration flags every command takes")
                .build());
        UsageMessageSpec usage = spec.usageMessage();
        List<String> sections = new ArrayList<>(usage.sectionKeys());
        sections.add(sections.indexOf(UsageMessageSpec.SECTION_KEY_OPTION_LIST) + 1, SECTION);
        usage.sectionKeys(sections);
        usage.sectionMap().put(SECTION, ConfigOptions::section);
    }

    /** The config flags; hidden from a command's own option list and its synopsis, listed in their own section. */
    private static List<OptionSpec> options(boolean hidden) {
        List<OptionSpec> options = new ArrayList<>();
        options.add(OptionSpec.builder(CONFIG_FILE)
                .paramLabel("FILE")
                .type(Path.class)
                .hidden(hidden)
                .description("Properties file with any of the keys below (env FRONTDESK_CONFIG)")
                .build());
        for (ConfigKey key : ConfigKey.values()) {
            String shown = key.secret() ? "(secret)" : key.defaultValue().isEmpty() ? "(none)" : key.defaultValue();
            options.add(OptionSpec.builder(key.flag())
                    .paramLabel(key.key().toUpperCase(Locale.ROOT).replace('-', '_'))
                    .type(String.class)
                    .hidden(hidden)
                    .description(key.description() + ". Default: " + shown + ". Env: " + key.envName())
                    .build());
        }
        return options;
    }

    private static String section(Help help) {
        CommandSpec spec = help.commandSpec();
        ParseResult parsed = spec.commandLine() == null ? null : spec.commandLine().getParseResult();
        boolean all = spec.userObject() instanceof ServeCommand
                || parsed != null && parsed.hasMatchedOption(HELP_ALL);
        if (!all) {
            return String.format("%nConfiguration: the server's flags (--data-dir, --database-url, …) and %s FILE%n"
                    + "  apply here too; '%s %s' lists them.%n", CONFIG_FILE, spec.qualifiedName(), HELP_ALL);
        }
        CommandSpec shown = CommandSpec.create();
        options(false).forEach(shown::addOption);
        Help list = new Help(shown, help.colorScheme());
        return String.format("%nConfiguration (every command takes these; later sources win:%n"
                + "  defaults < %s FILE < FRONTDESK_* environment < flags):%n", CONFIG_FILE)
                + list.optionListExcludingGroups(shown.options(), list.createDefaultLayout(), null,
                list.parameterLabelRenderer());
    }

    public static FrontdeskConfig load(CommandSpec spec, Map<String, String> env) {
        return FrontdeskConfig.from(given(spec).values(env, Map.of()));
    }

    /** The config flags picocli matched on this command's line, and the file {@code --config} named. */
    static ConfigFlags given(CommandSpec spec) {
        ParseResult parsed = spec.commandLine().getParseResult();
        Map<ConfigKey, String> flags = new EnumMap<>(ConfigKey.class);
        for (ConfigKey key : ConfigKey.values()) {
            if (parsed.hasMatchedOption(key.flag())) {
                flags.put(key, parsed.matchedOptionValue(key.flag(), ""));
            }
        }
        return new ConfigFlags(flags,
                parsed.hasMatchedOption(CONFIG_FILE) ? parsed.matchedOptionValue(CONFIG_FILE, (Path) null) : null);
    }
}
