-- Reports count a period's facts of every kind in the database (docs/reports.md, "Speed"): the account's facts by
-- time, whatever their kind, for a period or a series bucket.
CREATE INDEX report_facts_account_at ON report_facts (account_id, at);
