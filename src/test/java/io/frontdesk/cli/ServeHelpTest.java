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
    void admin_commands_take_the_same_config_flags_and_help_all_lists_them() {
        Cli.Run run = Cli.run("credentials", "create", "--help-all");

        assertThat(run.exitCode()).as("%s", run).isZero();
        for (ConfigKey key : ConfigKey.values()) {
            assertThat(run.out()).contains(key.flag() + "=");
        }
    }

    @Test
    void admin_help_shows_its_own_options_and_one_hint_for_the_shared_ones() {
        Cli.Run run = Cli.run("credentials", "create", "--help");

        assertThat(run.exitCode()).as("%s", run).isZero();
        assertThat(run.out()).contains("--account=", "--user=", "--kind=", "--label=",
                "frontdesk credentials create --help-all")
                .doesNotContain("--smtp-host", "--bootstrap-client-id", "--port=");
        assertThat(run.out().lines().count()).as("%s", run).isLessThan(25);
    }

    @Test
    void a_mistyped_option_answers_the_error_the_nearest_option_and_one_hint_not_the_usage() {
        Cli.Run run = Cli.run("credentials", "create", "--acount", "2", "--user", "1", "--kind", "helpscout_key");

        assertThat(run.exitCode()).as("%s", run).isEqualTo(2);
        // picocli would report the required --account as missing first; the unknown option is what to fix
        assertThat(run.err()).contains("'--acount'", "Did you mean --account?",
                "Try 'frontdesk credentials create --help'").doesNotContain("Usage:");
        assertThat(run.err().lines().count()).as("%s", run).isEqualTo(3);
    }

    @Test
    void a_mistyped_shared_flag_suggests_it_though_the_help_does_not_list_it() {
        Cli.Run run = Cli.run("accounts", "list", "--data-dri", "x");

        assertThat(run.exitCode()).as("%s", run).isEqualTo(2);
        assertThat(run.err()).contains("Did you mean --data-dir?").doesNotContain("Usage:");
    }

    @Test
    void a_command_group_alone_lists_its_subcommands() {
        Cli.Run run = Cli.run("accounts");

        assertThat(run.exitCode()).as("%s", run).isEqualTo(2);
        assertThat(run.err()).contains("Missing required subcommand", "create", "add-user", "list", "set");
    }

    @Test
    void a_mistyped_subcommand_suggests_the_nearest() {
        Cli.Run run = Cli.run("accounts", "lst");

        assertThat(run.exitCode()).as("%s", run).isEqualTo(2);
        assertThat(run.err()).contains("accounts list").doesNotContain("Usage:");
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
