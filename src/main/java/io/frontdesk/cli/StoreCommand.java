package io.frontdesk.cli;

import io.frontdesk.Application;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * An admin command that opens the data the way every command must ({@link Store#open}: schema up to date, first start
 * on a fresh store), runs, and closes it. Subclasses only say what they do with the application.
 */
abstract class StoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        check();
        try (Application app = Store.open(spec)) {
            return run(app);
        }
    }

    /** Refuses a wrong combination of options before the store is opened (and, on a fresh one, first start runs). */
    void check() {
    }

    /** The command's work on an open application; answers the exit code. */
    abstract int run(Application app);
}
