-- Reports (docs/reports.md, "The folders filter"): each fact carries the folder state of its conversation when it
-- happened, its status and its assignee, so a folder filter counts the facts of a conversation that was Unassigned,
-- Mine, Assigned, Closed or Spam at the time. Facts written before this migration keep null: unknown, in no folder.
-- The recorder's running state learns the assignee from CONVERSATION_ASSIGNED; a conversation's running state is its
-- state as of its last event, which is its state now, so it starts from the conversation's assignee now. The same
-- text on SQLite and PostgreSQL.
ALTER TABLE report_facts ADD COLUMN status TEXT;
ALTER TABLE report_facts ADD COLUMN assignee_id BIGINT;

ALTER TABLE report_conversations ADD COLUMN assignee_id BIGINT;

UPDATE report_conversations
SET assignee_id = (SELECT c.assignee_id FROM conversations c WHERE c.id = report_conversations.conversation_id);
