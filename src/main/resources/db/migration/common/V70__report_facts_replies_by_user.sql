-- A user's conversation history (docs/reports.md, "User conversation history"): the users' replies of a period,
-- counted per conversation in the database. The facts' (account_id, user_id, at) index finds them, but each row was
-- then read from the table for its conversation, wait and the filter's columns: at 200k conversations a user's year
-- touched about half of the facts' pages (PostgreSQL, 1.0 s of a 1.9 s statement). Here every column the statement
-- and a mailbox, type, tag or folder filter read is in the index, so the replies are read from it alone. Partial: only
-- replies maintain it (about a quarter of the facts); `kind` is in it so that SQLite can read it alone as well.
CREATE INDEX report_facts_replies_by_user ON report_facts (account_id, user_id, kind, at, conversation_id, since,
                                                           first_reply, mailbox_id, conversation_type, status,
                                                           assignee_id)
    WHERE kind = 'REPLY';
