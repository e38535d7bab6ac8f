package io.frontdesk.junit;

import io.frontdesk.testing.PostgresLane;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

/**
 * A database of the PostgreSQL lane for one test class, made when the class is loaded (the extension's settings need
 * its URL then) and dropped after it. Registered before {@link FrontdeskExtension}, so the server has stopped by the
 * time it is dropped; without a server the class is skipped (or fails under CI), as the lane does everywhere.
 */
final class PostgresDatabase implements BeforeAllCallback, AfterAllCallback {

    private final String url;
    private final TestAbortedException missing;

    PostgresDatabase() {
        String made = null;
        TestAbortedException aborted = null;
        try {
            made = PostgresLane.createDatabase();
        } catch (TestAbortedException e) {
            aborted = e;
        }
        this.url = made;
        this.missing = aborted;
    }

    /** The database's JDBC URL, or a placeholder when there is none (the class is skipped before it is used). */
    String url() {
        return url == null ? "jdbc:postgresql://127.0.0.1:1/none" : url;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (missing != null) {
            throw missing;
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (url != null) {
            PostgresLane.dropDatabase(url);
        }
    }
}
