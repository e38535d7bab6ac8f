-- Rollups per folder cell, so that reports filtered by folders= (alone or with mailboxes=/types=) read pre-aggregates
-- (docs/reports.md, "Folder cells"). A folder cell is V52's (mailbox, conversation type) cell split by the folder the
-- fact's conversation was in when it happened, read from the status and assignee the fact carries (V44), which never
-- change once written: folder 'unassigned' (active or pending, no assignee), 'assigned' (active or pending, with
-- assignee_id its assignee), 'closed' or 'spam'; assignee_id is 0 outside 'assigned'. A fact in no folder (another
-- status, or none: facts from before V44) has no folder cell. Assigned is every assignee's rows of 'assigned', Mine
-- the viewer's. Same measures, families, fold, rebuild and reads as V52's tables, which stay as they are for the
-- mailbox and type filters; the key columns start with mailbox, folder and assignee, what a folder filter names.
CREATE TABLE report_folder_rollups (
    account_id        BIGINT  NOT NULL,
    mailbox_id        BIGINT  NOT NULL,
    conversation_type TEXT    NOT NULL,
    folder            TEXT    NOT NULL,
    assignee_id       BIGINT  NOT NULL,
    day               INTEGER NOT NULL,
    measure           TEXT    NOT NULL,
    other_day         INTEGER NOT NULL,
    n                 BIGINT  NOT NULL,
    ms                BIGINT  NOT NULL,
    PRIMARY KEY (account_id, mailbox_id, folder, assignee_id, conversation_type, day, measure, other_day)
);

CREATE TABLE report_folder_keys (
    account_id        BIGINT  NOT NULL,
    family            TEXT    NOT NULL,
    mailbox_id        BIGINT  NOT NULL,
    conversation_type TEXT    NOT NULL,
    folder            TEXT    NOT NULL,
    assignee_id       BIGINT  NOT NULL,
    day               INTEGER NOT NULL,
    key_id            BIGINT  NOT NULL,
    customer_id       BIGINT  NOT NULL,
    last_at           BIGINT,
    last_id           BIGINT,
    ms                BIGINT,
    replies           INTEGER,
    PRIMARY KEY (account_id, family, mailbox_id, folder, assignee_id, conversation_type, day, key_id, customer_id)
);

CREATE FUNCTION report_folder_rollups_account_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM report_folder_rollups WHERE account_id = OLD.id;
    DELETE FROM report_folder_keys WHERE account_id = OLD.id;
    RETURN NULL;
END $$;

CREATE TRIGGER report_folder_rollups_account_delete AFTER DELETE ON accounts
    FOR EACH ROW EXECUTE FUNCTION report_folder_rollups_account_deleted();

-- Kept rollups have no folder cells yet: those accounts start over as V52's did (RollupRebuild.restart on
-- PostgreSQL: the state row goes, reports count the facts, and the start-up's fold job recomputes everything
-- set-wise, folder cells too).
DELETE FROM report_rollup_state;
