-- The chat report counted in the database (docs/reports.md, "The chat report in the database"): report.jdbc.ChatSql
-- groups the period's chat facts per conversation. Without this index each fact of the period of the kinds it
-- counts, of every type, was read from the table to learn its type (at 200k conversations on SQLite: 1.1 s of CPU a
-- year, 0.33 s with it). Partial: only chat facts pay for it on the write path, and ChatSql names the type as a
-- literal so that both planners may use it; its columns are all the report reads without a mailbox or folder filter,
-- so it is read alone (the id orders a chat's closes at the same instant). Its rows are the facts': nothing to fold,
-- rebuild or clear, and the kept rollups stay as they are.
CREATE INDEX report_facts_chats ON report_facts (account_id, kind, at, conversation_id, user_id, since, first_reply, id)
    WHERE conversation_type = 'chat';
