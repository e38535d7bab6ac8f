package io.frontdesk.cli;

import io.frontdesk.config.ConfigKey;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** `serve --help` is the operator's reference: every key as a flag, with its default and its variable. */
class ServeHelpTest {

    @Test
    void serve_help_lists_every_config_flag_with_its_default_and_env_name() {
        Cli.Run run = Cli.run("serve", "--help");

        assertThat(run.exitCode()).as("%s", run).isZero();
        // Picocli wraps long descriptions anywhere it likes (even after the dot in "credentials.txt").
        String help = withoutWhitespace(run.out());
        for (ConfigKey key : ConfigKey.values()) {
            String shown = key.secret() ? "(secret)" : key.defaultValue().isEmpty() ? "(none)" : key.defaultValue();
            assertThat(help).as(key.key())
                    .contains(key.flag() + "=")
                    .contains(withoutWhitespace(key.description() + ". Default: " + shown + ". Env: " + key.envName()));
        }
        assertThat(help).contains("--config=FILE");
    }

    @Test
    void admin_commands_take_the_same_config_flags() {
        Cli.Run run = Cli.run("credentials", "create", "--help");

        assertThat(run.exitCode()).isZero();
        for (ConfigKey key : ConfigKey.values()) {
            assertThat(run.out()).contains(key.flag() + "=");
        }
    }

    @Test
    void bad_port_flag_exits_2_naming_the_env_variable() {
        Cli.Run run = Cli.run("serve", "--port", "abc");

        assertThat(run.exitCode()).as("%s", run).isEqualTo(2);
        assertThat(run.err()).contains("FRONTDESK_PORT").contains("abc");
    }

    @Test
    void bad_value_for_an_admin_command_exits_2_naming_the_env_variable() {
        Cli.Run run = Cli.run("accounts", "list", "--database-pool-size", "0");

        assertThat(run.exitCode()).as("%s", run).isEqualTo(2);
        assertThat(run.err()).contains("FRONTDESK_DATABASE_POOL_SIZE");
    }

    private static String withoutWhitespace(String text) {
        return text.replaceAll("\\s+", "");
    }
}
