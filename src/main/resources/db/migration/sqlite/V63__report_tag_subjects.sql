-- The conversations report's lists under a filter of one tag from pre-aggregates (docs/reports.md, "Subject counts
-- per tag cell"): the tags, saved replies and workflows of the tag's conversations were counted from the subject
-- facts per period (a year at 1M conversations: 0.2-2 s per list and period). Kept with V59's tag cells, by the same
-- fold, writer and transaction, in the same local days of the account's zone.
--
-- report_tag_subjects: per tag cell, each (subject fact kind, subject, conversation, local day) with its facts'
-- count n. Every row belongs to one conversation (conversation_id), as V59's key rows do, so a conversation that
-- loses the tag takes its own rows out by their keys. A saved reply's or workflow's count over days [D1, D2) is the
-- sum of n there; a tag's is the number of distinct conversations there, read in key order with no sort.
CREATE TABLE report_tag_subjects (
    account_id      BIGINT  NOT NULL,
    tag_id          BIGINT  NOT NULL,
    kind            TEXT    NOT NULL,
    subject_id      BIGINT  NOT NULL,
    conversation_id BIGINT  NOT NULL,
    day             INTEGER NOT NULL,
    n               BIGINT  NOT NULL,
    PRIMARY KEY (account_id, tag_id, kind, subject_id, conversation_id, day)
);

CREATE TRIGGER report_tag_subjects_tag_delete AFTER DELETE ON tags BEGIN
    DELETE FROM report_tag_subjects WHERE account_id = OLD.account_id AND tag_id = OLD.id;
END;

CREATE TRIGGER report_tag_subjects_account_delete AFTER DELETE ON accounts BEGIN
    DELETE FROM report_tag_subjects WHERE account_id = OLD.id;
END;

-- Subject facts were never folded (written without a pending row) and kept rollups have no subject rows: they start
-- over as RollupRebuild.restart does on SQLite (as V62's did), every rollup row and cell cleared and every fact
-- pending; the first fold of an account without state takes its folded tag sets from conversation_tags
-- (RollupFold.start) and folds the facts in the account's zone.
DELETE FROM report_rollups;
DELETE FROM report_rollup_keys;
DELETE FROM report_customer_keys;
DELETE FROM report_scoped_rollups;
DELETE FROM report_scoped_keys;
DELETE FROM report_folder_rollups;
DELETE FROM report_folder_keys;
DELETE FROM report_tag_rollups;
DELETE FROM report_tag_keys;
DELETE FROM report_rollup_state;
INSERT OR IGNORE INTO report_rollup_pending (account_id, fact_id) SELECT account_id, id FROM report_facts;
