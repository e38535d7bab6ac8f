package io.frontdesk.cli;

import io.frontdesk.Application;
import io.frontdesk.report.ReportSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `frontdesk reports …`: an account's report settings. The time zone is where days, weeks, months and busy hours are
 * counted; office hours are what {@code officeHours=true} counts response and resolution times in (docs/reports.md).
 */
@Command(name = "reports", mixinStandardHelpOptions = true,
        description = "Report settings of an account: time zone and office hours.",
        subcommands = {ReportsCommand.OfficeHours.class, ReportsCommand.Rollups.class})
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

    @Command(name = "rollups", mixinStandardHelpOptions = true,
            description = "Recompute an account's report rollups from its report facts (docs/reports.md, \"Speed: "
                    + "rollups\"): needed once for an account with facts from before rollups were kept.")
    static final class Rollups extends AccountCommand {
        @Override
        int run(Application app) {
            app.reports().rebuildRollups(account);
            System.out.println("account_id=" + account + "\trollups=rebuilt");
            return 0;
        }
    }
}
