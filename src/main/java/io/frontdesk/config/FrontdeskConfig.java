package io.frontdesk.config;

import io.frontdesk.ratelimit.FailureLimits;
import io.frontdesk.ratelimit.RateLimitMode;

import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The typed configuration, checked once at start. Bad values stop the start with the key's environment name.
 */
public record FrontdeskConfig(
        int port,
        String host,
        Path dataDir,
        Optional<String> databaseUrl,
        Optional<String> databaseUser,
        Optional<String> databasePassword,
        Optional<Integer> databasePoolSize,
        Optional<Integer> httpThreads,
        Optional<URI> publicUrl,
        Duration tokenTtl,
        String helpcrunchPrefix,
        Duration shutdownGrace,
        Bootstrap bootstrap,
        Smtp smtp,
        Duration outboxPoll,
        RateLimitMode rateLimitDefaultMode,
        List<AddressRange> trustedProxies,
        FailureLimits authFailureLimits,
        Bodies bodies,
        Duration statementTimeout,
        int reportWorkMemMb,
        Webhooks webhooks,
        Sandbox sandbox) {

    /**
     * What makes Frontdesk a test stand-in (docs/sandbox.md). `serve` leaves all of it off; `sandbox` turns it on.
     *
     * @param adminToken   the admin API's bearer token; empty means no admin API, no faults and no journal
     * @param captureMail  outgoing email is kept in memory instead of sent
     * @param clockControl the server's clock can be frozen, set and advanced through the admin API
     * @param journalSize  how many requests the journal keeps
     */
    public record Sandbox(Optional<String> adminToken, boolean captureMail, boolean clockControl, int journalSize) {

        public boolean adminApi() {
            return adminToken.isPresent();
        }

        /** Never prints the token. */
        @Override
        public String toString() {
            return "Sandbox[adminToken=" + (adminToken.isPresent() ? "(set)" : "(none)") + ", captureMail="
                    + captureMail + ", clockControl=" + clockControl + ", journalSize=" + journalSize + "]";
        }
    }

    /**
     * Outgoing webhooks (docs/webhooks.md).
     *
     * @param allowPrivate whether a webhook may reach loopback, private and link-local addresses
     * @param connectTimeout connect timeout of one attempt
     * @param timeout        the whole attempt, connect, TLS, request and answer
     * @param retention      how long delivered deliveries and their attempts are kept
     * @param pollInterval   how often a node looks for deliveries; those its own changes queue are sent at once
     */
    public record Webhooks(boolean allowPrivate, Duration connectTimeout, Duration timeout, Duration retention,
                           Duration pollInterval) {
    }

    /**
     * How request bodies are bounded beyond their size: the pace they must keep, and how many bytes of large ones the
     * server holds at once.
     *
     * @param minBytesPerSecond 0 means no minimum
     * @param largeBodyBytes    empty means a sixteenth of the heap, at least 16 MB
     */
    public record Bodies(long minBytesPerSecond, Duration grace, Optional<Long> largeBodyBytes) {
    }

    /** Values that fix what the first start creates, for scripted set-ups. */
    public record Bootstrap(String accountName, String ownerEmail, String mailboxEmail,
                            Optional<String> clientId, Optional<String> clientSecret,
                            Optional<String> apiKey, Optional<String> helpcrunchKey) {
    }

    /**
     * Outgoing email. Without a host, mail is off: nothing is queued and no worker runs.
     *
     * @param timeout connect, read and write timeout of one SMTP conversation
     */
    public record Smtp(Optional<String> host, int port, Optional<String> username, Optional<String> password,
                       Security security, Duration timeout) {

        /** How the connection to the SMTP server is protected. */
        public enum Security {
            /** Plain connect, then STARTTLS, which is required: a server without it is refused. */
            STARTTLS,
            /** TLS from the first byte (SMTPS, usually port 465). */
            TLS,
            /** No encryption, for a relay on localhost or a test server. */
            NONE
        }

        public boolean enabled() {
            return host.isPresent();
        }

        /** Never prints the password, so a logged or printed configuration cannot leak it. */
        @Override
        public String toString() {
            return "Smtp[host=" + host.orElse("") + ", port=" + port + ", username=" + username.orElse("")
                    + ", password=" + (password.isPresent() ? "(set)" : "(none)") + ", security=" + security
                    + ", timeout=" + timeout + "]";
        }
    }

    /** The shortest fixed secret that account administration accepts. */
    static final int MIN_SECRET_LENGTH = 16;

    public static FrontdeskConfig from(Map<ConfigKey, String> raw) {
        Reader r = new Reader(raw);
        return new FrontdeskConfig(
                r.integer(ConfigKey.PORT, 0, 65535),
                r.required(ConfigKey.HOST),
                r.path(ConfigKey.DATA_DIR),
                r.optional(ConfigKey.DATABASE_URL),
                r.optional(ConfigKey.DATABASE_USER),
                r.optional(ConfigKey.DATABASE_PASSWORD),
                r.optional(ConfigKey.DATABASE_POOL_SIZE).map(v -> r.integer(ConfigKey.DATABASE_POOL_SIZE, 1, 500)),
                r.optional(ConfigKey.HTTP_THREADS).map(v -> r.integer(ConfigKey.HTTP_THREADS, 8, 1000)),
                r.optional(ConfigKey.PUBLIC_URL).map(value -> r.baseUrl(ConfigKey.PUBLIC_URL, value)),
                Duration.ofSeconds(r.integer(ConfigKey.TOKEN_TTL_SECONDS, 60, 31_536_000)),
                r.prefix(ConfigKey.HELPCRUNCH_PREFIX),
                Duration.ofSeconds(r.integer(ConfigKey.SHUTDOWN_GRACE_SECONDS, 0, 3600)),
                new Bootstrap(
                        r.required(ConfigKey.BOOTSTRAP_ACCOUNT_NAME),
                        r.required(ConfigKey.BOOTSTRAP_OWNER_EMAIL),
                        r.required(ConfigKey.BOOTSTRAP_MAILBOX_EMAIL),
                        r.optional(ConfigKey.BOOTSTRAP_CLIENT_ID),
                        r.fixedSecret(ConfigKey.BOOTSTRAP_CLIENT_SECRET),
                        r.fixedSecret(ConfigKey.BOOTSTRAP_API_KEY),
                        r.fixedSecret(ConfigKey.BOOTSTRAP_HELPCRUNCH_KEY)),
                r.smtp(),
                Duration.ofMillis(r.integer(ConfigKey.OUTBOX_POLL_MILLIS, 10, 3_600_000)),
                r.rateLimitMode(ConfigKey.RATE_LIMIT_DEFAULT_MODE),
                r.addressRanges(ConfigKey.TRUSTED_PROXIES),
                new FailureLimits(r.integer(ConfigKey.AUTH_FAILURES_PER_ADDRESS, 0, 1_000_000),
                        r.integer(ConfigKey.AUTH_FAILURES_PER_CLIENT, 0, 1_000_000)),
                new Bodies(r.integer(ConfigKey.REQUEST_BODY_MIN_RATE, 0, 1_000_000_000),
                        Duration.ofMillis(r.integer(ConfigKey.REQUEST_BODY_GRACE_MILLIS, 0, 3_600_000)),
                        r.optional(ConfigKey.LARGE_BODY_MEMORY_MB)
                                .map(v -> r.integer(ConfigKey.LARGE_BODY_MEMORY_MB, 16, 1_000_000) * 1024L * 1024L)),
                Duration.ofSeconds(r.integer(ConfigKey.STATEMENT_TIMEOUT_SECONDS, 1, 3600)),
                r.integer(ConfigKey.REPORT_WORK_MEM_MB, 1, 4096),
                r.webhooks(),
                new Sandbox(r.fixedSecret(ConfigKey.ADMIN_TOKEN), r.bool(ConfigKey.CAPTURE_MAIL),
                        r.bool(ConfigKey.CLOCK_CONTROL), r.integer(ConfigKey.REQUEST_JOURNAL_SIZE, 0, 1_000_000)));
    }

    /** Reads typed values and names the key in every complaint. */
    private record Reader(Map<ConfigKey, String> raw) {

        String value(ConfigKey key) {
            String value = raw.get(key);
            return value == null ? "" : value.trim();
        }

        Optional<String> optional(ConfigKey key) {
            String value = value(key);
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        }

        String required(ConfigKey key) {
            return optional(key).orElseThrow(() -> fail(key, "must not be empty"));
        }

        /** Checked here, not first at first start, so the complaint names the variable and not just "secret". */
        Optional<String> fixedSecret(ConfigKey key) {
            Optional<String> value = optional(key);
            if (value.isPresent() && value.get().length() < MIN_SECRET_LENGTH) {
                throw fail(key, "must be at least " + MIN_SECRET_LENGTH + " characters");
            }
            return value;
        }

        int integer(ConfigKey key, int min, int max) {
            String value = value(key);
            try {
                int parsed = Integer.parseInt(value);
                if (parsed < min || parsed > max) {
                    throw fail(key, "must be between " + min + " and " + max + ", got '" + value + "'");
                }
                return parsed;
            } catch (NumberFormatException e) {
                throw fail(key, "must be a whole number, got '" + value + "'");
            }
        }

        Path path(ConfigKey key) {
            try {
                return Path.of(required(key));
            } catch (InvalidPathException e) {
                throw fail(key, "is not a usable path: " + e.getMessage());
            }
        }

        URI baseUrl(ConfigKey key, String value) {
            try {
                URI uri = URI.create(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
                if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                    throw fail(key, "must be an http(s) URL such as https://desk.example.com, got '" + value + "'");
                }
                if (uri.getQuery() != null || uri.getFragment() != null) {
                    throw fail(key, "must not have a query or fragment, got '" + value + "'");
                }
                return uri;
            } catch (IllegalArgumentException e) {
                throw fail(key, "is not a URL: '" + value + "'");
            }
        }

        String prefix(ConfigKey key) {
            String value = required(key);
            if (!value.matches("(/[A-Za-z0-9._~-]+)+")) {
                throw fail(key, "must be a path such as /helpcrunch/v1, got '" + value + "'");
            }
            if (value.startsWith("/v1") || value.startsWith("/v2") || value.startsWith("/health")) {
                throw fail(key, "must not overlap the Help Scout or health paths, got '" + value + "'");
            }
            return value;
        }

        Smtp smtp() {
            Optional<String> host = optional(ConfigKey.SMTP_HOST);
            if (host.isPresent() && !host.get().matches("[A-Za-z0-9.:\\[\\]_-]+")) {
                throw fail(ConfigKey.SMTP_HOST, "must be a host name or address, got '" + host.get() + "'");
            }
            Optional<String> username = optional(ConfigKey.SMTP_USERNAME);
            Optional<String> password = optional(ConfigKey.SMTP_PASSWORD);
            if (username.isPresent() != password.isPresent()) {
                ConfigKey missing = username.isPresent() ? ConfigKey.SMTP_PASSWORD : ConfigKey.SMTP_USERNAME;
                throw fail(missing, "must be set together with " + (username.isPresent()
                        ? ConfigKey.SMTP_USERNAME : ConfigKey.SMTP_PASSWORD).envName());
            }
            return new Smtp(host, integer(ConfigKey.SMTP_PORT, 1, 65535), username, password,
                    security(ConfigKey.SMTP_TLS),
                    Duration.ofSeconds(integer(ConfigKey.SMTP_TIMEOUT_SECONDS, 1, 600)));
        }

        Smtp.Security security(ConfigKey key) {
            String value = value(key);
            for (Smtp.Security security : Smtp.Security.values()) {
                if (security.name().equalsIgnoreCase(value)) {
                    return security;
                }
            }
            throw fail(key, "must be starttls, tls or none, got '" + value + "'");
        }

        Webhooks webhooks() {
            Duration connect = Duration.ofSeconds(integer(ConfigKey.WEBHOOK_CONNECT_TIMEOUT_SECONDS, 1, 60));
            Duration total = Duration.ofSeconds(integer(ConfigKey.WEBHOOK_TIMEOUT_SECONDS, 1, 120));
            if (total.compareTo(connect) < 0) {
                throw fail(ConfigKey.WEBHOOK_TIMEOUT_SECONDS, "must be at least "
                        + ConfigKey.WEBHOOK_CONNECT_TIMEOUT_SECONDS.envName());
            }
            return new Webhooks(bool(ConfigKey.WEBHOOK_ALLOW_PRIVATE), connect, total,
                    Duration.ofDays(integer(ConfigKey.WEBHOOK_RETENTION_DAYS, 1, 3650)),
                    Duration.ofMillis(integer(ConfigKey.WEBHOOK_POLL_MILLIS, 10, 3_600_000)));
        }

        boolean bool(ConfigKey key) {
            String value = value(key).toLowerCase(java.util.Locale.ROOT);
            return switch (value) {
                case "true" -> true;
                case "false", "" -> false;
                default -> throw fail(key, "must be true or false, got '" + value(key) + "'");
            };
        }

        RateLimitMode rateLimitMode(ConfigKey key) {
            return RateLimitMode.parse(value(key))
                    .orElseThrow(() -> fail(key, "must be enforce, report or off, got '" + value(key) + "'"));
        }

        List<AddressRange> addressRanges(ConfigKey key) {
            List<AddressRange> ranges = new ArrayList<>();
            for (String item : value(key).split(",")) {
                if (item.isBlank()) {
                    continue;
                }
                ranges.add(AddressRange.parse(item).orElseThrow(() -> fail(key, "must be IP addresses or CIDR ranges"
                        + " such as 10.0.0.0/8 or ::1, separated by commas; got '" + item.trim() + "'")));
            }
            return List.copyOf(ranges);
        }

        ConfigException fail(ConfigKey key, String problem) {
            return new ConfigException(key.envName() + " (" + key.flag() + "): " + problem);
        }
    }
}
