-- Conversations in full: threads, attachments, tags, custom-field values, the per-account number counter and the
-- account's lock setting. The PostgreSQL folder holds the same version with identity columns, BYTEA and pg_trgm.
-- Rows written with the V3 columns only stay valid: every added column is nullable or has a default.

-- Conversations closed more than this many days ago refuse every change (412); null = never locked.
ALTER TABLE accounts ADD COLUMN lock_closed_after_days INTEGER;

ALTER TABLE conversations ADD COLUMN type TEXT NOT NULL DEFAULT 'email';
ALTER TABLE conversations ADD COLUMN state TEXT NOT NULL DEFAULT 'published';
ALTER TABLE conversations ADD COLUMN thread_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE conversations ADD COLUMN preview TEXT;
ALTER TABLE conversations ADD COLUMN assignee_id BIGINT REFERENCES users (id) ON DELETE SET NULL;
-- 'user' or 'customer'; created_by_id is a user or customer id accordingly (no foreign key: it names either table).
ALTER TABLE conversations ADD COLUMN created_by_type TEXT;
ALTER TABLE conversations ADD COLUMN created_by_id BIGINT;
ALTER TABLE conversations ADD COLUMN closed_by_id BIGINT REFERENCES users (id) ON DELETE SET NULL;
ALTER TABLE conversations ADD COLUMN closed_at BIGINT;
ALTER TABLE conversations ADD COLUMN user_updated_at BIGINT;
ALTER TABLE conversations ADD COLUMN waiting_since BIGINT;
ALTER TABLE conversations ADD COLUMN latest_reply_from TEXT;
ALTER TABLE conversations ADD COLUMN cc TEXT NOT NULL DEFAULT '[]';
ALTER TABLE conversations ADD COLUMN bcc TEXT NOT NULL DEFAULT '[]';
ALTER TABLE conversations ADD COLUMN imported BOOLEAN NOT NULL DEFAULT FALSE;

-- The last number given out per account; updated in the creating transaction, so numbers are gapless.
CREATE TABLE conversation_counters (
    account_id  BIGINT PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    last_number BIGINT NOT NULL
);

CREATE TABLE threads (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id      BIGINT  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    conversation_id BIGINT  NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    type            TEXT    NOT NULL,
    state           TEXT    NOT NULL,
    status          TEXT    NOT NULL,
    body            TEXT    NOT NULL,
    original_body   TEXT,
    customer_id     BIGINT  REFERENCES customers (id) ON DELETE SET NULL,
    created_by_type TEXT    NOT NULL,
    created_by_id   BIGINT,
    assigned_to_id  BIGINT  REFERENCES users (id) ON DELETE SET NULL,
    to_list         TEXT    NOT NULL DEFAULT '[]',
    cc              TEXT    NOT NULL DEFAULT '[]',
    bcc             TEXT    NOT NULL DEFAULT '[]',
    imported        BOOLEAN NOT NULL DEFAULT FALSE,
    message_id      TEXT,
    created_at      BIGINT  NOT NULL,
    updated_at      BIGINT  NOT NULL
);

CREATE TABLE attachments (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id      BIGINT  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    conversation_id BIGINT  NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    thread_id       BIGINT  NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
    file_name       TEXT    NOT NULL,
    mime_type       TEXT    NOT NULL,
    size            BIGINT  NOT NULL,
    data            BLOB    NOT NULL,
    created_at      BIGINT  NOT NULL
);

CREATE TABLE conversation_tags (
    conversation_id BIGINT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    tag_id          BIGINT NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (conversation_id, tag_id)
);

-- field_id names a mailbox custom field; no foreign key, because the definitions arrive in a later migration. Values
-- of fields the mailbox no longer defines are simply not shown. value_number is set for number fields only.
CREATE TABLE conversation_field_values (
    conversation_id BIGINT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    field_id        BIGINT NOT NULL,
    value           TEXT   NOT NULL,
    value_lower     TEXT   NOT NULL,
    value_number    REAL,
    PRIMARY KEY (conversation_id, field_id)
);

CREATE INDEX conversations_account_created ON conversations (account_id, created_at, id);
CREATE INDEX conversations_account_updated ON conversations (account_id, updated_at, id);
CREATE INDEX conversations_account_status ON conversations (account_id, status, created_at);
CREATE INDEX conversations_assignee ON conversations (assignee_id);
CREATE INDEX threads_conversation ON threads (conversation_id, created_at, id);
CREATE INDEX threads_customer ON threads (customer_id);
CREATE INDEX attachments_thread ON attachments (thread_id, id);
CREATE INDEX attachments_conversation ON attachments (conversation_id);
CREATE INDEX conversation_tags_tag ON conversation_tags (tag_id, conversation_id);
CREATE INDEX conversation_field_values_text ON conversation_field_values (field_id, value_lower);
CREATE INDEX conversation_field_values_number ON conversation_field_values (field_id, value_number);

-- Subject and body search ("contains", case-insensitive) through an FTS5 trigram index; rowid is the conversation
-- id and body holds every thread's text joined by newlines. Triggers keep it in step with both tables.
CREATE VIRTUAL TABLE conversation_fts USING fts5(subject, body, tokenize = 'trigram');

INSERT INTO conversation_fts (rowid, subject, body) SELECT id, subject, '' FROM conversations;

CREATE TRIGGER conversations_fts_insert AFTER INSERT ON conversations BEGIN
    INSERT INTO conversation_fts (rowid, subject, body) VALUES (NEW.id, NEW.subject, '');
END;

CREATE TRIGGER conversations_fts_update AFTER UPDATE OF subject ON conversations BEGIN
    UPDATE conversation_fts SET subject = NEW.subject WHERE rowid = NEW.id;
END;

CREATE TRIGGER conversations_fts_delete AFTER DELETE ON conversations BEGIN
    DELETE FROM conversation_fts WHERE rowid = OLD.id;
END;

CREATE TRIGGER threads_fts_insert AFTER INSERT ON threads BEGIN
    UPDATE conversation_fts SET body = (SELECT group_concat(body, char(10)) FROM threads
                                        WHERE conversation_id = NEW.conversation_id)
    WHERE rowid = NEW.conversation_id;
END;

CREATE TRIGGER threads_fts_update AFTER UPDATE OF body ON threads BEGIN
    UPDATE conversation_fts SET body = (SELECT group_concat(body, char(10)) FROM threads
                                        WHERE conversation_id = NEW.conversation_id)
    WHERE rowid = NEW.conversation_id;
END;

CREATE TRIGGER threads_fts_delete AFTER DELETE ON threads BEGIN
    UPDATE conversation_fts SET body = COALESCE((SELECT group_concat(body, char(10)) FROM threads
                                                 WHERE conversation_id = OLD.conversation_id), '')
    WHERE rowid = OLD.conversation_id;
END;
