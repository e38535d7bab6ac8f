-- An account's pending facts (V47) go with it, as its rollups do.
CREATE OR REPLACE FUNCTION report_rollups_account_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM report_rollups WHERE account_id = OLD.id;
    DELETE FROM report_rollup_keys WHERE account_id = OLD.id;
    DELETE FROM report_rollup_state WHERE account_id = OLD.id;
    DELETE FROM report_rollup_pending WHERE account_id = OLD.id;
    RETURN NULL;
END $$;
