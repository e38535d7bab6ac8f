-- Rollups per (mailbox, conversation type) cell, so that reports filtered by mailboxes= and/or types= read
-- pre-aggregates (docs/reports.md, "Speed: scoped rollups"). Folded by the same job, writer and transaction as the
-- account's rollups (V42), in the same local days of the account's zone. Each fact is in exactly one cell (its
-- mailbox and type at its time; 0 and '' when it has none), so a selection of cells sums its cells' rows for the
-- additive measures and counts distinct keys over its cells' key rows for the distinct ones.
--
-- report_scoped_rollups: the additive measures of report_rollups (everyone's, user_id -1 there), plus created_h
-- (other_day = the local hour a conversation was created, for busy times).
CREATE TABLE report_scoped_rollups (
    account_id        BIGINT  NOT NULL,
    mailbox_id        BIGINT  NOT NULL,
    conversation_type TEXT    NOT NULL,
    day               INTEGER NOT NULL,
    measure           TEXT    NOT NULL,
    other_day         INTEGER NOT NULL,
    n                 BIGINT  NOT NULL,
    ms                BIGINT  NOT NULL,
    PRIMARY KEY (account_id, mailbox_id, conversation_type, day, measure, other_day)
);

-- The local days on which a key had a fact of a family in a cell: what a selection counts distinct keys over
-- (families of report_rollup_keys, plus customer_conversations: key_id a conversation with activity, customer_id
-- its fact's customer, for the top-customers list; customer_id is 0 in the other families). For resolved, the
-- day's last close in the cell (by time, then fact id) with its resolution time and replies.
CREATE TABLE report_scoped_keys (
    account_id        BIGINT  NOT NULL,
    family            TEXT    NOT NULL,
    mailbox_id        BIGINT  NOT NULL,
    conversation_type TEXT    NOT NULL,
    day               INTEGER NOT NULL,
    key_id            BIGINT  NOT NULL,
    customer_id       BIGINT  NOT NULL,
    last_at           BIGINT,
    last_id           BIGINT,
    ms                BIGINT,
    replies           INTEGER,
    PRIMARY KEY (account_id, family, mailbox_id, conversation_type, day, key_id, customer_id)
);

CREATE FUNCTION report_scoped_rollups_account_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM report_scoped_rollups WHERE account_id = OLD.id;
    DELETE FROM report_scoped_keys WHERE account_id = OLD.id;
    RETURN NULL;
END $$;

CREATE TRIGGER report_scoped_rollups_account_delete AFTER DELETE ON accounts
    FOR EACH ROW EXECUTE FUNCTION report_scoped_rollups_account_deleted();

-- Kept rollups have no scoped rows yet: those accounts start over (RollupRebuild.restart on PostgreSQL: the state
-- row goes, reports count the facts, and the start-up's fold job recomputes everything set-wise, scoped rows too).
DELETE FROM report_rollup_state;
