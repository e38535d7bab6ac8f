-- Rate limits (docs/reliability.md, "Rate limits"). Each account's own settings: a NULL column means the server's
-- default (rate-limit-default-mode, or the window's published limit). The PostgreSQL folder holds the same version
-- plus the counters that several nodes share; one SQLite node counts in memory.
CREATE TABLE rate_limit_settings (
    account_id         INTEGER PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    mode               TEXT    CHECK (mode IN ('enforce', 'report', 'off')),
    helpscout_v2       INTEGER,
    helpscout_v1       INTEGER,
    helpscout_v1_burst INTEGER,
    helpcrunch         INTEGER,
    updated_at         INTEGER NOT NULL
);
