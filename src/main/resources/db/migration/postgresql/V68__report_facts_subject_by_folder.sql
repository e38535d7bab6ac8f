-- The conversations report's lists under a folders= filter (docs/reports.md, "The lists under mailboxes=, types= and
-- folders= from indexes"): a folder is its mailbox plus the status and assignee each fact carries, and leaves the type
-- open, so V66's index (mailbox, then type) does not serve it and every subject fact of the period was read in
-- subject order and most dropped (at 1M, folders=14,25 with the previous period: the three lists 3 s of statements).
-- Here the folder's columns come right after the kind: ReportSubjectQueries reads one range per (mailbox, status) of
-- the filter's folders, index-only, and checks the assignee (and a mailbox or type filter) from the index. Its rows
-- are the facts': nothing to fold, rebuild or clear, and the kept rollups stay as they are.
CREATE INDEX report_facts_subject_by_folder ON report_facts (account_id, kind, mailbox_id, status, at, assignee_id,
                                                             conversation_type, subject_id, conversation_id)
    WHERE subject_id IS NOT NULL;
