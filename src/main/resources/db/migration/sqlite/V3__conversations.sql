-- Conversations belong to a mailbox and a primary customer; deleting either deletes the conversation (the right to
-- be forgotten covers a customer's conversations). The conversation issue extends this table.
CREATE TABLE conversations (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id  BIGINT  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    number      BIGINT  NOT NULL,
    mailbox_id  BIGINT  NOT NULL REFERENCES mailboxes (id) ON DELETE CASCADE,
    customer_id BIGINT  NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    subject     TEXT    NOT NULL,
    status      TEXT    NOT NULL,
    created_at  BIGINT  NOT NULL,
    updated_at  BIGINT  NOT NULL
);

CREATE UNIQUE INDEX conversations_account_number ON conversations (account_id, number);
CREATE INDEX conversations_customer_mailbox ON conversations (customer_id, mailbox_id);
CREATE INDEX conversations_mailbox ON conversations (mailbox_id);
