-- The conversations report's top customers count each customer's distinct conversations with activity in the period
-- (docs/reports.md, "Speed"). Read by time, a year's facts were sorted by customer and then by conversation, which on
-- PostgreSQL spilled to disk (2.7 s at 200k conversations); read from this index they arrive in that order with every
-- column the count needs, so the count streams over the index alone (0.85 s), on SQLite too. A short period still
-- reads by time (report_facts_account_at, _account_kind_at). Partial: only a query that says customer_id IS NOT NULL
-- can use it, since SQLite's planner took a whole index in account order for other counts of a period's facts too
-- (counting a filtered year through it took three times as long). Written once for both databases.
CREATE INDEX report_facts_account_customer ON report_facts (account_id, customer_id, conversation_id, at, kind)
    WHERE customer_id IS NOT NULL;
