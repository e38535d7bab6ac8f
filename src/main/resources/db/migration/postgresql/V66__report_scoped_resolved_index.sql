-- The resolved figure of a mailboxes=/types= filter (docs/reports.md, "Resolved from the cells' index alone") reads
-- each selected cell's kept last closes of the period with their time, fact id, resolution time and replies, none of
-- which the primary key holds: every row's page was fetched (a bitmap heap scan, 1,123 pages for a year of two
-- mailboxes' email at 200k conversations against 427 from this index). The index holds what that read needs, for the
-- resolved rows only, so it is read alone once the rows are all-visible. An index keeps itself: the fold, both
-- rebuilds, the clears and an account's delete need nothing new, and kept rows are indexed as they are.
CREATE INDEX report_scoped_keys_resolved ON report_scoped_keys (account_id, mailbox_id, conversation_type, day)
    INCLUDE (key_id, last_at, last_id, ms, replies) WHERE family = 'resolved';
