package io.frontdesk.junit;

import org.junit.jupiter.api.extension.ExtensionConfigurationException;

import java.util.Map;
import java.util.TreeMap;

/** What one use of the extension asked for: from {@link Frontdesk} or from {@link FrontdeskExtension#builder()}. */
record ExtensionOptions(Lifecycle lifecycle, Isolation isolation, Map<String, String> settings) {

    static final ExtensionOptions DEFAULTS = new ExtensionOptions(Lifecycle.PER_CLASS, Isolation.THROWAWAY_ACCOUNT,
            Map.of());

    ExtensionOptions {
        // sorted: a PER_RUN server is shared by the classes that ask for the same settings, in whatever order
        settings = Map.copyOf(new TreeMap<>(settings));
    }

    static ExtensionOptions of(Frontdesk annotation) {
        Map<String, String> settings = new TreeMap<>();
        for (String setting : annotation.settings()) {
            int equals = setting.indexOf('=');
            if (equals <= 0) {
                throw new ExtensionConfigurationException("@Frontdesk settings are key=value, such as "
                        + "\"database-url=jdbc:postgresql://127.0.0.1:5432/test\"; got \"" + setting + "\"");
            }
            settings.put(setting.substring(0, equals).trim(), setting.substring(equals + 1).trim());
        }
        return new ExtensionOptions(annotation.lifecycle(), annotation.isolation(), settings);
    }

    /** The key of a PER_RUN server in the run's store. */
    String runKey() {
        return "frontdesk-per-run " + new TreeMap<>(settings);
    }

    /** The key of a PER_CLASS server: a @Nested class with settings of its own does not get its outer class's. */
    String classKey() {
        return "frontdesk-per-class " + new TreeMap<>(settings);
    }
}
