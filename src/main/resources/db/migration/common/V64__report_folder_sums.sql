-- The summed assigned cells (docs/reports.md, "Folder sums over assignees"): an assigned fact is also kept in its
-- mailbox and type's folder cell 'assigned' with assignee_id -1, every assignee's cells added together, which the
-- Assigned folder reads instead of one row per assignee (mailbox 1's Assigned was 1.17M of the folder rollups' 1.26M
-- rows at 200k conversations). Folded by the same writer as the per-assignee cells; added here from the kept
-- per-assignee rows, as the set-wise rebuild adds them (FolderCells.sumAssignees), so kept rollups need no recount:
-- the sums added, the key rows' union, each conversation's latest close of a day. An account whose rollups are being
-- recounted (no state row, PostgreSQL) or whose facts are pending (SQLite) gets both kinds of rows from its fold.
INSERT INTO report_folder_rollups (account_id, mailbox_id, conversation_type, folder, assignee_id, day, measure,
                                   other_day, n, ms)
SELECT account_id, mailbox_id, conversation_type, 'assigned', -1, day, measure, other_day, SUM(n), SUM(ms)
FROM report_folder_rollups
WHERE folder = 'assigned' AND assignee_id <> -1
GROUP BY account_id, mailbox_id, conversation_type, day, measure, other_day;

INSERT INTO report_folder_keys (account_id, family, mailbox_id, conversation_type, folder, assignee_id, day, key_id,
                                customer_id)
SELECT DISTINCT account_id, family, mailbox_id, conversation_type, 'assigned', -1, day, key_id, customer_id
FROM report_folder_keys
WHERE folder = 'assigned' AND assignee_id <> -1 AND family <> 'resolved';

INSERT INTO report_folder_keys (account_id, family, mailbox_id, conversation_type, folder, assignee_id, day, key_id,
                                customer_id, last_at, last_id, ms, replies)
SELECT account_id, 'resolved', mailbox_id, conversation_type, 'assigned', -1, day, key_id, 0, last_at, last_id, ms,
       replies
FROM (SELECT k.*, ROW_NUMBER() OVER (PARTITION BY account_id, mailbox_id, conversation_type, day, key_id
                                     ORDER BY last_at DESC, last_id DESC) AS rn
      FROM report_folder_keys k
      WHERE folder = 'assigned' AND assignee_id <> -1 AND family = 'resolved') c
WHERE rn = 1;
