-- The rollups are folded off the write path (docs/reports.md, "Speed: rollups"): a write adds its fact and one row
-- here, in its transaction; the fold job adds pending facts to the rollups and deletes their rows in one transaction
-- under the account's rollup lock. A fact is either pending or in the rollups, whatever order facts commit in.
CREATE TABLE report_rollup_pending (
    account_id BIGINT NOT NULL,
    fact_id    BIGINT NOT NULL,
    PRIMARY KEY (account_id, fact_id)
);

-- A day's last close is the latest by time, then by fact id, as the raw count orders them: folded out of id order
-- (facts commit out of id order on PostgreSQL), a tie needs the id of the close kept.
ALTER TABLE report_rollup_keys ADD COLUMN last_id BIGINT;

UPDATE report_rollup_keys SET last_id = (
    SELECT MAX(f.id) FROM report_facts f
    WHERE f.account_id = report_rollup_keys.account_id AND f.at = report_rollup_keys.last_at
      AND f.conversation_id = report_rollup_keys.key_id AND f.kind = 'CLOSED' AND f.replies > 0
      AND (report_rollup_keys.user_id = -1 OR f.user_id = report_rollup_keys.user_id))
WHERE family = 'resolved';

-- Accounts with facts from before V42 have no rollups (no state row): all their facts are pending, and the fold
-- starts their rollups in the account's zone (the start-up queues a fold job for each account with pending facts).
INSERT INTO report_rollup_pending (account_id, fact_id)
SELECT f.account_id, f.id FROM report_facts f
WHERE NOT EXISTS (SELECT 1 FROM report_rollup_state s WHERE s.account_id = f.account_id);
