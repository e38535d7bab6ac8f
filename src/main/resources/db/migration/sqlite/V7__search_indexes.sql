-- Search without full scans (the PostgreSQL folder holds the same version with pg_trgm).
-- Substring search ("email containing …") goes through an FTS5 trigram index kept in step by triggers;
-- equality, prefix and domain searches use B-tree indexes.

ALTER TABLE customer_entries ADD COLUMN value_domain TEXT;
UPDATE customer_entries SET value_domain = substr(value_lower, instr(value_lower, '@') + 1) WHERE kind = 'email';
CREATE INDEX customer_entries_lookup ON customer_entries (account_id, kind, value_lower);
CREATE INDEX customer_entries_domain ON customer_entries (account_id, value_domain) WHERE kind = 'email';

DROP INDEX customers_account_first_name;
DROP INDEX customers_account_last_name;
CREATE INDEX customers_account_first_name ON customers (account_id, lower(first_name));
CREATE INDEX customers_account_last_name ON customers (account_id, lower(last_name));

-- rowid is the customer id. Entries are joined with newlines, which no searched value contains.
-- detail=none keeps no positions: LIKE is answered from the trigram sets and checked against the stored text, and
-- the index is built about three times faster (a million customers load in minutes, not tens of minutes).
CREATE VIRTUAL TABLE customer_fts USING fts5(
    first_name, last_name, full_name, emails, phones, organization, job_title, location,
    tokenize = 'trigram', detail = none);

INSERT INTO customer_fts (rowid, first_name, last_name, full_name, emails, phones, organization, job_title, location)
SELECT c.id, c.first_name, c.last_name, TRIM(COALESCE(c.first_name, '') || ' ' || COALESCE(c.last_name, '')),
       (SELECT group_concat(e.value, char(10)) FROM customer_entries e WHERE e.customer_id = c.id AND e.kind = 'email'),
       (SELECT group_concat(e.value, char(10)) FROM customer_entries e WHERE e.customer_id = c.id AND e.kind = 'phone'),
       c.organization, c.job_title, c.location
FROM customers c;

-- The insert trigger reads the entries too, so rows may arrive in either order (a bulk import writes a customer's
-- entries first, with foreign keys deferred, and pays for one index write per customer).
CREATE TRIGGER customers_fts_insert AFTER INSERT ON customers BEGIN
    INSERT INTO customer_fts (rowid, first_name, last_name, full_name, emails, phones, organization, job_title,
                              location)
    VALUES (NEW.id, NEW.first_name, NEW.last_name,
            TRIM(COALESCE(NEW.first_name, '') || ' ' || COALESCE(NEW.last_name, '')),
            (SELECT group_concat(value, char(10)) FROM customer_entries
             WHERE customer_id = NEW.id AND kind = 'email'),
            (SELECT group_concat(value, char(10)) FROM customer_entries
             WHERE customer_id = NEW.id AND kind = 'phone'),
            NEW.organization, NEW.job_title, NEW.location);
END;

CREATE TRIGGER customers_fts_update AFTER UPDATE OF first_name, last_name, organization, job_title, location
    ON customers BEGIN
    UPDATE customer_fts SET first_name = NEW.first_name, last_name = NEW.last_name,
        full_name = TRIM(COALESCE(NEW.first_name, '') || ' ' || COALESCE(NEW.last_name, '')),
        organization = NEW.organization, job_title = NEW.job_title, location = NEW.location
    WHERE rowid = NEW.id;
END;

CREATE TRIGGER customers_fts_delete AFTER DELETE ON customers BEGIN
    DELETE FROM customer_fts WHERE rowid = OLD.id;
END;

CREATE TRIGGER customer_entries_fts_insert AFTER INSERT ON customer_entries
    WHEN NEW.kind IN ('email', 'phone') BEGIN
    UPDATE customer_fts SET
        emails = (SELECT group_concat(value, char(10)) FROM customer_entries
                  WHERE customer_id = NEW.customer_id AND kind = 'email'),
        phones = (SELECT group_concat(value, char(10)) FROM customer_entries
                  WHERE customer_id = NEW.customer_id AND kind = 'phone')
    WHERE rowid = NEW.customer_id;
END;

CREATE TRIGGER customer_entries_fts_update AFTER UPDATE OF value ON customer_entries
    WHEN NEW.kind IN ('email', 'phone') BEGIN
    UPDATE customer_fts SET
        emails = (SELECT group_concat(value, char(10)) FROM customer_entries
                  WHERE customer_id = NEW.customer_id AND kind = 'email'),
        phones = (SELECT group_concat(value, char(10)) FROM customer_entries
                  WHERE customer_id = NEW.customer_id AND kind = 'phone')
    WHERE rowid = NEW.customer_id;
END;

CREATE TRIGGER customer_entries_fts_delete AFTER DELETE ON customer_entries
    WHEN OLD.kind IN ('email', 'phone') BEGIN
    UPDATE customer_fts SET
        emails = (SELECT group_concat(value, char(10)) FROM customer_entries
                  WHERE customer_id = OLD.customer_id AND kind = 'email'),
        phones = (SELECT group_concat(value, char(10)) FROM customer_entries
                  WHERE customer_id = OLD.customer_id AND kind = 'phone')
    WHERE rowid = OLD.customer_id;
END;
