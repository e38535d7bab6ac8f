-- Help Scout 1.0's two-step attachments: POST /v1/attachments.json stores the file here and answers its hash; the
-- thread that names the hash moves the file into attachments and removes the row.
CREATE TABLE attachment_uploads (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    hash       TEXT   NOT NULL,
    file_name  TEXT   NOT NULL,
    mime_type  TEXT   NOT NULL,
    data       BLOB   NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE UNIQUE INDEX attachment_uploads_hash ON attachment_uploads (account_id, hash);
