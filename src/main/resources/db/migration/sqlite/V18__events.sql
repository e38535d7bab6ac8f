-- The one event record (docs/events.md): a row per change of the helpdesk core, written in the transaction of the
-- change, so a change that rolls back records nothing. Webhooks, workflows, reports and live updates read it. Subjects
-- are not foreign keys: a deleted customer's or conversation's events stay as history. The PostgreSQL folder holds the
-- same version with an identity column.
--
-- The row is written in every write's transaction, under SQLite's one write lock, so it is kept to what it must cost
-- (docs/events.md, "Cost"): a plain rowid, not AUTOINCREMENT, which writes sqlite_sequence at every insert (events are
-- never deleted one by one, so the newest id is never handed out again), and no foreign key to accounts, whose check
-- is a read per insert; the account's events go with it through a trigger instead.
CREATE TABLE events (
    id            INTEGER PRIMARY KEY,
    account_id    BIGINT  NOT NULL,
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

CREATE TRIGGER events_account_delete AFTER DELETE ON accounts BEGIN
    DELETE FROM events WHERE account_id = OLD.id;
END;
