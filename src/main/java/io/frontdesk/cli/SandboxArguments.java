package io.frontdesk.cli;

import io.frontdesk.config.ConfigKey;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * `sandbox`'s usual command line read without picocli: its own options and the config flags, each with one value.
 * picocli cost about a seventh of a sandbox's start, most of it loading its own classes, which are compiled for Java 5
 * and so cannot be in Java 17's class-data-sharing archive (docs/benchmarks.md, "Sandbox start-up"). A line this
 * does not know to read exactly as picocli does (help, version, an unknown or repeated option, a missing value, a value
 * that starts with '-' or '@', an argument that is not an option) is left to picocli, which reads it with the command's
 * definitions and says what is wrong: reading less never changes what a line means, only which parser read it.
 */
public final class SandboxArguments {

    private final SandboxCommand command;
    private final ConfigFlags config;

    private SandboxArguments(SandboxCommand command, ConfigFlags config) {
        this.command = command;
        this.config = config;
    }

    /** The sandbox of this command line, when it is `sandbox` followed only by options read here. */
    public static Optional<SandboxArguments> read(String... args) {
        if (args.length == 0 || !args[0].equals("sandbox")) {
            return Optional.empty();
        }
        SandboxCommand command = new SandboxCommand();
        Map<ConfigKey, String> flags = new EnumMap<>(ConfigKey.class);
        Path configFile = null;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                return Optional.empty();
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            String value;
            if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                return Optional.empty();
            }
            if (value.startsWith("-") || value.startsWith("@")) {
                return Optional.empty();
            }
            try {
                switch (name) {
                    case SandboxCommand.FIXTURE -> command.fixtures.add(Path.of(value));
                    case SandboxCommand.READY_FILE -> {
                        if (command.readyFile != null) {
                            return Optional.empty();
                        }
                        command.readyFile = Path.of(value);
                    }
                    case ConfigOptions.CONFIG_FILE -> {
                        if (configFile != null) {
                            return Optional.empty();
                        }
                        configFile = Path.of(value);
                    }
                    default -> {
                        ConfigKey key = configKey(name);
                        if (key == null || flags.putIfAbsent(key, value) != null) {
                            return Optional.empty();
                        }
                    }
                }
            } catch (InvalidPathException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new SandboxArguments(command, new ConfigFlags(flags, configFile)));
    }

    /** The config key whose flag this is (the flags ConfigOptions gives every command), or null. */
    private static ConfigKey configKey(String flag) {
        for (ConfigKey key : ConfigKey.values()) {
            if (key.flag().equals(flag)) {
                return key;
            }
        }
        return null;
    }

    /** Runs the sandbox until it is stopped, as picocli would have after reading the same line. */
    public int run() throws InterruptedException {
        return command.run(config);
    }

    SandboxCommand command() {
        return command;
    }

    ConfigFlags config() {
        return config;
    }
}
