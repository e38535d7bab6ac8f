-- Webhooks (docs/webhooks.md): subscriptions of every dialect, the deliveries the event fan-out queues in the
-- transaction of each change, and the log of every attempt. The PostgreSQL folder holds the same version with
-- identity ids.
CREATE TABLE webhook_subscriptions (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id           BIGINT  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    dialect              TEXT    NOT NULL CHECK (dialect IN ('helpscout_v2', 'helpscout_v1', 'helpcrunch')),
    url                  TEXT    NOT NULL,
    -- event names, comma-separated (no name contains a comma)
    events               TEXT    NOT NULL,
    secret               TEXT    NOT NULL,
    label                TEXT,
    notification         BOOLEAN NOT NULL DEFAULT FALSE,
    payload_version      TEXT    NOT NULL,
    -- mailbox ids, comma-separated; empty = every mailbox
    mailbox_ids          TEXT    NOT NULL,
    state                TEXT    NOT NULL CHECK (state IN ('enabled', 'disabled')),
    disabled_reason      TEXT,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    created_at           BIGINT  NOT NULL,
    modified_at          BIGINT  NOT NULL
);

-- The fan-out's one read per event: an account's enabled subscriptions.
CREATE INDEX webhook_subscriptions_account ON webhook_subscriptions (account_id, state);

CREATE TABLE webhook_deliveries (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id      BIGINT  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    subscription_id BIGINT  NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
    -- the event log's id; no foreign key, the event record may be pruned before its deliveries
    event_id        BIGINT,
    event_name      TEXT    NOT NULL,
    delivery_uuid   TEXT    NOT NULL UNIQUE,
    payload         TEXT    NOT NULL,
    occurred_at     BIGINT  NOT NULL,
    status          TEXT    NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT  NOT NULL,
    claimed_by      TEXT,
    claimed_until   BIGINT,
    last_error      TEXT,
    last_attempt_at BIGINT,
    created_at      BIGINT  NOT NULL,
    delivered_at    BIGINT
);

CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at, id) WHERE status = 'pending';
CREATE INDEX webhook_deliveries_subscription ON webhook_deliveries (subscription_id, id);
-- The periodic figure of failed deliveries counts these without reading delivered ones.
CREATE INDEX webhook_deliveries_failed ON webhook_deliveries (subscription_id) WHERE status = 'failed';

CREATE TABLE webhook_attempts (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    delivery_id      BIGINT  NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
    attempted_at     BIGINT  NOT NULL,
    -- null when no response came (refused address, timeout, connection error)
    status_code      INTEGER,
    duration_ms      BIGINT  NOT NULL,
    -- at most 1 KB of the response body
    response_excerpt TEXT,
    error            TEXT,
    node             TEXT    NOT NULL
);

CREATE INDEX webhook_attempts_delivery ON webhook_attempts (delivery_id, id);
