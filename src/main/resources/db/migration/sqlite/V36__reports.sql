-- Reports (docs/reports.md). The report code never derives history from a conversation's current state: the
-- recorder (report.ReportRecorder, an event subscriber) writes what each figure needs, in the transaction of the
-- change, as facts: a conversation created, a customer message, a reply (with how long the customer had waited), a
-- close (with the replies it took), a reopening, a rating. report_conversations holds the little running state the
-- recorder needs to write the next fact (replies so far, since when the customer waits, the last reply). The
-- PostgreSQL folder holds the same version with an identity column.
CREATE TABLE report_settings (
    account_id   BIGINT PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    time_zone    TEXT   NOT NULL,
    office_hours TEXT   NOT NULL
);

CREATE TABLE report_conversations (
    conversation_id   BIGINT  PRIMARY KEY,
    account_id        BIGINT  NOT NULL,
    number            BIGINT  NOT NULL,
    customer_id       BIGINT,
    created_at        BIGINT  NOT NULL,
    by_customer       BOOLEAN NOT NULL,
    status            TEXT    NOT NULL,
    replies           INTEGER NOT NULL,
    awaiting_since    BIGINT,
    last_reply_thread BIGINT,
    last_reply_user   BIGINT,
    last_reply_at     BIGINT
);

-- Written on write paths like the events themselves: a plain rowid and no foreign keys (a trigger removes an
-- account's rows with it).
CREATE TABLE report_facts (
    id                INTEGER PRIMARY KEY,
    account_id        BIGINT  NOT NULL,
    kind              TEXT    NOT NULL,
    conversation_id   BIGINT  NOT NULL,
    number            BIGINT  NOT NULL,
    mailbox_id        BIGINT  NOT NULL,
    conversation_type TEXT    NOT NULL,
    customer_id       BIGINT,
    user_id           BIGINT,
    thread_id         BIGINT,
    at                BIGINT  NOT NULL,
    since             BIGINT,
    replies           INTEGER,
    first_reply       BOOLEAN NOT NULL,
    rating            TEXT,
    comments          TEXT
);

CREATE INDEX report_facts_account_kind_at ON report_facts (account_id, kind, at);

CREATE TRIGGER report_account_delete AFTER DELETE ON accounts BEGIN
    DELETE FROM report_facts WHERE account_id = OLD.id;
    DELETE FROM report_conversations WHERE account_id = OLD.id;
END;
