package io.frontdesk.cli;

import io.frontdesk.Application;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** `frontdesk migrate`: bring the schema up to date and exit (serve also does this at start). */
@Command(name = "migrate", mixinStandardHelpOptions = true, description = "Apply database migrations and exit.")
public final class MigrateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Application app = Store.open(spec)) {
            System.out.println("schema is up to date on " + app.database().vendor().displayName());
        }
        return 0;
    }
}
