-- Custom field definitions of mailboxes and the options of dropdown fields. The PostgreSQL folder holds the same
-- version with identity columns. `type` is the Java enum name (DROPDOWN, SINGLE_LINE, …); `sort_order` is the
-- field's `order` (a reserved word in SQL). Deleting a mailbox deletes its fields and their options.
CREATE TABLE mailbox_fields (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id  BIGINT  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    mailbox_id  BIGINT  NOT NULL REFERENCES mailboxes (id) ON DELETE CASCADE,
    name        TEXT    NOT NULL,
    type        TEXT    NOT NULL,
    required    BOOLEAN NOT NULL DEFAULT FALSE,
    sort_order  INTEGER NOT NULL,
    created_at  BIGINT  NOT NULL,
    updated_at  BIGINT  NOT NULL
);

CREATE INDEX mailbox_fields_mailbox ON mailbox_fields (mailbox_id, sort_order, id);

CREATE TABLE mailbox_field_options (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    field_id    BIGINT  NOT NULL REFERENCES mailbox_fields (id) ON DELETE CASCADE,
    label       TEXT    NOT NULL,
    sort_order  INTEGER NOT NULL
);

CREATE INDEX mailbox_field_options_field ON mailbox_field_options (field_id, sort_order, id);

-- The text of a mailbox's automatic reply; null when the mailbox sends none.
ALTER TABLE mailboxes ADD COLUMN auto_reply_text TEXT;
