package io.frontdesk.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * Merges the four layers, lowest first: defaults, config file, `FRONTDESK_*` environment, command-line flags.
 * The result is raw text per key; {@link FrontdeskConfig#from} types and checks it.
 */
public final class ConfigSources {

    private ConfigSources() {
    }

    public static Map<ConfigKey, String> merge(Path configFile, Map<String, String> env, Map<ConfigKey, String> flags) {
        return merge(Map.of(), configFile, env, flags);
    }

    /**
     * The same with a command's own defaults over the catalogue's (`sandbox`: loopback, fixed credentials, limits
     * reported only); the file, the environment and the flags still win over them.
     */
    public static Map<ConfigKey, String> merge(Map<ConfigKey, String> commandDefaults, Path configFile,
                                               Map<String, String> env, Map<ConfigKey, String> flags) {
        Map<ConfigKey, String> values = new EnumMap<>(ConfigKey.class);
        for (ConfigKey key : ConfigKey.values()) {
            values.put(key, key.defaultValue());
        }
        values.putAll(commandDefaults);
        if (configFile != null) {
            values.putAll(readFile(configFile));
        }
        for (ConfigKey key : ConfigKey.values()) {
            String fromEnv = env.get(key.envName());
            if (fromEnv != null) {
                values.put(key, fromEnv);
            }
        }
        values.putAll(flags);
        return values;
    }

    /** A Java properties file whose keys are the config keys (`port = 9000`). Unknown keys stop the start. */
    static Map<ConfigKey, String> readFile(Path file) {
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(reader);
        } catch (IOException e) {
            throw new ConfigException("config file " + file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        Map<ConfigKey, String> values = new EnumMap<>(ConfigKey.class);
        for (String name : props.stringPropertyNames()) {
            ConfigKey key = byName(name);
            if (key == null) {
                throw new ConfigException("config file " + file + ": unknown key '" + name + "'");
            }
            values.put(key, props.getProperty(name).trim());
        }
        return values;
    }

    static ConfigKey byName(String name) {
        for (ConfigKey key : ConfigKey.values()) {
            if (key.key().equals(name)) {
                return key;
            }
        }
        return null;
    }
}
