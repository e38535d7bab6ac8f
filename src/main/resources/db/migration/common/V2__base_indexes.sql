-- Indexes written once for both databases (partial and multi-column indexes mean the same on each).

CREATE UNIQUE INDEX users_account_email ON users (account_id, email_lower);
CREATE UNIQUE INDEX credentials_client_id ON credentials (client_id) WHERE client_id IS NOT NULL;
CREATE UNIQUE INDEX credentials_secret ON credentials (kind, secret_hash);
CREATE INDEX credentials_account ON credentials (account_id);
CREATE UNIQUE INDEX oauth_tokens_hash ON oauth_tokens (token_hash);
CREATE INDEX oauth_tokens_credential ON oauth_tokens (credential_id);
CREATE INDEX mailboxes_account ON mailboxes (account_id);

CREATE INDEX customers_account_created ON customers (account_id, created_at, id);
CREATE INDEX customers_account_updated ON customers (account_id, updated_at, id);
CREATE INDEX customers_account_first_name ON customers (account_id, first_name);
CREATE INDEX customers_account_last_name ON customers (account_id, last_name);
CREATE UNIQUE INDEX customers_account_external_id ON customers (account_id, external_id)
    WHERE external_id IS NOT NULL;

CREATE INDEX customer_entries_customer ON customer_entries (customer_id, kind, id);
-- An email identifies one customer in an account: 1.0 answers 409 and conversation create finds it by email.
CREATE UNIQUE INDEX customer_entries_email ON customer_entries (account_id, value_lower) WHERE kind = 'email';
CREATE UNIQUE INDEX customer_addresses_customer ON customer_addresses (customer_id);

CREATE UNIQUE INDEX tags_account_name ON tags (account_id, name);
CREATE INDEX customer_tags_tag ON customer_tags (tag_id);
CREATE UNIQUE INDEX customer_property_defs_slug ON customer_property_defs (account_id, slug);
CREATE INDEX customer_property_values_def ON customer_property_values (def_id);
