-- The number of customers per account, kept by triggers, so an unfiltered list answers its total without counting
-- every row (the most common list call). Sixteen rows per account spread concurrent creates over sixteen row locks
-- instead of one; statement-level triggers with transition tables keep bulk loads (COPY) cheap.
CREATE TABLE customer_counts (
    account_id BIGINT  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    shard      INTEGER NOT NULL,
    total      BIGINT  NOT NULL,
    PRIMARY KEY (account_id, shard)
);

INSERT INTO customer_counts (account_id, shard, total)
SELECT account_id, (id % 16)::int, COUNT(*) FROM customers GROUP BY account_id, (id % 16)::int;

CREATE FUNCTION customers_count_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO customer_counts (account_id, shard, total)
    SELECT account_id, (id % 16)::int, COUNT(*) FROM inserted GROUP BY account_id, (id % 16)::int
    ON CONFLICT (account_id, shard) DO UPDATE SET total = customer_counts.total + EXCLUDED.total;
    RETURN NULL;
END $$;

CREATE FUNCTION customers_count_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE customer_counts c SET total = c.total - d.removed
    FROM (SELECT account_id, (id % 16)::int AS shard, COUNT(*) AS removed FROM deleted
          GROUP BY account_id, (id % 16)::int) d
    WHERE c.account_id = d.account_id AND c.shard = d.shard;
    RETURN NULL;
END $$;

CREATE TRIGGER customers_count_insert AFTER INSERT ON customers
    REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION customers_count_inserted();
CREATE TRIGGER customers_count_delete AFTER DELETE ON customers
    REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION customers_count_deleted();
