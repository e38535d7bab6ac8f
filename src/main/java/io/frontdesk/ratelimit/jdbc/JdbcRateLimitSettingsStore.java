package io.frontdesk.ratelimit.jdbc;

import io.frontdesk.db.Database;
import io.frontdesk.db.Rows;
import io.frontdesk.ratelimit.RateLimitMode;
import io.frontdesk.ratelimit.RateLimitSettings;
import io.frontdesk.ratelimit.RateLimitSettingsStore;
import io.frontdesk.ratelimit.RateWindow;
import org.jdbi.v3.core.statement.Update;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** {@link RateLimitSettingsStore} on SQLite and PostgreSQL alike: one row per account, one column per window. */
public final class JdbcRateLimitSettingsStore implements RateLimitSettingsStore {

    private static final Map<RateWindow, String> COLUMNS = columns();

    private final Database db;

    public JdbcRateLimitSettingsStore(Database db) {
        this.db = db;
    }

    @Override
    public Optional<RateLimitSettings> find(long accountId) {
        return db.withHandle(h -> h.createQuery("SELECT * FROM rate_limit_settings WHERE account_id = :account")
                .bind("account", accountId).map((rs, ctx) -> settings(rs)).findOne());
    }

    @Override
    public void save(long accountId, RateLimitSettings settings, Instant now) {
        db.withHandle(h -> {
            Update update = h.createUpdate("""
                            INSERT INTO rate_limit_settings (account_id, mode, helpscout_v2, helpscout_v1,
                                                             helpscout_v1_burst, helpcrunch, updated_at)
                            VALUES (:account, :mode, :helpscout_v2, :helpscout_v1, :helpscout_v1_burst, :helpcrunch,
                                    :now)
                            ON CONFLICT (account_id) DO UPDATE SET mode = EXCLUDED.mode,
                                helpscout_v2 = EXCLUDED.helpscout_v2, helpscout_v1 = EXCLUDED.helpscout_v1,
                                helpscout_v1_burst = EXCLUDED.helpscout_v1_burst, helpcrunch = EXCLUDED.helpcrunch,
                                updated_at = EXCLUDED.updated_at""")
                    .bind("account", accountId)
                    .bind("mode", settings.mode().map(RateLimitMode::wireName).orElse(null))
                    .bind("now", now.toEpochMilli());
            COLUMNS.forEach((window, column) -> update.bind(column, settings.limits().get(window)));
            return update.execute();
        });
    }

    private static RateLimitSettings settings(ResultSet rs) throws SQLException {
        Map<RateWindow, Integer> limits = new EnumMap<>(RateWindow.class);
        for (Map.Entry<RateWindow, String> column : COLUMNS.entrySet()) {
            Long limit = Rows.nullableLong(rs, column.getValue());
            if (limit != null) {
                limits.put(column.getKey(), limit.intValue());
            }
        }
        String mode = rs.getString("mode");
        return new RateLimitSettings(RateLimitMode.parse(mode), limits);
    }

    /** `helpscout-v1-burst` is stored in `helpscout_v1_burst`; a new window needs a migration and a column. */
    private static Map<RateWindow, String> columns() {
        Map<RateWindow, String> columns = new EnumMap<>(RateWindow.class);
        for (RateWindow window : RateWindow.values()) {
            columns.put(window, window.key().replace('-', '_'));
        }
        return Map.copyOf(columns);
    }
}
