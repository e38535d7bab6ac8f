package io.frontdesk.bench;

import io.frontdesk.Application;
import io.frontdesk.account.CredentialKind;
import io.frontdesk.account.IssuedSecret;
import io.frontdesk.account.User;
import io.frontdesk.config.ConfigKey;
import io.frontdesk.config.ConfigSources;
import io.frontdesk.config.FrontdeskConfig;
import io.javalin.Javalin;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A real server on a free port over a benchmark database, with one account and a bearer token for it. */
final class BenchServer implements AutoCloseable {

    private final Application app;
    private final Javalin http;
    private final long accountId;
    private final String token;

    private BenchServer(Application app, Javalin http, long accountId, String token) {
        this.app = app;
        this.http = http;
        this.accountId = accountId;
        this.token = token;
    }

    static BenchServer start(BenchDatabase database) throws IOException, InterruptedException {
        return start(database, Map.of());
    }

    /** With more configuration, e.g. a longer statement timeout for a benchmark that measures slow requests. */
    static BenchServer start(BenchDatabase database, Map<ConfigKey, String> extra)
            throws IOException, InterruptedException {
        return start(database, extra, false);
    }

    /**
     * With {@code existing}, the store is one an earlier run kept: its first account is the bench's, and only a new
     * OAuth credential of its owner is issued.
     */
    static BenchServer start(BenchDatabase database, Map<ConfigKey, String> extra, boolean existing)
            throws IOException, InterruptedException {
        Map<ConfigKey, String> flags = new EnumMap<>(ConfigKey.class);
        flags.putAll(extra);
        flags.put(ConfigKey.PORT, "0");
        flags.put(ConfigKey.HOST, "127.0.0.1");
        flags.put(ConfigKey.DATA_DIR, database.dataDir().toString());
        flags.put(ConfigKey.DATABASE_URL, database.databaseUrl());
        flags.put(ConfigKey.DATABASE_POOL_SIZE, "16");
        // The benchmark sends far more than Help Scout's 400 requests a minute from one account.
        flags.put(ConfigKey.RATE_LIMIT_DEFAULT_MODE, "off");
        FrontdeskConfig config = FrontdeskConfig.from(ConfigSources.merge(null, Map.of(), flags));
        Application app = Application.open(config);
        Javalin http = app.http().start(config.host(), config.port());
        long[] owner = existing ? app.database().withStatements(s -> {
            long user = s.returningLong("SELECT MIN(id) FROM users WHERE email = 'bench@bench.test'", List.of());
            return new long[] {s.returningLong("SELECT account_id FROM users WHERE id = ?", List.of(user)), user};
        }) : owner(app.accounts().createAccount("Bench", "Bench", "Owner", "bench@bench.test"));
        IssuedSecret oauth = app.accounts().issueCredential(owner[0], owner[1],
                CredentialKind.HELPSCOUT_OAUTH_APP, "bench", Optional.empty(), Optional.empty());
        String form = "grant_type=client_credentials&client_id=" + enc(oauth.credential().clientId())
                + "&client_secret=" + enc(oauth.secret());
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + http.port() + "/v2/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String token = response.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
        return new BenchServer(app, http, owner[0], token);
    }

    private static long[] owner(User user) {
        return new long[] {user.accountId(), user.id()};
    }

    Application app() {
        return app;
    }

    long accountId() {
        return accountId;
    }

    String token() {
        return token;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + http.port();
    }

    @Override
    public void close() {
        http.stop();
        app.close();
    }

    static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
