-- Each node caches the credentials of recent requests (CredentialCache) and must drop them as soon as one changes,
-- whoever changes it: a node's API, the command line, another node or an operator's SQL. These triggers notify the
-- channel every node listens on (CredentialChangeListener) when a statement changes or removes credentials or access
-- tokens; the notice is sent when the transaction commits, and notices of one transaction are sent once. Marking a
-- refresh token or code used (used_at) is no change to any access token, so it notifies nobody.
CREATE FUNCTION frontdesk_notify_credential_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('frontdesk_credentials', '');
    RETURN NULL;
END;
$$;

CREATE TRIGGER credentials_changed AFTER UPDATE OR DELETE OR TRUNCATE ON credentials
    FOR EACH STATEMENT EXECUTE FUNCTION frontdesk_notify_credential_change();

CREATE TRIGGER oauth_tokens_changed AFTER UPDATE OF credential_id, kind, token_hash, expires_at OR DELETE OR TRUNCATE
    ON oauth_tokens FOR EACH STATEMENT EXECUTE FUNCTION frontdesk_notify_credential_change();
