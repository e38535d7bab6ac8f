package io.frontdesk.conversation;

import io.frontdesk.Application;
import io.frontdesk.Main;
import io.frontdesk.config.ConfigKey;
import io.frontdesk.config.ConfigSources;
import io.frontdesk.config.FrontdeskConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** `frontdesk accounts set --lock-closed-after-days N|off` writes the account's conversation lock. */
class LockSettingCommandTest {

    @TempDir
    Path dataDir;

    @Test
    void the_lock_is_set_and_turned_off_from_the_command_line() {
        assertThat(run("accounts", "create", "--name", "Acme", "--owner-email", "a@b.c")).isZero();
        assertThat(run("accounts", "set", "--account", "1", "--lock-closed-after-days", "30")).isZero();
        assertThat(lockDays()).isEqualTo(30);
        assertThat(run("accounts", "set", "--account", "1", "--lock-closed-after-days", "off")).isZero();
        assertThat(lockDays()).isNull();
        assertThat(run("accounts", "set", "--account", "1", "--lock-closed-after-days", "soon")).isNotZero();
        assertThat(run("accounts", "set", "--account", "1", "--lock-closed-after-days", "0")).isNotZero();
        assertThat(run("accounts", "set", "--account", "1")).isNotZero();
        assertThat(run("accounts", "set", "--account", "1", "--strict-put", "true")).isZero();
        assertThat(lockDays()).isNull();
    }

    private Integer lockDays() {
        FrontdeskConfig config = FrontdeskConfig.from(ConfigSources.merge(null, Map.of(),
                Map.of(ConfigKey.DATA_DIR, dataDir.toString())));
        try (Application app = Application.open(config)) {
            return app.accounts().account(1).lockClosedAfterDays();
        }
    }

    /** Runs the command quietly against this test's own SQLite data directory. */
    private int run(String... args) {
        String[] withDataDir = new String[args.length + 2];
        System.arraycopy(args, 0, withDataDir, 0, args.length);
        withDataDir[args.length] = "--data-dir";
        withDataDir[args.length + 1] = dataDir.toString();
        PrintStream out = System.out;
        PrintStream err = System.err;
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            return Main.run(withDataDir);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
