package io.frontdesk.cli;

import io.frontdesk.Application;
import io.frontdesk.account.Account;
import io.frontdesk.error.ApiException;
import io.frontdesk.report.ReportSettings;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;

/**
 * `frontdesk reports …`: an account's report settings. The time zone is where days, weeks, months and busy hours are
 * counted; office hours are what {@code officeHours=true} counts response and resolution times in (docs/reports.md).
 */
@Command(name = "reports", mixinStandardHelpOptions = true,
        description = "Report settings of an account (time zone and office hours), rebuilding its history and its "
                + "rollups.",
        subcommands = {ReportsCommand.OfficeHours.class, ReportsCommand.Rebuild.class, ReportsCommand.Rollups.class})
public final class ReportsCommand {

    @Command(name = "office-hours", mixinStandardHelpOptions = true,
            description = "Show or set an account's report time zone and office hours.")
    static final class OfficeHours extends AccountCommand {
        @Option(names = "--timezone", description = "IANA time zone, like Europe/Paris (default UTC)")
        String timezone;
        @Option(names = "--hours", description = "Weekly hours, like 'mon-fri 09:00-17:00; sat 10:00-12:00', "
                + "or 'none'")
        String hours;

        @Override
        int run(Application app) {
            ReportSettings settings = timezone == null && hours == null ? app.reports().settings(account)
                    : app.reports().setOfficeHours(account, timezone, hours);
            System.out.println("account_id=" + account + "\ttimezone=" + settings.zone().getId()
                    + "\toffice_hours=" + settings.officeHours().text());
            return 0;
        }
    }

    @Command(name = "rebuild", mixinStandardHelpOptions = true,
            description = {"Re-derive an account's report history from its event record: removes its facts and "
                    + "replays its events, in order, through the recorder. Safe beside a running server: the "
                    + "account's new events wait for the replay, which counts them once. Stopped half-way, run it "
                    + "again to go on. What the record can and cannot tell: docs/reports.md, \"Rebuilding the "
                    + "history\"."})
    static final class Rebuild extends StoreCommand {

        @ArgGroup(multiplicity = "1")
        Target target;

        static final class Target {
            @Option(names = "--account", required = true, description = "Account id")
            Long account;
            @Option(names = "--all", required = true, description = "Every account, one after the other")
            boolean all;
        }

        @Override
        int run(Application app) {
            List<Long> accounts = app.accounts().accounts().stream().map(Account::id).toList();
            if (target.account != null && !accounts.contains(target.account)) {
                throw ApiException.notFound("Account not found");
            }
            for (long account : target.account != null ? List.of(target.account) : accounts) {
                long events = app.reportRebuild().rebuild(account);
                System.out.println("account_id=" + account + "\tevents_replayed=" + events);
            }
            return 0;
        }
    }

    @Command(name = "rollups", mixinStandardHelpOptions = true,
            description = "Recompute an account's report rollups from its report facts (docs/reports.md, \"Speed: "
                    + "rollups\"): starts them over and folds the facts in batches, returning when they are complete. "
                    + "Safe beside a running server: its writers go on between batches.")
    static final class Rollups extends AccountCommand {
        @Option(names = "--at-once", description = "Recompute them in one transaction of set-wise statements instead: "
                + "minutes instead of hours for millions of facts on SQLite, where it holds the store's only writer "
                + "throughout, so run it with no server serving the store (on PostgreSQL the rebuild is set-wise "
                + "either way).")
        boolean atOnce;

        @Override
        int run(Application app) {
            if (atOnce) {
                app.reports().rebuildRollupsAtOnce(account);
            } else {
                app.reports().rebuildRollups(account);
            }
            System.out.println("account_id=" + account + "\trollups=rebuilt");
            return 0;
        }
    }
}
