-- A customer's rating of a reply thread (Help Scout's "Great / Okay / Not Good", reference §8). One per thread: a
-- customer who rates again changes it. The conversation, its mailbox and the rated user are read through the thread,
-- so a merge (which moves threads) carries the rating along.
CREATE TABLE ratings (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id  BIGINT  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    thread_id   BIGINT  NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
    customer_id BIGINT  NOT NULL,
    rating      TEXT    NOT NULL,
    comments    TEXT,
    created_at  BIGINT  NOT NULL,
    updated_at  BIGINT  NOT NULL
);

CREATE UNIQUE INDEX ratings_thread ON ratings (thread_id);
