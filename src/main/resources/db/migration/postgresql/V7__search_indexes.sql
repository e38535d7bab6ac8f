-- Search without full scans (the SQLite folder holds the same version with an FTS5 trigram table).
-- Substring search ("email containing …") uses pg_trgm GIN indexes on the lower-cased expressions the compiler
-- emits; equality and domain searches use B-tree indexes.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE customer_entries ADD COLUMN value_domain TEXT;
UPDATE customer_entries SET value_domain = split_part(value_lower, '@', 2) WHERE kind = 'email';
CREATE INDEX customer_entries_lookup ON customer_entries (account_id, kind, value_lower);
-- Prefix searches compare in C collation (byte order), which this index serves whatever the database collation.
CREATE INDEX customer_entries_prefix ON customer_entries (account_id, kind, value_lower COLLATE "C");
CREATE INDEX customer_entries_domain ON customer_entries (account_id, value_domain) WHERE kind = 'email';
CREATE INDEX customer_entries_value_trgm ON customer_entries USING gin (value_lower gin_trgm_ops);

DROP INDEX customers_account_first_name;
DROP INDEX customers_account_last_name;
CREATE INDEX customers_account_first_name ON customers (account_id, lower(first_name));
CREATE INDEX customers_account_last_name ON customers (account_id, lower(last_name));

CREATE INDEX customers_first_name_trgm ON customers USING gin (lower(first_name) gin_trgm_ops);
CREATE INDEX customers_last_name_trgm ON customers USING gin (lower(last_name) gin_trgm_ops);
CREATE INDEX customers_full_name_trgm ON customers
    USING gin (lower(TRIM(COALESCE(first_name, '') || ' ' || COALESCE(last_name, ''))) gin_trgm_ops);
CREATE INDEX customers_organization_trgm ON customers USING gin (lower(organization) gin_trgm_ops);
CREATE INDEX customers_job_title_trgm ON customers USING gin (lower(job_title) gin_trgm_ops);
CREATE INDEX customers_location_trgm ON customers USING gin (lower(location) gin_trgm_ops);
