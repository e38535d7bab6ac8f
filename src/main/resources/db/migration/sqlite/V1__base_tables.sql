-- Base tables. The PostgreSQL folder holds the same version with identity columns; everything else is shared.
-- Times are epoch milliseconds (BIGINT) on both databases, so ranges and ordering behave the same.

CREATE TABLE accounts (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT    NOT NULL,
    strict_put  BOOLEAN NOT NULL DEFAULT FALSE,
    created_at  BIGINT  NOT NULL
);

CREATE TABLE users (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id  BIGINT  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    first_name  TEXT    NOT NULL,
    last_name   TEXT    NOT NULL,
    email       TEXT    NOT NULL,
    email_lower TEXT    NOT NULL,
    role        TEXT    NOT NULL,
    timezone    TEXT    NOT NULL,
    created_at  BIGINT  NOT NULL,
    updated_at  BIGINT  NOT NULL
);

CREATE TABLE credentials (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id  BIGINT  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    user_id     BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL,
    client_id   TEXT,
    secret_hash TEXT    NOT NULL,
    label       TEXT    NOT NULL,
    created_at  BIGINT  NOT NULL,
    revoked_at  BIGINT
);

CREATE TABLE oauth_tokens (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    credential_id BIGINT  NOT NULL REFERENCES credentials (id) ON DELETE CASCADE,
    kind          TEXT    NOT NULL,
    token_hash    TEXT    NOT NULL,
    expires_at    BIGINT  NOT NULL,
    used_at       BIGINT,
    created_at    BIGINT  NOT NULL
);

CREATE TABLE mailboxes (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id  BIGINT  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    name        TEXT    NOT NULL,
    slug        TEXT    NOT NULL,
    email       TEXT    NOT NULL,
    created_at  BIGINT  NOT NULL,
    updated_at  BIGINT  NOT NULL
);

CREATE TABLE customers (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id     BIGINT  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    first_name     TEXT,
    last_name      TEXT,
    photo_url      TEXT,
    photo_type     TEXT,
    gender         TEXT,
    age            TEXT,
    organization   TEXT,
    job_title      TEXT,
    location       TEXT,
    background     TEXT,
    external_id    TEXT,
    first_seen     BIGINT,
    last_seen      BIGINT,
    unsubscribed   BOOLEAN NOT NULL DEFAULT FALSE,
    blocked        BOOLEAN NOT NULL DEFAULT FALSE,
    source         TEXT,
    referer        TEXT,
    last_page      TEXT,
    locale         TEXT,
    created_from   TEXT,
    integration_id TEXT,
    created_at     BIGINT  NOT NULL,
    updated_at     BIGINT  NOT NULL
);

-- Emails, phones, chats, social profiles and websites share one shape, so they share one table.
CREATE TABLE customer_entries (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id  BIGINT  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    customer_id BIGINT  NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL,
    value       TEXT    NOT NULL,
    value_lower TEXT    NOT NULL,
    type        TEXT
);

CREATE TABLE customer_addresses (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id BIGINT  NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    lines       TEXT    NOT NULL,
    city        TEXT,
    state       TEXT,
    postal_code TEXT,
    country     TEXT,
    created_at  BIGINT  NOT NULL,
    updated_at  BIGINT  NOT NULL
);

CREATE TABLE tags (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id  BIGINT  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    name        TEXT    NOT NULL,
    slug        TEXT    NOT NULL,
    color       TEXT    NOT NULL,
    created_at  BIGINT  NOT NULL,
    updated_at  BIGINT  NOT NULL
);

CREATE TABLE customer_tags (
    customer_id BIGINT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    tag_id      BIGINT NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (customer_id, tag_id)
);

CREATE TABLE customer_property_defs (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id  BIGINT  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    slug        TEXT    NOT NULL,
    name        TEXT    NOT NULL,
    type        TEXT    NOT NULL,
    options     TEXT    NOT NULL,
    created_at  BIGINT  NOT NULL
);

CREATE TABLE customer_property_values (
    customer_id BIGINT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    def_id      BIGINT NOT NULL REFERENCES customer_property_defs (id) ON DELETE CASCADE,
    value       TEXT   NOT NULL,
    value_kind  TEXT   NOT NULL,
    PRIMARY KEY (customer_id, def_id)
);

-- One row once first start has run, so two nodes starting on an empty database bootstrap only once.
CREATE TABLE installation (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    created_at  BIGINT NOT NULL
);
