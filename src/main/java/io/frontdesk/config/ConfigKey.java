package io.frontdesk.config;

import java.util.Locale;

/**
 * Every configuration key, declared once. The environment name, the config-file name, the command-line flag and the
 * `serve --help` text are all derived from this list, so they cannot drift apart.
 */
public enum ConfigKey {
    PORT("port", "8080", "HTTP port to listen on (0 picks a free port)"),
    HOST("host", "0.0.0.0", "Interface to bind"),
    DATA_DIR("data-dir", "./data", "Directory for the SQLite database and credentials.txt"),
    DATABASE_URL("database-url", "", "jdbc:postgresql://… or postgresql://… URL; empty means embedded SQLite"),
    DATABASE_USER("database-user", "", "PostgreSQL user when not given in the URL"),
    DATABASE_PASSWORD("database-password", "", "PostgreSQL password when not given in the URL (never logged)"),
    DATABASE_POOL_SIZE("database-pool-size", "", "Maximum connections in the pool; empty means 10 on SQLite and 2 × cores + 1 (at least 4) on PostgreSQL"),
    HTTP_THREADS("http-threads", "", "Threads that answer reads; empty means 4 × cores (at least 8). Writes, request bodies and attachment downloads run on a pool of their own"),
    PUBLIC_URL("public-url", "", "Base of absolute links (https://desk.example.com); empty means taken from the request"),
    TOKEN_TTL_SECONDS("token-ttl-seconds", "172800", "Lifetime of Help Scout 2.0 access tokens"),
    HELPCRUNCH_PREFIX("helpcrunch-prefix", "/helpcrunch/v1", "Path prefix of the HelpCrunch API"),
    SHUTDOWN_GRACE_SECONDS("shutdown-grace-seconds", "20", "How long a stop waits for in-flight requests"),
    REPORT_WORK_MEM_MB("report-work-mem-mb", "64",
            "PostgreSQL's work_mem for a report's counts (each sort or hash of them may use it, in every process of a parallel plan): their distinct counts and groupings spill to disk at the server's default of 4 MB"),
    STATEMENT_TIMEOUT_SECONDS("statement-timeout-seconds", "10", "How long one request's use of a database connection may run before its statement is cancelled (a search answers 400, anything else 503)"),
    BOOTSTRAP_ACCOUNT_NAME("bootstrap-account-name", "Frontdesk", "Name of the account created on first start"),
    BOOTSTRAP_OWNER_EMAIL("bootstrap-owner-email", "owner@frontdesk.local", "Email of the first owner user"),
    BOOTSTRAP_MAILBOX_EMAIL("bootstrap-mailbox-email", "support@frontdesk.local", "Address of the first mailbox"),
    BOOTSTRAP_CLIENT_ID("bootstrap-client-id", "", "Fixed Help Scout 2.0 client id for the first account"),
    BOOTSTRAP_CLIENT_SECRET("bootstrap-client-secret", "", "Fixed Help Scout 2.0 client secret for the first account"),
    BOOTSTRAP_API_KEY("bootstrap-api-key", "", "Fixed Help Scout 1.0 API key for the first account"),
    BOOTSTRAP_HELPCRUNCH_KEY("bootstrap-helpcrunch-key", "", "Fixed HelpCrunch API key for the first account"),
    SMTP_HOST("smtp-host", "", "SMTP server for outgoing email; empty means outgoing email is off"),
    SMTP_PORT("smtp-port", "587", "SMTP server port"),
    SMTP_USERNAME("smtp-username", "", "SMTP user name; empty means no authentication"),
    SMTP_PASSWORD("smtp-password", "", "SMTP password (never logged)"),
    SMTP_TLS("smtp-tls", "starttls", "SMTP transport security: starttls (required), tls (implicit, port 465) or none"),
    SMTP_TIMEOUT_SECONDS("smtp-timeout-seconds", "10", "Connect, read and write timeout of one SMTP conversation"),
    OUTBOX_POLL_MILLIS("outbox-poll-millis", "1000", "How often each node looks for outgoing email to send"),
    RATE_LIMIT_DEFAULT_MODE("rate-limit-default-mode", "enforce",
            "Rate limits of accounts without their own mode: enforce (429), report (headers and log only) or off"),
    WEBHOOK_ALLOW_PRIVATE("webhook-allow-private", "false",
            "Let webhooks reach loopback, private and link-local addresses (true only where every tenant is trusted)"),
    WEBHOOK_CONNECT_TIMEOUT_SECONDS("webhook-connect-timeout-seconds", "5", "Connect timeout of one webhook attempt"),
    WEBHOOK_TIMEOUT_SECONDS("webhook-timeout-seconds", "10", "Total time one webhook attempt may take"),
    WEBHOOK_POLL_MILLIS("webhook-poll-millis", "500",
            "How often each node looks for webhook deliveries queued elsewhere (its own are sent at once)"),
    WEBHOOK_RETENTION_DAYS("webhook-retention-days", "30",
            "Days a delivered webhook delivery and its attempts are kept in the delivery log"),
    TRUSTED_PROXIES("trusted-proxies", "",
            "Comma-separated addresses or CIDR ranges of reverse proxies whose X-Forwarded-*/Forwarded headers are believed; empty means none"),
    AUTH_FAILURES_PER_ADDRESS("auth-failures-per-address", "30",
            "Failed authentications a client address may make in a minute before it gets 429; 0 means no limit"),
    AUTH_FAILURES_PER_CLIENT("auth-failures-per-client", "10",
            "Failed token requests one OAuth client id may have in a minute before it gets 429; 0 means no limit"),
    REQUEST_BODY_MIN_RATE("request-body-min-rate", "1024",
            "Slowest a request body may arrive once its grace is over, in bytes a second; slower is answered 408 (0 = no minimum)"),
    REQUEST_BODY_GRACE_MILLIS("request-body-grace-millis", "10000",
            "How long a request body may arrive at any pace before request-body-min-rate applies"),
    LARGE_BODY_MEMORY_MB("large-body-memory-mb", "",
            "Megabytes of request bodies over 100 kB (attachments, conversations) held at once; beyond it 503 with Retry-After. Empty means a sixteenth of the heap, at least 16"),
    ADMIN_TOKEN("admin-token", "",
            "Bearer token of the admin API under /_frontdesk/ (docs/sandbox.md); empty means the admin API, faults and the request journal are absent (never logged; at least 16 characters)"),
    CAPTURE_MAIL("capture-mail", "false",
            "Keep outgoing email in memory for the admin API instead of sending it; needs no smtp-host"),
    CLOCK_CONTROL("clock-control", "false",
            "Let the admin API read, freeze, set and advance the server's one clock (sandbox only: every time the server uses moves with it)"),
    REQUEST_JOURNAL_SIZE("request-journal-size", "1000",
            "Requests the admin API's journal keeps in memory (oldest dropped first) while admin-token is set");

    private final String key;
    private final String defaultValue;
    private final String description;

    ConfigKey(String key, String defaultValue, String description) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    /** The name used in the config file (`port=8080`). */
    public String key() {
        return key;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    /** `FRONTDESK_DATA_DIR` for `data-dir`. */
    public String envName() {
        return "FRONTDESK_" + key.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** `--data-dir` for `data-dir`. */
    public String flag() {
        return "--" + key;
    }

    /** A secret's value is never printed, not even its default. */
    public boolean secret() {
        return this == DATABASE_PASSWORD || this == BOOTSTRAP_CLIENT_SECRET || this == BOOTSTRAP_API_KEY
                || this == BOOTSTRAP_HELPCRUNCH_KEY || this == SMTP_PASSWORD || this == ADMIN_TOKEN;
    }
}
