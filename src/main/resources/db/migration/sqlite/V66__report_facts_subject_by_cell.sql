-- PostgreSQL's V66 adds an index for the conversations report's lists under a mailboxes=/types= filter. SQLite's
-- planner keeps V56's index in subject order for long periods and would use this one only for short ones, which are
-- already fast, so here it would be one more index to write per subject fact for nothing (docs/reports.md,
-- "mailboxes= with the previous period"). The version is kept so that both databases carry the same schema version.
SELECT 1;
