-- The conversations report's lists (docs/reports.md, "The conversations report's lists") count a period's tags put
-- on, saved replies used and workflow runs per subject in the database (report.jdbc.ReportSubjectQueries
-- .subjectCounts). Read by time through report_facts_account_kind_at, a year of them fetched every fact's row (1.2M
-- tags at 1M conversations). These two indexes hold every column the count and a mailbox, type or folder filter read,
-- so the count reads an index alone: in time order for a short period, and in subject and conversation order for a
-- long one, where the count per subject (and of its distinct conversations) streams with no sort (a year of tags at
-- 200k conversations: PostgreSQL 0.16-0.33 s by time, sorting on disk, 0.04-0.07 s by subject; SQLite 0.10 s and
-- 0.03 s). Partial: only subject facts (a few per conversation) are in them, so the writes of every other fact
-- (creates, messages, replies, closes) do not maintain them, and only a query that says subject_id IS NOT NULL (the
-- lists' count) can use them. Written once for both databases.
CREATE INDEX report_facts_subject_by_time ON report_facts (account_id, kind, at, subject_id, conversation_id,
                                                           mailbox_id, conversation_type, status, assignee_id)
    WHERE subject_id IS NOT NULL;

CREATE INDEX report_facts_subject_by_subject ON report_facts (account_id, kind, subject_id, conversation_id, at,
                                                              mailbox_id, conversation_type, status, assignee_id)
    WHERE subject_id IS NOT NULL;
