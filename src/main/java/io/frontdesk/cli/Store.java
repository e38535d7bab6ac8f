package io.frontdesk.cli;

import io.frontdesk.Application;
import io.frontdesk.config.FrontdeskConfig;
import io.frontdesk.setup.FirstStart;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How every command opens the data: the schema brought up to date and, on a store no command has opened before, first
 * start run. Whichever command comes first (`serve`, `migrate` or an admin command), first start's account is number 1
 * and its secrets are in `credentials.txt`, so the README's commands name the same ids in any order.
 */
final class Store {

    private Store() {
    }

    /** An admin command's application; a first start's notice goes to standard error, beside no `key=value` line. */
    static Application open(CommandSpec spec) {
        FrontdeskConfig config = ConfigOptions.load(spec, System.getenv());
        Application app = Application.open(config);
        try {
            firstStart(app, System.err);
        } catch (RuntimeException | Error e) {
            app.close();
            throw e;
        }
        return app;
    }

    /** Runs first start if the store is fresh, writes `credentials.txt` and says so on {@code notice}. */
    static Optional<FirstStart.Result> firstStart(Application app, PrintStream notice) {
        FrontdeskConfig config = app.config();
        Optional<FirstStart.Result> first = app.firstStart().runIfEmpty(config.bootstrap());
        first.ifPresent(result -> announce(config.dataDir(), result, notice));
        return first;
    }

    private static void announce(Path dataDir, FirstStart.Result result, PrintStream notice) {
        Path file = CredentialsFile.write(dataDir, result).toAbsolutePath().normalize();
        // Never logged, and printed only to a terminal: a service's output usually ends up in a log (journald, docker
        // logs), where a secret must not appear.
        if (System.console() != null) {
            notice.println("First start: created account " + result.owner().accountId()
                    + ". These secrets are shown once and saved to " + file + " (mode 600):");
            notice.println(CredentialsFile.text(result));
        } else {
            notice.println("First start: created account " + result.owner().accountId()
                    + ". Its credentials are in " + file + " (mode 600).");
        }
        notice.flush();
    }
}
