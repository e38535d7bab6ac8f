-- Where a round-robin rotation stands: the user the mailbox's routing last gave a new conversation to, so the next
-- one goes to the next eligible user after them in userIds order.
ALTER TABLE mailbox_routing ADD COLUMN last_assigned_user_id BIGINT;
