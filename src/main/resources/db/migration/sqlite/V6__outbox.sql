-- The outbox of outgoing email (docs/email.md). A row is written in the transaction that publishes a reply, so a
-- message exists exactly when its reply was committed; a worker on some node claims it under a lease and sends it.
-- conversation_id and thread_id carry no foreign key: the conversation may be deleted while its mail is in flight.
-- Address lists are newline-separated, references space-separated (neither can contain those characters).
-- The PostgreSQL folder holds the same version with an identity column.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id      BIGINT  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    conversation_id BIGINT,
    thread_id       BIGINT,
    message_id      TEXT    NOT NULL UNIQUE,
    from_name       TEXT    NOT NULL,
    from_address    TEXT    NOT NULL,
    to_addresses    TEXT    NOT NULL,
    cc_addresses    TEXT    NOT NULL,
    bcc_addresses   TEXT    NOT NULL,
    subject         TEXT    NOT NULL,
    body_text       TEXT    NOT NULL,
    body_html       TEXT,
    in_reply_to     TEXT,
    reference_ids   TEXT    NOT NULL,
    status          TEXT    NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT  NOT NULL,
    claimed_by      TEXT,
    claimed_until   BIGINT,
    last_error      TEXT,
    created_at      BIGINT  NOT NULL,
    sent_at         BIGINT
);

-- Only pending rows are ever polled; sent ones pile up outside this index.
CREATE INDEX outbox_due ON outbox (next_attempt_at, id) WHERE status = 'pending';
CREATE INDEX outbox_account ON outbox (account_id);
