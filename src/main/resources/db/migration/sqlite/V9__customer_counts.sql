-- The number of customers per account, kept by triggers, so an unfiltered list answers its total without counting
-- every row (the most common list call). The PostgreSQL folder holds the same version with sharded rows.
CREATE TABLE customer_counts (
    account_id BIGINT  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    shard      INTEGER NOT NULL,
    total      BIGINT  NOT NULL,
    PRIMARY KEY (account_id, shard)
);

INSERT INTO customer_counts (account_id, shard, total)
SELECT account_id, 0, COUNT(*) FROM customers GROUP BY account_id;

CREATE TRIGGER customers_count_insert AFTER INSERT ON customers BEGIN
    INSERT INTO customer_counts (account_id, shard, total) VALUES (NEW.account_id, 0, 1)
    ON CONFLICT (account_id, shard) DO UPDATE SET total = total + 1;
END;

CREATE TRIGGER customers_count_delete AFTER DELETE ON customers BEGIN
    UPDATE customer_counts SET total = total - 1 WHERE account_id = OLD.account_id AND shard = 0;
END;
