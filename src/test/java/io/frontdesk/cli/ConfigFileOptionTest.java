package io.frontdesk.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `--config FILE` feeds the same keys as the flags, below them in precedence. */
class ConfigFileOptionTest {

    @TempDir
    Path tmp;

    @Test
    void config_file_sets_the_data_dir_of_an_admin_command() throws IOException {
        Path fromFile = tmp.resolve("from-file");
        Path config = config("data-dir = " + fromFile + "\n");

        assertThat(Cli.run("accounts", "create", "--name", "Filed", "--owner-email", "f@b.c",
                "--config", config.toString()).exitCode()).isZero();

        assertThat(Cli.run("accounts", "list", "--data-dir", fromFile.toString()).out()).contains("\tFiled\t");
    }

    @Test
    void flag_beats_the_config_file() throws IOException {
        Path fromFile = tmp.resolve("from-file");
        Path fromFlag = tmp.resolve("from-flag");
        Path config = config("data-dir = " + fromFile + "\n");

        assertThat(Cli.run("accounts", "create", "--name", "Flagged", "--owner-email", "f@b.c",
                "--config", config.toString(), "--data-dir", fromFlag.toString()).exitCode()).isZero();

        assertThat(Cli.run("accounts", "list", "--data-dir", fromFlag.toString()).out()).contains("\tFlagged\t");
        assertThat(Files.exists(fromFile.resolve("frontdesk.db"))).isFalse();
    }

    @Test
    void unknown_key_in_the_config_file_exits_2_naming_it() throws IOException {
        Path config = config("data_dir = " + tmp + "\n");

        Cli.Run run = Cli.run("accounts", "list", "--config", config.toString());

        assertThat(run.exitCode()).as("%s", run).isEqualTo(2);
        assertThat(run.err()).contains("unknown key 'data_dir'");
    }

    private Path config(String text) throws IOException {
        Path file = tmp.resolve("frontdesk.properties");
        Files.writeString(file, text);
        return file;
    }
}
