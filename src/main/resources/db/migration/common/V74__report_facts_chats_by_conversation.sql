-- The chat report of a user (docs/reports.md, "The chat report: sums over the chats' facts"): report.jdbc.ChatSql
-- reads the facts of the chats the user answered in the period, a twentieth of the period's chats at the bench's
-- twenty users. The chats' index (V71) is ordered by kind and time: each of the user's chats' creations, messages,
-- replies and closes was found by reading every chat's of the period and keeping the user's. Here they are read by
-- conversation, from this index alone (its columns are those V71 holds). Partial, as V71: only chat facts write an
-- entry; its rows are the facts', nothing to fold, rebuild or clear.
CREATE INDEX report_facts_chats_by_conversation ON report_facts (account_id, conversation_id, kind, at, user_id, since,
                                                                 first_reply, id)
    WHERE conversation_type = 'chat';
