-- The conversations report's lists under a mailboxes=/types= filter (docs/reports.md, "mailboxes= with the previous
-- period: where the time goes"): PostgreSQL read every subject fact of the period through V56's index in subject
-- order and dropped those of other mailboxes and types (a year of tags at 200k conversations: 144,267 entries read,
-- 48,213 kept, 2,762 pages). This index puts the filter's columns right after the kind, so such a list reads only its
-- cells' subject facts in the period, from the index alone (457 pages; 98-268 ms against 438-650 ms for the tags
-- list, 38-52 against 109-274 for saved replies, back to back on the same store). Its rows are the facts': nothing
-- to fold, rebuild or clear. PostgreSQL only: SQLite's planner keeps V56's index in subject order for a long period
-- (the likelihood spelling of ReportSubjectQueries) and takes this one only for short ones, which were already fast,
-- so there it would be one more index to write per subject fact for nothing.
CREATE INDEX report_facts_subject_by_cell ON report_facts (account_id, kind, mailbox_id, conversation_type, at,
                                                           subject_id, conversation_id)
    WHERE subject_id IS NOT NULL;
