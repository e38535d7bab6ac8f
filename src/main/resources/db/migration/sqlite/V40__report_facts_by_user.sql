-- User reports count one user's (or a team's members') facts over a period (docs/reports.md, "Speed"): by user and
-- time, they read those facts only instead of every fact of the period.
CREATE INDEX report_facts_account_user_at ON report_facts (account_id, user_id, at);
