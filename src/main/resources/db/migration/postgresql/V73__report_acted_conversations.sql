-- Everyone's conversations acted on (replied to, closed or started by a user) from the rollups (docs/reports.md,
-- "The company drilldown's count from the rollups"): the company drilldown without a range counted them per
-- conversation over the period's facts, a year at 1M conversations a COUNT over 3.6M facts grouped per conversation
-- (15.6 s). Kept as a distinct family of report_rollup_keys, 'acted', everyone's only (user_id -1), and its count per
-- (day, previous day) as the measure 'acted' of report_rollups, as 'closed' is kept.
--
-- Kept rollups have no such keys, and a local day needs the account's zone, which SQL here does not know: those
-- accounts start over as V62's did (the state row goes, reports count the facts, and the start-up's fold job
-- recomputes everything set-wise, the new family too).
DELETE FROM report_rollup_state;
