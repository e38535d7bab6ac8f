package io.frontdesk.cli;

import io.frontdesk.config.ConfigKey;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What `sandbox` sets over the catalogue's defaults. A config file, a {@code FRONTDESK_*} variable or a flag still
 * wins over each of them. The credentials are fixed and published (docs/sandbox.md): a sandbox holds test data only,
 * and a test suite must know them before the server starts.
 */
public final class SandboxDefaults {

    public static final String CLIENT_ID = "sandbox-client-id";
    public static final String CLIENT_SECRET = "sandbox-client-secret";
    public static final String API_KEY = "sandbox-api-key-v1";
    public static final String HELPCRUNCH_KEY = "sandbox-helpcrunch-key";
    /** The admin API's bearer token (docs/sandbox.md, Admin API); a sandbox's admin API is always on. */
    public static final String ADMIN_TOKEN = "sandbox-admin-token";

    /** Empty data directory: a temporary one, removed at exit. */
    public static final Map<ConfigKey, String> VALUES = values();

    private SandboxDefaults() {
    }

    private static Map<ConfigKey, String> values() {
        Map<ConfigKey, String> values = new EnumMap<>(ConfigKey.class);
        // loopback and a free port: parallel test runs never collide, and the ready line says which port it took
        values.put(ConfigKey.HOST, "127.0.0.1");
        values.put(ConfigKey.PORT, "0");
        values.put(ConfigKey.DATA_DIR, "");
        values.put(ConfigKey.BOOTSTRAP_ACCOUNT_NAME, "Sandbox");
        values.put(ConfigKey.BOOTSTRAP_OWNER_EMAIL, "owner@sandbox.frontdesk.local");
        values.put(ConfigKey.BOOTSTRAP_MAILBOX_EMAIL, "support@sandbox.frontdesk.local");
        values.put(ConfigKey.BOOTSTRAP_CLIENT_ID, CLIENT_ID);
        values.put(ConfigKey.BOOTSTRAP_CLIENT_SECRET, CLIENT_SECRET);
        values.put(ConfigKey.BOOTSTRAP_API_KEY, API_KEY);
        values.put(ConfigKey.BOOTSTRAP_HELPCRUNCH_KEY, HELPCRUNCH_KEY);
        // a burst of test writes must not meet 429s; the rate-limit headers are still sent, as the vendors send them
        values.put(ConfigKey.RATE_LIMIT_DEFAULT_MODE, "report");
        // the test's own webhook receiver listens on loopback
        values.put(ConfigKey.WEBHOOK_ALLOW_PRIVATE, "true");
        // a test's failed logins must not lock its next test out
        values.put(ConfigKey.AUTH_FAILURES_PER_ADDRESS, "0");
        values.put(ConfigKey.AUTH_FAILURES_PER_CLIENT, "0");
        // a test run stops its sandbox at the end; nothing in flight is worth waiting long for
        values.put(ConfigKey.SHUTDOWN_GRACE_SECONDS, "2");
        // what a test drives between its steps: the admin API (accounts, reset, faults, journal, snapshots), the clock
        // it may freeze and move, and outgoing mail kept for it to read instead of sent (no SMTP sink needed)
        values.put(ConfigKey.ADMIN_TOKEN, ADMIN_TOKEN);
        values.put(ConfigKey.CLOCK_CONTROL, "true");
        values.put(ConfigKey.CAPTURE_MAIL, "true");
        // captured mail shows up for the test a tenth of a second after the reply that sent it, not a second
        values.put(ConfigKey.OUTBOX_POLL_MILLIS, "100");
        return Collections.unmodifiableMap(values);
    }
}
