-- Help Scout 2.0 conversation extras (docs/helpscout-v2.md): snooze, "send later" threads and mailbox routing. The
-- same statements on both databases.

-- A snoozed conversation: until when, who snoozed it, and whether a customer reply ends the snooze early. All three
-- are set together or cleared together. The wake-up is a job (kind conversation.wake) due at snoozed_until.
ALTER TABLE conversations ADD COLUMN snoozed_until BIGINT;
ALTER TABLE conversations ADD COLUMN snoozed_by BIGINT;
ALTER TABLE conversations ADD COLUMN unsnooze_on_reply BOOLEAN;

-- A draft reply or forward scheduled to be published later (job kind thread.send, due at scheduled_for).
ALTER TABLE threads ADD COLUMN scheduled_for BIGINT;
ALTER TABLE threads ADD COLUMN scheduled_by BIGINT;
ALTER TABLE threads ADD COLUMN scheduled_at BIGINT;
ALTER TABLE threads ADD COLUMN unschedule_on_reply BOOLEAN;

CREATE INDEX threads_scheduled ON threads (conversation_id, scheduled_for) WHERE scheduled_for IS NOT NULL;

-- A mailbox's routing settings (`/v2/mailboxes/{id}/routing`); no row means disabled. user_ids is a JSON array.
CREATE TABLE mailbox_routing (
    mailbox_id        BIGINT  PRIMARY KEY REFERENCES mailboxes (id) ON DELETE CASCADE,
    state             TEXT    NOT NULL CHECK (state IN ('enabled', 'disabled')),
    assignment_limit  INTEGER NOT NULL,
    assignment_method TEXT    NOT NULL CHECK (assignment_method IN ('round_robin', 'balanced')),
    user_ids          TEXT    NOT NULL DEFAULT '[]',
    updated_at        BIGINT  NOT NULL
);
