-- Per-tag cells, so that a report filtered by exactly one tag reads pre-aggregates (docs/reports.md, "Per-tag
-- cells"). tags= means the tags a conversation carries now, so a conversation's folded facts move between tags' cells
-- when its tags change: report_tag_folded is the tag set each conversation's folded facts are in, report_tag_marks the
-- conversations whose tags changed since (written by the triggers below, in the transaction of the change, whatever
-- path changes conversation_tags), which the fold consumes under the account's rollup lock. Every key row belongs to
-- one conversation (conversation_id), so taking a conversation out of a tag deletes its own rows by their keys and a
-- distinct count over the rows (COUNT(DISTINCT key_id)) is unchanged by a key several conversations share.
CREATE TABLE report_tag_rollups (
    account_id BIGINT  NOT NULL,
    tag_id     BIGINT  NOT NULL,
    day        INTEGER NOT NULL,
    measure    TEXT    NOT NULL,
    other_day  INTEGER NOT NULL,
    n          BIGINT  NOT NULL,
    ms         BIGINT  NOT NULL,
    PRIMARY KEY (account_id, tag_id, day, measure, other_day)
);

CREATE TABLE report_tag_keys (
    account_id      BIGINT  NOT NULL,
    family          TEXT    NOT NULL,
    tag_id          BIGINT  NOT NULL,
    day             INTEGER NOT NULL,
    key_id          BIGINT  NOT NULL,
    customer_id     BIGINT  NOT NULL,
    conversation_id BIGINT  NOT NULL,
    last_at         BIGINT,
    last_id         BIGINT,
    ms              BIGINT,
    replies         INTEGER,
    PRIMARY KEY (account_id, tag_id, family, day, key_id, customer_id, conversation_id)
);

CREATE TABLE report_tag_folded (
    account_id      BIGINT NOT NULL,
    conversation_id BIGINT NOT NULL,
    tag_id          BIGINT NOT NULL,
    PRIMARY KEY (account_id, conversation_id, tag_id)
);

CREATE INDEX report_tag_folded_tag ON report_tag_folded (account_id, tag_id);

CREATE TABLE report_tag_marks (
    id              INTEGER PRIMARY KEY,
    account_id      BIGINT NOT NULL,
    conversation_id BIGINT NOT NULL
);

CREATE INDEX report_tag_marks_account ON report_tag_marks (account_id, id);

-- A tag put on or taken off marks its conversation for the fold. A tag's own deletion cascades here after the tag row
-- is gone, so it marks nothing: the tag's cells go wholesale below (a deleted tag filters nothing).
CREATE TRIGGER report_tag_marks_inserted AFTER INSERT ON conversation_tags BEGIN
    INSERT INTO report_tag_marks (account_id, conversation_id)
        SELECT account_id, NEW.conversation_id FROM tags WHERE id = NEW.tag_id;
END;

CREATE TRIGGER report_tag_marks_deleted AFTER DELETE ON conversation_tags BEGIN
    INSERT INTO report_tag_marks (account_id, conversation_id)
        SELECT account_id, OLD.conversation_id FROM tags WHERE id = OLD.tag_id;
END;

CREATE TRIGGER report_tag_marks_updated AFTER UPDATE ON conversation_tags BEGIN
    INSERT INTO report_tag_marks (account_id, conversation_id)
        SELECT account_id, OLD.conversation_id FROM tags WHERE id = OLD.tag_id;
    INSERT INTO report_tag_marks (account_id, conversation_id)
        SELECT account_id, NEW.conversation_id FROM tags WHERE id = NEW.tag_id;
END;

CREATE TRIGGER report_tag_cells_tag_delete AFTER DELETE ON tags BEGIN
    DELETE FROM report_tag_rollups WHERE account_id = OLD.account_id AND tag_id = OLD.id;
    DELETE FROM report_tag_keys WHERE account_id = OLD.account_id AND tag_id = OLD.id;
    DELETE FROM report_tag_folded WHERE account_id = OLD.account_id AND tag_id = OLD.id;
END;

CREATE TRIGGER report_tag_cells_account_delete AFTER DELETE ON accounts BEGIN
    DELETE FROM report_tag_rollups WHERE account_id = OLD.id;
    DELETE FROM report_tag_keys WHERE account_id = OLD.id;
    DELETE FROM report_tag_folded WHERE account_id = OLD.id;
    DELETE FROM report_tag_marks WHERE account_id = OLD.id;
END;

-- Kept rollups have no tag cells yet: they start over as RollupRebuild.restart does on SQLite (as V57's did), every
-- rollup row and cell cleared and every fact pending; the first fold of an account without state takes its folded
-- tag sets from conversation_tags (RollupFold.start) and folds the facts in the account's zone.
DELETE FROM report_rollups;
DELETE FROM report_rollup_keys;
DELETE FROM report_scoped_rollups;
DELETE FROM report_scoped_keys;
DELETE FROM report_folder_rollups;
DELETE FROM report_folder_keys;
DELETE FROM report_rollup_state;
INSERT OR IGNORE INTO report_rollup_pending (account_id, fact_id) SELECT account_id, id FROM report_facts;
