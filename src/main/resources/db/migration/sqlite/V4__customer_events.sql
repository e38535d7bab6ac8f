-- Customer events (HelpCrunch `POST /events`): a name and the client's JSON data, kept as text. Deleting the customer
-- deletes its events. The PostgreSQL folder holds the same version with an identity column.
CREATE TABLE customer_events (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id  BIGINT  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    customer_id BIGINT  NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    name        TEXT    NOT NULL,
    data        TEXT    NOT NULL,
    created_at  BIGINT  NOT NULL
);

CREATE INDEX customer_events_customer ON customer_events (customer_id, id);
