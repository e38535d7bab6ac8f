-- Everyone's conversations acted on (replied to, closed or started by a user) from the rollups (docs/reports.md,
-- "The company drilldown's count from the rollups"): the company drilldown without a range counted them per
-- conversation over the period's facts, a year at 1M conversations a COUNT over 3.6M facts grouped per conversation
-- (15.6 s on PostgreSQL). Kept as a distinct family of report_rollup_keys, 'acted', everyone's only (user_id -1), and
-- its count per (day, previous day) as the measure 'acted' of report_rollups, as 'closed' is kept.
--
-- Kept rollups have no such keys, and a local day needs the account's zone, which SQL here does not know: they start
-- over as RollupRebuild.restart does on SQLite (as V62's did), every rollup row, key and cell cleared and every fact
-- pending; the first fold of an account without state takes its folded tag sets from conversation_tags
-- (RollupFold.start) and folds the facts in the account's zone.
DELETE FROM report_rollups;
DELETE FROM report_rollup_keys;
DELETE FROM report_customer_keys;
DELETE FROM report_scoped_rollups;
DELETE FROM report_scoped_keys;
DELETE FROM report_folder_rollups;
DELETE FROM report_folder_keys;
DELETE FROM report_tag_rollups;
DELETE FROM report_tag_keys;
DELETE FROM report_tag_subjects;
DELETE FROM report_tag_customer_keys;
DELETE FROM report_rollup_state;
INSERT OR IGNORE INTO report_rollup_pending (account_id, fact_id) SELECT account_id, id FROM report_facts;
