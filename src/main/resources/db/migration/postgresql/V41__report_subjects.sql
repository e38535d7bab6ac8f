-- Reports (docs/reports.md): facts about a tag or a saved reply (TAGGED, SAVED_REPLY) name it in subject_id; the
-- recorder keeps the tags it last saw on each conversation, since a tags event says only that they changed. The
-- SQLite folder holds the same version with its own trigger.
ALTER TABLE report_facts ADD COLUMN subject_id BIGINT;

CREATE TABLE report_conversation_tags (
    conversation_id BIGINT NOT NULL,
    account_id      BIGINT NOT NULL,
    tag_id          BIGINT NOT NULL,
    PRIMARY KEY (conversation_id, tag_id)
);

CREATE OR REPLACE FUNCTION report_account_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM report_facts WHERE account_id = OLD.id;
    DELETE FROM report_conversations WHERE account_id = OLD.id;
    DELETE FROM report_conversation_tags WHERE account_id = OLD.id;
    RETURN NULL;
END $$;
