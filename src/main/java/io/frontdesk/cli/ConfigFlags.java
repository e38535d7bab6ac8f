package io.frontdesk.cli;

import io.frontdesk.config.ConfigKey;
import io.frontdesk.config.ConfigSources;

import java.nio.file.Path;
import java.util.Map;

/**
 * The config flags a command line gave and the file its {@code --config} named (null when none), however the line was
 * read: by picocli ({@link ConfigOptions#given}) or by `sandbox`'s quick reading ({@link SandboxArguments}).
 */
record ConfigFlags(Map<ConfigKey, String> flags, Path configFile) {

    ConfigFlags {
        flags = Map.copyOf(flags);
    }

    /** The raw merged values, with a command's own defaults between the catalogue's and the config file. */
    Map<ConfigKey, String> values(Map<String, String> env, Map<ConfigKey, String> commandDefaults) {
        Path file = configFile != null ? configFile
                : env.containsKey("FRONTDESK_CONFIG") ? Path.of(env.get("FRONTDESK_CONFIG")) : null;
        return ConfigSources.merge(commandDefaults, file, env, flags);
    }
}
