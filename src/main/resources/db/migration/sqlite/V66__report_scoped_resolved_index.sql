-- The resolved figure of a mailboxes=/types= filter (docs/reports.md, "Resolved from the cells' index alone") reads
-- each selected cell's kept last closes of the period with their time, fact id, resolution time and replies, none of
-- which the primary key's index holds: every row was fetched from the table by its rowid. This index holds what that
-- read needs (SQLite has no INCLUDE: the columns are the key's tail), for the resolved rows only, so it is read alone.
-- It starts with the primary key's columns, family included though the condition fixes it: with one column fewer
-- SQLite's planner took the primary key (more columns matched) and fetched every row again.
-- An index keeps itself: the fold, the rebuild, the clears and an account's delete need nothing new, and kept rows are
-- indexed as they are.
CREATE INDEX report_scoped_keys_resolved ON report_scoped_keys (account_id, family, mailbox_id, conversation_type, day,
                                                               key_id, last_at, last_id, ms, replies)
    WHERE family = 'resolved';
