-- The chat report of a user (docs/reports.md, "The chat report: sums over the chats' facts"): report.jdbc.ChatSql
-- reads the facts of the chats the user answered in the period, a twentieth of the period's chats at the bench's
-- twenty users. The chats' index (V71) is ordered by kind and time: each of the user's chats' creations, messages,
-- replies and closes was found by reading every chat's of the period and keeping the user's. Here they are read by
-- conversation, from this index alone: its columns are those V71 holds and the type, which SQLite reads from the
-- columns, not from the index's condition (without it, each fact's row was read: a user's year at 200k took 0.11 to
-- 0.13 s, 0.08 to 0.11 s with it; 0.17 to 0.29 s through V71). Partial, as V71: only chat facts write an entry; its rows are the facts', nothing to fold, rebuild or
-- clear.
CREATE INDEX report_facts_chats_by_conversation ON report_facts (account_id, conversation_id, kind, at, user_id, since,
                                                                 first_reply, id, conversation_type)
    WHERE conversation_type = 'chat';
