-- The conversations report's lists under mailboxes= and folders= filters (docs/reports.md, "The lists under
-- mailboxes=, types= and folders= from indexes"). PostgreSQL has had V66's index by (mailbox, type) since V66; SQLite
-- skipped it because its planner, with no statistics, keeps V56's index in subject order for a long period and so
-- read every subject fact of the period (mailboxes=1,2&types=email at 1M: 2.0-3.3 s). It is added here with the
-- folders' index (a folder is its mailbox plus the status and assignee each fact carries, and leaves the type open),
-- and ReportSubjectQueries names them with INDEXED BY, so SQLite reads only the filter's cells of the period. Their
-- rows are the facts': nothing to fold, rebuild or clear, and the kept rollups stay as they are.
CREATE INDEX report_facts_subject_by_cell ON report_facts (account_id, kind, mailbox_id, conversation_type, at,
                                                           subject_id, conversation_id)
    WHERE subject_id IS NOT NULL;

CREATE INDEX report_facts_subject_by_folder ON report_facts (account_id, kind, mailbox_id, status, at, assignee_id,
                                                             conversation_type, subject_id, conversation_id)
    WHERE subject_id IS NOT NULL;
