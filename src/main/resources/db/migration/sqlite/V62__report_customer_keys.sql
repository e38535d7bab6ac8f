-- The conversations report's top customers from pre-aggregates (docs/reports.md, "Top customers from the rollups"):
-- each customer's conversations with activity in a period were counted from V51's index of the facts (a year at 1M
-- conversations: an index-only scan of 5.3M entries, about a second, once per period). Folded by the same job, writer
-- and transaction as the account's rollups (V42), in the same local days of the account's zone.
--
-- report_customer_keys: the local days on which a (customer, conversation) pair had an activity fact (a fact of the
-- conversation with that customer: a conversation whose customer changed has a pair for each), with the pair's
-- previous such day (-1: none). The pairs first seen in days [D1, D2) are the rows with day in [D1, D2) and
-- prev_day < D1: one per pair, so a customer's count is its rows there. The sum over customers is also kept in
-- report_rollups as the measure customer_conversations (everyone's, user_id -1; other_day the previous day).
CREATE TABLE report_customer_keys (
    account_id      BIGINT  NOT NULL,
    customer_id     BIGINT  NOT NULL,
    conversation_id BIGINT  NOT NULL,
    day             INTEGER NOT NULL,
    prev_day        INTEGER NOT NULL,
    PRIMARY KEY (account_id, customer_id, conversation_id, day)
);

CREATE TRIGGER report_customer_keys_account_delete AFTER DELETE ON accounts BEGIN
    DELETE FROM report_customer_keys WHERE account_id = OLD.id;
END;

-- Kept rollups have no customer keys yet: they start over as RollupRebuild.restart does on SQLite (as V59's did),
-- every rollup row and cell cleared and every fact pending; the first fold of an account without state takes its
-- folded tag sets from conversation_tags (RollupFold.start) and folds the facts in the account's zone.
DELETE FROM report_rollups;
DELETE FROM report_rollup_keys;
DELETE FROM report_scoped_rollups;
DELETE FROM report_scoped_keys;
DELETE FROM report_folder_rollups;
DELETE FROM report_folder_keys;
DELETE FROM report_tag_rollups;
DELETE FROM report_tag_keys;
DELETE FROM report_rollup_state;
INSERT OR IGNORE INTO report_rollup_pending (account_id, fact_id) SELECT account_id, id FROM report_facts;
