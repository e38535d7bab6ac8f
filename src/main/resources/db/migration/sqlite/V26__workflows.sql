-- Workflows of a mailbox (docs/workflows.md). The definition is the core's own text form (workflow.DefinitionText);
-- sort_order is the position in the mailbox's list, 1 first.

CREATE TABLE workflows (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id   BIGINT  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    mailbox_id   BIGINT  NOT NULL REFERENCES mailboxes (id) ON DELETE CASCADE,
    type         TEXT    NOT NULL,
    status       TEXT    NOT NULL,
    sort_order   INTEGER NOT NULL,
    name         TEXT    NOT NULL,
    definition   TEXT    NOT NULL,
    created_at   BIGINT  NOT NULL,
    modified_at  BIGINT  NOT NULL
);

-- the list (by mailbox, then order) and every conversation event's look-up of its mailbox's automatic workflows
CREATE INDEX workflows_mailbox ON workflows (account_id, mailbox_id, sort_order, id);

-- which workflow ran on which conversation; trigger is null for a manual run
CREATE TABLE workflow_runs (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id       BIGINT  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    workflow_id      BIGINT  NOT NULL REFERENCES workflows (id) ON DELETE CASCADE,
    conversation_id  BIGINT  NOT NULL,
    trigger_name     TEXT,
    actor_user_id    BIGINT,
    ran_at           BIGINT  NOT NULL
);

CREATE INDEX workflow_runs_conversation ON workflow_runs (account_id, conversation_id, id);
-- whether a queued automatic run is already covered by a run since it was queued
CREATE INDEX workflow_runs_workflow ON workflow_runs (workflow_id, conversation_id, ran_at);
