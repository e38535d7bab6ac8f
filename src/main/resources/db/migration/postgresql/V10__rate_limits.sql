-- Rate limits (docs/reliability.md, "Rate limits"). Each account's own settings: a NULL column means the server's
-- default (rate-limit-default-mode, or the window's published limit). The SQLite folder holds the same version
-- without the counter table: one SQLite node counts in memory.
CREATE TABLE rate_limit_settings (
    account_id         BIGINT  PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    mode               TEXT    CHECK (mode IN ('enforce', 'report', 'off')),
    helpscout_v2       INTEGER,
    helpscout_v1       INTEGER,
    helpscout_v1_burst INTEGER,
    helpcrunch         INTEGER,
    updated_at         BIGINT  NOT NULL
);

-- The counters that several nodes share: one row per account, window (helpscout-v2, …) and window start (epoch
-- milliseconds, aligned to the window's length). Nodes add to them in batches every ~200 ms and, close to a limit,
-- once per request. UNLOGGED: the rows live for minutes and are written often, so they skip the write-ahead log; a
-- crash empties the table, which forgets at most the current minute's counts.
CREATE UNLOGGED TABLE rate_limit_counters (
    account_id   BIGINT NOT NULL,
    window_name  TEXT   NOT NULL,
    window_start BIGINT NOT NULL,
    used         BIGINT NOT NULL,
    PRIMARY KEY (account_id, window_name, window_start)
);

-- Old windows are purged by start (every node, once a minute, rows older than ten minutes). No foreign key: a row
-- outlives its window by minutes only, and the check would lock the account's row on every new window.
CREATE INDEX rate_limit_counters_start ON rate_limit_counters (window_start);
