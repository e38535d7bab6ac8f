-- Organizations (Help Scout 2.0): companies that customers belong to, with property definitions of their own.
-- Same schema in both vendor folders but for the id columns. Domains and phones are JSON arrays of strings.

CREATE TABLE organizations (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id  BIGINT  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    name        TEXT    NOT NULL,
    website     TEXT,
    description TEXT,
    location    TEXT,
    logo_url    TEXT,
    note        TEXT,
    domains     TEXT    NOT NULL,
    phones      TEXT    NOT NULL,
    brand_color TEXT,
    created_at  BIGINT  NOT NULL,
    updated_at  BIGINT  NOT NULL
);

CREATE INDEX organizations_account_name ON organizations (account_id, name);

CREATE TABLE organization_property_defs (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id  BIGINT  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    slug        TEXT    NOT NULL,
    name        TEXT    NOT NULL,
    type        TEXT    NOT NULL,
    options     TEXT    NOT NULL,
    created_at  BIGINT  NOT NULL
);

CREATE UNIQUE INDEX organization_property_defs_slug ON organization_property_defs (account_id, slug);

-- A value is always text, as the wire gives it: a number's digits, a date's yyyy-MM-dd, a dropdown option's label.
CREATE TABLE organization_property_values (
    organization_id BIGINT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    def_id          BIGINT NOT NULL REFERENCES organization_property_defs (id) ON DELETE CASCADE,
    value           TEXT   NOT NULL,
    PRIMARY KEY (organization_id, def_id)
);

-- Deleting an organization unlinks its customers in the same statement, whoever deletes it.
ALTER TABLE customers ADD COLUMN organization_id BIGINT REFERENCES organizations (id) ON DELETE SET NULL;

CREATE INDEX customers_organization ON customers (organization_id);
