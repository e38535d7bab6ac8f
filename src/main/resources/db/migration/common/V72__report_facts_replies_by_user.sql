-- A user's conversation history (docs/reports.md, "User conversation history"), counted in the database.
-- The users' replies of a period: the facts' (account_id, user_id, at) index finds them, but each row was then read
-- from the table for its kind, conversation, wait and the filter's columns: at 200k conversations a user's year
-- touched about half of the facts' pages (PostgreSQL, 1.0 s of a 1.9 s statement under load, 0.1 s from this index).
-- Here every column the statement and a mailbox, type, tag or folder filter read is in the index, read alone.
CREATE INDEX report_facts_replies_by_user ON report_facts (account_id, user_id, kind, at, conversation_id, since,
                                                           first_reply, mailbox_id, conversation_type, status,
                                                           assignee_id)
    WHERE kind = 'REPLY';
-- A conversation's last close of a period (who, after how many replies, its creation, the filter's columns), read
-- backwards from the period's end from this index alone: the facts' (account_id, conversation_id, at) index read
-- every fact of the conversation in the period from the table to find its closes.
CREATE INDEX report_facts_closes_by_conversation ON report_facts (account_id, conversation_id, kind, at, id, user_id,
                                                                  replies, since, mailbox_id, conversation_type,
                                                                  status, assignee_id)
    WHERE kind = 'CLOSED';
-- Partial: only replies (about a quarter of the facts) and closes (an eighth) maintain them; `kind` is in them so
-- that SQLite reads them alone as well.
