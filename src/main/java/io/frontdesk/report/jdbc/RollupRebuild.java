package io.frontdesk.report.jdbc;

import io.frontdesk.db.DbVendor;
import io.frontdesk.db.Statements;

import java.time.ZoneId;
import java.util.List;

/**
 * Starts an account's rollups over in {@code zone}, in one short transaction under the account's rollup lock: clears
 * them, sets the zone and marks every fact of the account pending; {@link RollupFold} then works through them in
 * batches. For a change of time zone, after the facts are rebuilt, and on an operator's request.
 */
final class RollupRebuild {

    private RollupRebuild() {
    }

    static void restart(Statements s, DbVendor vendor, long account, ZoneId zone) {
        RollupWriter.lock(s, vendor, account);
        for (String table : List.of("report_rollups", "report_rollup_keys", "report_rollup_state",
                "report_rollup_pending")) {
            s.update("DELETE FROM " + table + " WHERE account_id = ?", Statements.params(account));
        }
        s.update("INSERT INTO report_rollup_state (account_id, time_zone) VALUES (?, ?)",
                Statements.params(account, zone.getId()));
        s.update("INSERT INTO report_rollup_pending (account_id, fact_id) SELECT account_id, id FROM report_facts"
                + " WHERE account_id = ?", Statements.params(account));
    }
}
