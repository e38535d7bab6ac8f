-- HelpCrunch chats on the conversation core (docs/chat-mapping.md). The same statements on both databases but for the
-- server's "now" in the queued wake-ups.

-- One snooze for both dialects: a chat's snooze is the conversation's (conversations.snoozed_until, woken by a job of
-- kind conversation.wake at its time). Chat snoozes stored before move there; their snoozer is the chat's assignee,
-- else the account's first user (chat snoozes did not record who set them); a customer's reply ends them, as for
-- every chat snooze. A snooze already past is woken by its job at once.
UPDATE conversations SET
    snoozed_until = (SELECT d.snoozed_until FROM chat_details d WHERE d.conversation_id = conversations.id),
    snoozed_by = COALESCE(assignee_id,
                          (SELECT MIN(u.id) FROM users u WHERE u.account_id = conversations.account_id)),
    unsnooze_on_reply = TRUE
WHERE snoozed_until IS NULL
  AND id IN (SELECT d.conversation_id FROM chat_details d WHERE d.snoozed_until IS NOT NULL);

INSERT INTO jobs (kind, account_id, payload, status, attempts, next_attempt_at, created_at)
SELECT 'conversation.wake', v.account_id, CAST(v.id AS TEXT) || ':' || CAST(v.snoozed_until AS TEXT), 'pending', 0,
       v.snoozed_until, CAST(EXTRACT(EPOCH FROM now()) * 1000 AS BIGINT)
FROM conversations v JOIN chat_details d ON d.conversation_id = v.id
WHERE d.snoozed_until IS NOT NULL AND v.snoozed_until = d.snoozed_until AND v.snoozed_by IS NOT NULL;

-- a chat whose account has no user cannot name a snoozer: its snooze ends here
UPDATE conversations SET snoozed_until = NULL, unsnooze_on_reply = NULL WHERE snoozed_until IS NOT NULL
  AND snoozed_by IS NULL
  AND id IN (SELECT d.conversation_id FROM chat_details d WHERE d.snoozed_until IS NOT NULL);

ALTER TABLE chat_details DROP COLUMN snoozed_until;

-- A chat's department is one of the account's teams (the Help Scout teams of /v2/teams); a deleted team leaves the
-- chat without one.
ALTER TABLE chat_details ADD COLUMN team_id BIGINT REFERENCES teams (id) ON DELETE SET NULL;

-- The application (channel) a chat came through; the chat lives in that channel's mailbox. A deleted channel leaves
-- the chat without one (applicationId then shows the mailbox's first channel, if any).
ALTER TABLE chat_details ADD COLUMN channel_id BIGINT REFERENCES channels (id) ON DELETE SET NULL;

CREATE INDEX chat_details_team ON chat_details (team_id) WHERE team_id IS NOT NULL;
