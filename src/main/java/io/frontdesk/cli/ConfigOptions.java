package io.frontdesk.cli;

import io.frontdesk.config.ConfigKey;
import io.frontdesk.config.ConfigSources;
import io.frontdesk.config.FrontdeskConfig;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * Adds one flag per config key to a command, with its default and environment name in the help, and reads back only
 * the flags that were actually given (so a flag's default never hides the environment).
 */
public final class ConfigOptions {

    static final String CONFIG_FILE = "--config";

    private ConfigOptions() {
    }

    public static void addTo(CommandSpec spec) {
        spec.addOption(OptionSpec.builder(CONFIG_FILE)
                .paramLabel("FILE")
                .type(Path.class)
                .description("Properties file with any of the keys below (env FRONTDESK_CONFIG)")
                .build());
        for (ConfigKey key : ConfigKey.values()) {
            String shown = key.secret() ? "(secret)" : key.defaultValue().isEmpty() ? "(none)" : key.defaultValue();
            spec.addOption(OptionSpec.builder(key.flag())
                    .paramLabel(key.key().toUpperCase(java.util.Locale.ROOT).replace('-', '_'))
                    .type(String.class)
                    .description(key.description() + ". Default: " + shown + ". Env: " + key.envName())
                    .build());
        }
    }

    public static FrontdeskConfig load(CommandSpec spec, Map<String, String> env) {
        ParseResult parsed = spec.commandLine().getParseResult();
        Map<ConfigKey, String> flags = new EnumMap<>(ConfigKey.class);
        for (ConfigKey key : ConfigKey.values()) {
            if (parsed.hasMatchedOption(key.flag())) {
                flags.put(key, parsed.matchedOptionValue(key.flag(), ""));
            }
        }
        Path file = parsed.hasMatchedOption(CONFIG_FILE) ? parsed.matchedOptionValue(CONFIG_FILE, (Path) null)
                : env.containsKey("FRONTDESK_CONFIG") ? Path.of(env.get("FRONTDESK_CONFIG")) : null;
        return FrontdeskConfig.from(ConfigSources.merge(file, env, flags));
    }
}
