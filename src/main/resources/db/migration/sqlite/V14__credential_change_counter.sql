-- The node caches the credentials of recent requests (CredentialCache) and must drop them when one changes, whoever
-- changes it: this process, the command line or an operator's SQL. SQLite cannot tell a process of another's writes,
-- so these triggers count every change to credentials and to access tokens in one row, and the node reads that row a
-- few times a second (CredentialChangePoller), emptying its cache when the count has moved. Marking a refresh token or
-- code used (used_at) is no change to any access token, so it counts nothing.
CREATE TABLE credential_changes (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version BIGINT  NOT NULL
);

INSERT INTO credential_changes (id, version) VALUES (1, 0);

CREATE TRIGGER credentials_changed_update AFTER UPDATE ON credentials
BEGIN
    UPDATE credential_changes SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER credentials_changed_delete AFTER DELETE ON credentials
BEGIN
    UPDATE credential_changes SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER oauth_tokens_changed_update AFTER UPDATE OF credential_id, kind, token_hash, expires_at ON oauth_tokens
BEGIN
    UPDATE credential_changes SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER oauth_tokens_changed_delete AFTER DELETE ON oauth_tokens
BEGIN
    UPDATE credential_changes SET version = version + 1 WHERE id = 1;
END;
