-- An account's pending facts (V47) go with it, as its rollups do.
DROP TRIGGER report_rollups_account_delete;

CREATE TRIGGER report_rollups_account_delete AFTER DELETE ON accounts BEGIN
    DELETE FROM report_rollups WHERE account_id = OLD.id;
    DELETE FROM report_rollup_keys WHERE account_id = OLD.id;
    DELETE FROM report_rollup_state WHERE account_id = OLD.id;
    DELETE FROM report_rollup_pending WHERE account_id = OLD.id;
END;
