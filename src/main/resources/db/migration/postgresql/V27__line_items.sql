-- Line-item threads (type 'lineitem', docs/workflows.md "Line items"): what the core did to the conversation, e.g. a
-- merge or a workflow run. action_type is the core's token (merged, manual-workflow, automatic-workflow);
-- action_source_id the merged conversation or the workflow that ran. Null for every other thread.
ALTER TABLE threads ADD COLUMN action_type TEXT;
ALTER TABLE threads ADD COLUMN action_source_id BIGINT;
