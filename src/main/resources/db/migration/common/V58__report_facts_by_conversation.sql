-- The tags= filter counts the facts of the conversations that carry the tags now (docs/reports.md, "The tags filter:
-- counted from the tags' conversations"): FilterSql spells it f.conversation_id IN (SELECT conversation_id FROM
-- conversation_tags WHERE tag_id IN (…)), and this index lets both planners read each of those conversations' facts
-- of the period directly instead of every fact of the period with a conversation_tags lookup each. One more entry
-- per fact on the write path (docs/benchmarks.md, "The tags= filter from the tags' conversations at 200k"). Written
-- once for both databases.
CREATE INDEX report_facts_account_conversation ON report_facts (account_id, conversation_id, at);
