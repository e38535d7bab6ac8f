-- The conversations report's top customers under a filter of one tag from pairs with a previous day (docs/reports.md,
-- "Top customers per tag cell"): they were each customer's COUNT(DISTINCT key_id) over the tag cell's
-- customer_conversations key rows of the period (V59), hashed per customer, once per period: the largest statement
-- of tags=1 (0.38 s per period at 200k conversations), and the previous period's ten customers were counted from the
-- facts. Kept by the same fold, writer and transaction as the tag cells, in the same local days of the account's zone.
--
-- report_tag_customer_keys: per tag cell, the local days on which a (customer, conversation) pair had an activity
-- fact, with the pair's previous such day in the cell (-1: none), as V62's report_customer_keys keeps them for
-- everyone. The pairs first seen in days [D1, D2) are the rows with day in [D1, D2) and prev_day < D1: one per pair,
-- so a customer's count is its rows there (a few customers': ranges of the primary key, customer after tag). A pair
-- belongs to one conversation, so a conversation that loses the tag deletes its pairs' whole chains and no other row
-- changes.
CREATE TABLE report_tag_customer_keys (
    account_id      BIGINT  NOT NULL,
    tag_id          BIGINT  NOT NULL,
    customer_id     BIGINT  NOT NULL,
    conversation_id BIGINT  NOT NULL,
    day             INTEGER NOT NULL,
    prev_day        INTEGER NOT NULL,
    PRIMARY KEY (account_id, tag_id, customer_id, conversation_id, day)
);

CREATE FUNCTION report_tag_customer_keys_tag_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM report_tag_customer_keys WHERE account_id = OLD.account_id AND tag_id = OLD.id;
    RETURN NULL;
END $$;

CREATE TRIGGER report_tag_customer_keys_tag_delete AFTER DELETE ON tags
    FOR EACH ROW EXECUTE FUNCTION report_tag_customer_keys_tag_deleted();

CREATE FUNCTION report_tag_customer_keys_account_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM report_tag_customer_keys WHERE account_id = OLD.id;
    RETURN NULL;
END $$;

CREATE TRIGGER report_tag_customer_keys_account_delete AFTER DELETE ON accounts
    FOR EACH ROW EXECUTE FUNCTION report_tag_customer_keys_account_deleted();

-- The pairs are the tag cells' customer_conversations key rows (key_id and conversation_id the conversation): built
-- from the kept rows with each pair's previous day, so kept rollups need no recount, and those rows, which nothing
-- reads any more, go. An account being recounted (no state row) gets its pairs from its fold.
INSERT INTO report_tag_customer_keys (account_id, tag_id, customer_id, conversation_id, day, prev_day)
SELECT account_id, tag_id, customer_id, conversation_id, day,
       COALESCE(LAG(day) OVER (PARTITION BY account_id, tag_id, customer_id, conversation_id ORDER BY day), -1)
FROM report_tag_keys
WHERE family = 'customer_conversations';

DELETE FROM report_tag_keys WHERE family = 'customer_conversations';

-- The summed assigned folder cells (V64) keep their sums only: their key rows were the union of the assignees' key
-- rows of the same day (1,335,170 against 1,336,413 at 200k conversations: a conversation has one assignee on almost
-- every day), so they doubled the assigned key rows for no fewer rows read. Assigned's distinct counts and resolved
-- closes read the assignees' key rows again (FolderCells.Branch).
DELETE FROM report_folder_keys WHERE folder = 'assigned' AND assignee_id = -1;
