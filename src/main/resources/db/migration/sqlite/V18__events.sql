-- The one event record (docs/events.md): a row per change of the helpdesk core, written in the transaction of the
-- change, so a change that rolls back records nothing. Webhooks, workflows, reports and live updates read it. Subjects
-- are not foreign keys: a deleted customer's or conversation's events stay as history. The PostgreSQL folder holds the
-- same version with an identity column.
CREATE TABLE events (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id    BIGINT  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    type          TEXT    NOT NULL,
    subject_id    BIGINT  NOT NULL,
    mailbox_id    BIGINT,
    thread_id     BIGINT,
    actor_user_id BIGINT,
    occurred_at   BIGINT  NOT NULL,
    details       TEXT    NOT NULL
);

-- Readers page an account's events in order (a feed, a catch-up) and reports count one type over a period.
CREATE INDEX events_account ON events (account_id, id);
CREATE INDEX events_account_type ON events (account_id, type, occurred_at);
