-- Pre-aggregated report figures per local day of the account's time zone (docs/reports.md, "Speed: rollups"), kept by
-- the recorder in the transaction of each fact. A figure over whole local days sums rows instead of reading facts.
--
-- report_rollups: one row per (scope, local day, measure, other day), keyed in the order a report reads them. user_id
-- is -1 for everyone's figures, else the user whose own acts they are. other_day is the measure's second key: for a
-- distinct measure the local day of the key's previous day with a fact (-1: none), so the keys first seen in a period
-- are the rows whose previous day is before it; for resolved the key's next day with a last close (2147483647: none);
-- for a range or a rating its id.
CREATE TABLE report_rollups (
    account_id BIGINT  NOT NULL,
    measure    TEXT    NOT NULL,
    user_id    BIGINT  NOT NULL,
    day        INTEGER NOT NULL,
    other_day  INTEGER NOT NULL,
    n          BIGINT  NOT NULL,
    ms         BIGINT  NOT NULL,
    replies    BIGINT  NOT NULL,
    PRIMARY KEY (account_id, user_id, day, measure, other_day)
);

-- The local days on which a distinct key (a conversation, customer or user) had a fact of a family, per scope: what
-- finds a day's previous and next day. For resolved, the day's last close (by time; the later fact on a tie).
CREATE TABLE report_rollup_keys (
    account_id BIGINT  NOT NULL,
    family     TEXT    NOT NULL,
    user_id    BIGINT  NOT NULL,
    key_id     BIGINT  NOT NULL,
    day        INTEGER NOT NULL,
    last_at    BIGINT,
    ms         BIGINT,
    replies    INTEGER,
    PRIMARY KEY (account_id, family, user_id, key_id, day)
);

-- The zone an account's rollups are kept in; no row: not kept (facts from before V42 until a rebuild), and reports
-- count the facts.
CREATE TABLE report_rollup_state (
    account_id BIGINT PRIMARY KEY,
    time_zone  TEXT   NOT NULL
);

CREATE TRIGGER report_rollups_account_delete AFTER DELETE ON accounts BEGIN
    DELETE FROM report_rollups WHERE account_id = OLD.id;
    DELETE FROM report_rollup_keys WHERE account_id = OLD.id;
    DELETE FROM report_rollup_state WHERE account_id = OLD.id;
END;
