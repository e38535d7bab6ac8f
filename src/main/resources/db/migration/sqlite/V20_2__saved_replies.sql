-- Saved replies of a mailbox. Deletion is soft (Help Scout's changelog): threads keep the id they were written from.

CREATE TABLE saved_replies (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id  BIGINT  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    mailbox_id  BIGINT  NOT NULL REFERENCES mailboxes (id) ON DELETE CASCADE,
    name        TEXT    NOT NULL,
    text        TEXT,
    chat_text   TEXT,
    created_at  BIGINT  NOT NULL,
    updated_at  BIGINT  NOT NULL,
    deleted_at  BIGINT
);

CREATE INDEX saved_replies_mailbox ON saved_replies (mailbox_id, name);

ALTER TABLE threads ADD COLUMN saved_reply_id BIGINT;
