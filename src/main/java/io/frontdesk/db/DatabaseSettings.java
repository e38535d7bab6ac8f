package io.frontdesk.db;

import io.frontdesk.config.ConfigException;
import io.frontdesk.config.ConfigKey;
import io.frontdesk.config.FrontdeskConfig;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Where the data lives: resolved from the config once, with the password kept apart from the URL so the URL can be
 * logged.
 */
public record DatabaseSettings(DbVendor vendor, String jdbcUrl, Optional<String> user, Optional<String> password,
                               int poolSize, Duration statementTimeout, int reportWorkMemMb) {

    /** The statement timeout of settings made without a configuration (benchmarks, tests). */
    static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofSeconds(10);

    /** The reports' work_mem on PostgreSQL in settings made without a configuration: the config key's default. */
    static final int DEFAULT_REPORT_WORK_MEM_MB = Integer.parseInt(ConfigKey.REPORT_WORK_MEM_MB.defaultValue());

    public DatabaseSettings(DbVendor vendor, String jdbcUrl, Optional<String> user, Optional<String> password,
                            int poolSize) {
        this(vendor, jdbcUrl, user, password, poolSize, DEFAULT_STATEMENT_TIMEOUT, DEFAULT_REPORT_WORK_MEM_MB);
    }

    public static DatabaseSettings from(FrontdeskConfig config) {
        DatabaseSettings settings = untimed(config);
        return new DatabaseSettings(settings.vendor(), settings.jdbcUrl(), settings.user(), settings.password(),
                settings.poolSize(), config.statementTimeout(), config.reportWorkMemMb());
    }

    private static DatabaseSettings untimed(FrontdeskConfig config) {
        if (config.databaseUrl().isEmpty()) {
            if (config.databaseUser().isPresent() || config.databasePassword().isPresent()) {
                throw new ConfigException(ConfigKey.DATABASE_URL.envName()
                        + ": a database user or password is set but no PostgreSQL URL; refusing to fall back to SQLite");
            }
            Path file = config.dataDir().resolve("frontdesk.db").toAbsolutePath().normalize();
            return new DatabaseSettings(DbVendor.SQLITE, "jdbc:sqlite:" + file, Optional.empty(), Optional.empty(),
                    config.databasePoolSize().orElse(SQLITE_POOL));
        }
        return postgres(config.databaseUrl().get(), config.databaseUser(), config.databasePassword(),
                config.databasePoolSize().orElse(postgresPool(Runtime.getRuntime().availableProcessors())));
    }

    /** SQLite's readers run in this process; 5 and 10 measured alike on two cores (docs/benchmarks.md). */
    static final int SQLITE_POOL = 10;

    /**
     * PostgreSQL's default pool: HikariCP's rule of thumb, twice the cores plus one. Every connection beyond what the
     * cores can serve adds a backend to schedule and a hand-off in the pool: on two cores with 32 clients, a `query=`
     * list ran 1,677 req/s with 32 connections, about 2,700 with 10 and 3,662 with 5.
     */
    static int postgresPool(int cores) {
        return Math.max(4, 2 * cores + 1);
    }

    static DatabaseSettings postgres(String url, Optional<String> user, Optional<String> password, int poolSize) {
        String key = ConfigKey.DATABASE_URL.envName();
        if (url.startsWith("jdbc:postgresql:")) {
            return new DatabaseSettings(DbVendor.POSTGRESQL, url, user, password, poolSize);
        }
        if (!url.startsWith("postgresql://") && !url.startsWith("postgres://")) {
            throw new ConfigException(key + ": only jdbc:postgresql://… or postgresql://… URLs are supported, got '"
                    + redactInput(url) + "'");
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(key + ": not a valid URL: '" + redactInput(url) + "'");
        }
        if (uri.getHost() == null) {
            throw new ConfigException(key + ": the URL names no host: '" + redactInput(url) + "'");
        }
        String database = uri.getPath() == null || uri.getPath().length() <= 1 ? "" : uri.getPath();
        StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(uri.getHost());
        if (uri.getPort() > 0) {
            jdbc.append(':').append(uri.getPort());
        }
        jdbc.append(database.isEmpty() ? "/" : database);
        if (uri.getRawQuery() != null) {
            jdbc.append('?').append(uri.getRawQuery());
        }
        Optional<String> urlUser = Optional.empty();
        Optional<String> urlPassword = Optional.empty();
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            urlUser = Optional.of(decode(parts[0]));
            if (parts.length == 2) {
                urlPassword = Optional.of(decode(parts[1]));
            }
        }
        Optional<String> fromUrlUser = urlUser;
        Optional<String> fromUrlPassword = urlPassword;
        return new DatabaseSettings(DbVendor.POSTGRESQL, jdbc.toString(), user.or(() -> fromUrlUser),
                password.or(() -> fromUrlPassword), poolSize);
    }

    /** The URL as it may appear in a log: any password in it replaced. */
    public String safeUrl() {
        return redact(jdbcUrl);
    }

    static String redact(String url) {
        return url.replaceAll("(//[^:/@]+:)[^@/]*@", "$1***@").replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    /**
     * A URL that could not be parsed may hold a password with an unencoded '@' or '/', which the pattern in
     * {@link #redact} would cut in the wrong place; everything up to the last '@' goes.
     */
    static String redactInput(String url) {
        int start = url.indexOf("//");
        int at = url.lastIndexOf('@');
        String masked = start >= 0 && at > start ? url.substring(0, start + 2) + "***" + url.substring(at) : url;
        return redact(masked);
    }

    /** Percent-decoding only: URLDecoder alone would turn a '+' in a password into a space. */
    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
