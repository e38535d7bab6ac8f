-- Channels: the ways chats reach a mailbox (HelpCrunch's applications: a web widget, a mobile app). `type` is the
-- Java enum name (WIDGET, IOS, ANDROID). The PostgreSQL folder holds the same version with an identity column.
CREATE TABLE channels (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id   BIGINT  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    mailbox_id   BIGINT  NOT NULL REFERENCES mailboxes (id) ON DELETE CASCADE,
    name         TEXT    NOT NULL,
    display_name TEXT    NOT NULL,
    type         TEXT    NOT NULL,
    active       BOOLEAN NOT NULL DEFAULT TRUE,
    created_at   BIGINT  NOT NULL
);

CREATE INDEX channels_account ON channels (account_id, id);
