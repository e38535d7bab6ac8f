-- Durable background jobs (docs/reliability.md, "Background jobs"). A row is written in the transaction of the request
-- that asks for the work, so the work exists exactly when the request was committed; a worker on some node claims it
-- under a lease (the same columns and protocol as the outbox, db.LeasedTable) and runs it. Finished rows stay as a
-- record of which node ran the job and when. The PostgreSQL folder holds the same version with an identity column.
CREATE TABLE jobs (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    kind            TEXT    NOT NULL,
    account_id      BIGINT  REFERENCES accounts (id) ON DELETE CASCADE,
    payload         TEXT    NOT NULL,
    status          TEXT    NOT NULL CHECK (status IN ('pending', 'done', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT  NOT NULL,
    claimed_by      TEXT,
    claimed_until   BIGINT,
    last_error      TEXT,
    created_at      BIGINT  NOT NULL,
    finished_at     BIGINT
);

-- Only pending rows are ever polled; finished ones pile up outside this index.
CREATE INDEX jobs_due ON jobs (next_attempt_at, id) WHERE status = 'pending';
CREATE INDEX jobs_account ON jobs (account_id);

-- The first job kind: `DELETE /v2/customers/{id}?async=true` marks the customer deleted at once (reads skip it) and a
-- job removes the row with everything that cascades from it. A marked customer no longer counts in customer_counts:
-- the mark takes it out, so the final delete must not take it out a second time.
ALTER TABLE customers ADD COLUMN deleted_at BIGINT;

DROP TRIGGER customers_count_delete;

CREATE TRIGGER customers_count_delete AFTER DELETE ON customers WHEN OLD.deleted_at IS NULL BEGIN
    UPDATE customer_counts SET total = total - 1 WHERE account_id = OLD.account_id AND shard = 0;
END;

CREATE TRIGGER customers_count_mark AFTER UPDATE OF deleted_at ON customers
    WHEN OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL BEGIN
    UPDATE customer_counts SET total = total - 1 WHERE account_id = NEW.account_id AND shard = 0;
END;
